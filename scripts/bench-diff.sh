#!/usr/bin/env bash
# Times `letters diff` on two ~20-page versions of a letter and prints the seconds per run.
# Reported, never asserted: the figures depend on the machine and its load.
#
#   scripts/bench-diff.sh [-n RUNS]
#
# The two versions are made from samples/open-letter-ogp-solidarity-2017.txt: its body
# paragraphs repeated seven times (182 paragraphs, ~8,900 words, about 21 pages as typeset in
# seed-word.pdf), then revised: 12 paragraphs reworded, 4 inserted, 4 deleted, 3 moved, the
# date changed, signatories reordered with one added and one removed. Both are timed as text
# (extraction included) and as extracted JSON (the comparison alone, plus JSON decoding).
# Builds the binary first when missing or older than the sources: CONFIG=release (default) or
# debug; SCRATCH_PATH=DIR builds in DIR instead of .build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

runs=5
if [ "${1:-}" = "-n" ]; then runs="$2"; shift 2; fi
config="${CONFIG:-release}"
scratch="${SCRATCH_PATH:-.build}"
bin="$root/$scratch/$config/letters"

if [ ! -x "$bin" ] || [ -n "$(find Sources Package.swift -newer "$bin" -print -quit)" ]; then
  echo "Building $config binary..." >&2
  ${SWIFT:-swift} build -c "$config" --scratch-path "$scratch" --product letters >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$root/samples/open-letter-ogp-solidarity-2017.txt" "$work" <<'PY'
import random, re, sys
src, out = sys.argv[1], sys.argv[2]
text = open(src, encoding="utf-8").read()
blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
start = next(i for i, b in enumerate(blocks) if b.startswith("We, the undersigned"))
end = next(i for i, b in enumerate(blocks) if b.startswith("Yours in Solidarity"))
head, tail = blocks[:start], blocks[end:]
# Notes and bare URLs are left out: they would repeat seven times with the same labels.
body = [b for b in blocks[start:end] if not re.match(r"^[\u00b9\u00b2\u00b3\u2070-\u2079<]|^https?:", b)]
body = [re.sub(r"[\u00b9\u00b2\u00b3\u2074-\u2079]", "", b) for b in body]
old = [f"(Part {k + 1}) {p}" for k in range(7) for p in body]

rng = random.Random(5)
new = list(old)
for i in rng.sample(range(len(new)), 12):
    words = new[i].split()
    for _ in range(3):
        j = rng.randrange(len(words))
        words[j] = words[j].upper() if words[j].islower() else "revised"
    new[i] = " ".join(words)
for i in sorted(rng.sample(range(len(new)), 4), reverse=True):
    del new[i]
for i in rng.sample(range(len(new)), 3):
    p = new.pop(i)
    new.insert(rng.randrange(len(new)), p)
for n in range(4):
    new.insert(rng.randrange(len(new)), f"This paragraph number {n + 1} was added in the second version to explain the new position of the signatories.")

def letter(head, body, tail):
    return "\n\n".join(head + body + tail) + "\n"
new_head = [b.replace("14 June 2017", "21 June 2017") for b in head]
lines = tail[-1].split("\n")
items = [l for l in lines if l.startswith("- ")]
items = [i for i in reversed(items) if "Black Sash" not in i] + ["- Right2Know Campaign"]
new_tail = tail[:-1] + ["\n".join([l for l in lines if not l.startswith("- ")] + items)]
open(f"{out}/old.txt", "w", encoding="utf-8").write(letter(head, old, tail))
open(f"{out}/new.txt", "w", encoding="utf-8").write(letter(new_head, new, new_tail))
print(f"bench: {len(old)} → {len(new)} paragraphs, {sum(len(p.split()) for p in old)} words", file=sys.stderr)
PY

"$bin" extract "$work/old.txt" > "$work/old.json"
"$bin" extract "$work/new.txt" > "$work/new.json"

# Best of $runs runs after one warm-up, timed with date (no hyperfine needed).
best() {
  local best="" t0 t1 s
  "$@" >/dev/null || [ $? -eq 1 ]
  for _ in $(seq "$runs"); do
    t0=$(date +%s.%N)
    "$@" >/dev/null || [ $? -eq 1 ]
    t1=$(date +%s.%N)
    s=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$s < $best" | bc -l)" = 1 ]; then best=$s; fi
  done
  printf "%.3f" "$best"
}

echo "letters diff ($config), best of $runs:"
printf "  JSON inputs (comparison + decoding):   %s s\n" "$(best "$bin" diff "$work/old.json" "$work/new.json")"
printf "  JSON inputs, --json output:            %s s\n" "$(best "$bin" diff --json "$work/old.json" "$work/new.json")"
printf "  JSON inputs, --html output:            %s s\n" "$(best "$bin" diff --html "$work/old.json" "$work/new.json")"
printf "  text inputs (extraction included):     %s s\n" "$(best "$bin" diff "$work/old.txt" "$work/new.txt")"
"$bin" diff --no-color "$work/old.json" "$work/new.json" | grep -E "^(Metadata|Signatories|Calls|Footnotes|Body)" | sed 's/^/  report: /' || true
"$bin" diff --json "$work/old.json" "$work/new.json" | python3 -c '
import collections, json, sys
r = json.load(sys.stdin)
kinds = collections.Counter(e["kind"] for e in r["body"]["entries"] if e["kind"] != "unchanged")
print("  report: paragraphs " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))' || true
