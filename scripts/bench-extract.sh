#!/usr/bin/env bash
# Times `letters extract` against `pdftotext` on the same PDFs and prints, per file and in
# total: pages, seconds per page for each tool, and the ratio letters/pdftotext.
# Reported, never asserted: the figures depend on the machine and its load.
#
#   scripts/bench-extract.sh [-n RUNS] [FILE.pdf ...]
#
# Default files: samples/*.pdf and ../shared/corpus/*.pdf (when present). Builds the release
# binary first when it is missing or older than the sources. Uses hyperfine when installed,
# else a bash loop timed with `date +%s.%N` (the best of RUNS runs, after one warm-up run).
# SCRATCH_PATH=DIR builds in DIR instead of .build (as `swift build --scratch-path DIR`).
# EXTRACT_ARGS="--ocr never" passes options to `letters extract` (to time the typed path without
# the OCR page check, for a before/after comparison in one binary).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

runs=5
if [ "${1:-}" = "-n" ]; then runs="$2"; shift 2; fi
scratch="${SCRATCH_PATH:-.build}"
bin="$root/$scratch/release/letters"

command -v pdftotext >/dev/null || { echo "bench: pdftotext not found (apt-get install poppler-utils)" >&2; exit 1; }
command -v pdfinfo >/dev/null || { echo "bench: pdfinfo not found (apt-get install poppler-utils)" >&2; exit 1; }

if [ ! -x "$bin" ] || [ -n "$(find Sources Package.swift -newer "$bin" -print -quit)" ]; then
  echo "Building release binary..." >&2
  ${SWIFT:-swift} build -c release --scratch-path "$scratch" --product letters >&2
fi

if [ $# -gt 0 ]; then
  files=("$@")
else
  shopt -s nullglob
  files=(samples/*.pdf ../shared/corpus/*.pdf)
fi
[ ${#files[@]} -gt 0 ] || { echo "bench: no PDFs given or found" >&2; exit 1; }

# The same bytes under two names (samples/ and the corpus share the seeds) are timed once.
declare -A seen=()
unique=()
for f in "${files[@]}"; do
  sum=$(sha256sum "$f" | cut -c1-64)
  [ -n "${seen[$sum]:-}" ] && continue
  seen[$sum]=1
  unique+=("$f")
done
files=("${unique[@]}")

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Seconds for one run of a command: best of $runs after a warm-up (hyperfine: its minimum).
seconds() {
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 1 --runs "$runs" --export-json "$tmp/h.json" "$*" >/dev/null 2>&1
    python3 -c 'import json,sys; print(min(json.load(open(sys.argv[1]))["results"][0]["times"]))' "$tmp/h.json"
    return
  fi
  "$@" >/dev/null 2>&1 || true
  local best="" start end t
  for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

timer=$(command -v hyperfine >/dev/null && echo "hyperfine, min of $runs" || echo "bash loop, best of $runs")
echo "letters $("$bin" --version) vs $(pdftotext -v 2>&1 | head -1); $timer runs per file; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
printf 'process start (no PDF): letters --version %.4f s, pdftotext -v %.4f s\n' \
  "$(seconds "$bin" --version)" "$(seconds pdftotext -v)"
printf '%-28s %6s %14s %14s %8s\n' file pages "letters s/pg" "pdftotext s/pg" ratio
total_pages=0; total_letters=0; total_pdftotext=0
for f in "${files[@]}"; do
  pages=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')
  if [ -z "$pages" ] || [ "$pages" = 0 ]; then echo "bench: skipping $f (pdfinfo cannot read it)" >&2; continue; fi
  # shellcheck disable=SC2086 # EXTRACT_ARGS is split into words on purpose
  tl=$(seconds "$bin" extract ${EXTRACT_ARGS:-} "$f")
  tp=$(seconds pdftotext -layout "$f" "$tmp/out.txt")
  printf '%-28s %6d %14.4f %14.4f %8.1f\n' "$(basename "$f")" "$pages" \
    "$(echo "$tl / $pages" | bc -l)" "$(echo "$tp / $pages" | bc -l)" "$(echo "$tl / $tp" | bc -l)"
  total_pages=$((total_pages + pages))
  total_letters=$(echo "$total_letters + $tl" | bc -l)
  total_pdftotext=$(echo "$total_pdftotext + $tp" | bc -l)
done
[ "$total_pages" -gt 0 ] || exit 1
printf '%-28s %6d %14.4f %14.4f %8.1f\n' TOTAL "$total_pages" \
  "$(echo "$total_letters / $total_pages" | bc -l)" "$(echo "$total_pdftotext / $total_pages" | bc -l)" \
  "$(echo "$total_letters / $total_pdftotext" | bc -l)"
