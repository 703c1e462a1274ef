#!/usr/bin/env bash
# Renders a sample `letters diff --html` report and screenshots it in headless Chromium, to
# check the page as a browser shows it (the test suite checks the HTML text, not its looks).
#
#   scripts/diff-screenshot.sh [OUT_DIR]      (default: $TMPDIR or /tmp, letters-diff-screenshot/)
#
# The new version is the sample letter with a changed date, a reworded call, a paragraph
# inserted and one deleted, a footnote edited and the signatories changed. Writes
# OUT_DIR/diff.html, OUT_DIR/diff.png (screen, 1200×1600) and OUT_DIR/diff-print.pdf (print
# stylesheet). Installs Debian's chromium with apt-get when missing.
# CONFIG=debug|release and SCRATCH_PATH=DIR choose the build (default: debug in .build).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dir="${1:-${TMPDIR:-/tmp}/letters-diff-screenshot}"
out="$(mkdir -p "$dir" && cd "$dir" && pwd)"
config="${CONFIG:-debug}"
scratch="${SCRATCH_PATH:-.build}"
bin="$root/$scratch/$config/letters"

if ! command -v chromium >/dev/null; then
  echo "Installing chromium..." >&2
  apt-get update -qq >&2 && apt-get install -y -qq chromium >&2
fi
if [ ! -x "$bin" ] || [ -n "$(find Sources Package.swift -newer "$bin" -print -quit)" ]; then
  echo "Building $config binary..." >&2
  ${SWIFT:-swift} build -c "$config" --scratch-path "$scratch" --product letters >&2
fi

old="samples/open-letter-ogp-solidarity-2017.txt"
new="$out/revised.txt"
python3 - "$old" "$new" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
edits = [
    ("14 June 2017", "21 June 2017"),
    ("We call on all OGP members to recall", "We urge all OGP members to recall"),
    ("Refer to detailed [Open Government Declaration]", "Refer to the full [Open Government Declaration]"),
    ("This moment calls for honest reflection",
     "Since this letter was first circulated, further organisations have reported surveillance of their staff.\n\nThis moment calls for honest reflection"),
    ("- Black Sash\n", ""),
    ("- Sustainable Livelihoods Foundation\n", "- Sustainable Livelihoods Foundation\n- Right2Know Campaign\n"),
]
for a, b in edits:
    assert a in text, a
    text = text.replace(a, b, 1)
# Delete one paragraph outright.
start = text.index("The undermining of the core tenets")
text = text[:start] + text[text.index("\n\n", start) + 2:]
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY

"$bin" diff --html "$old" "$new" > "$out/diff.html" || [ $? -eq 1 ]
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$out/diff.png" \
  --window-size=1200,1600 "file://$out/diff.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$out/diff-print.pdf" \
  "file://$out/diff.html" 2>/dev/null
echo "wrote $out/diff.html, $out/diff.png, $out/diff-print.pdf"
