#!/usr/bin/env bash
# Times OCR: `letters extract` on scanned PDFs, printing per file the pages read by OCR, wall
# seconds, seconds per OCR'd page and peak memory (maximum resident set size, from GNU time).
# Reported, never asserted: the figures depend on the machine and its load.
#
#   scripts/bench-ocr.sh [-n RUNS] [FILE.pdf ...]
#
# Default files: Tests/Fixtures/scans/*.pdf and ../shared/corpus/letter-030.pdf (a scan with an
# old OCR layer that is read again) when present. Each file runs RUNS times (default 3); the
# fastest run is reported. Builds the release binary first when it is missing or older than the
# sources. SCRATCH_PATH=DIR builds in DIR instead of .build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

runs=3
if [ "${1:-}" = "-n" ]; then runs="$2"; shift 2; fi
scratch="${SCRATCH_PATH:-.build}"
bin="$root/$scratch/release/letters"
[ -x /usr/bin/time ] || { echo "bench-ocr: /usr/bin/time (GNU time) not found (apt-get install time)" >&2; exit 1; }

if [ ! -x "$bin" ] || [ -n "$(find Sources Package.swift -newer "$bin" -print -quit)" ]; then
  echo "Building release binary..." >&2
  ${SWIFT:-swift} build -c release --scratch-path "$scratch" --product letters >&2
fi

if [ $# -gt 0 ]; then
  files=("$@")
else
  shopt -s nullglob
  files=(Tests/Fixtures/scans/*.pdf ../shared/corpus/letter-030.pdf)
fi
[ ${#files[@]} -gt 0 ] || { echo "bench-ocr: no PDFs given or found" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "letters $("$bin" --version), Tesseract $(tesseract --version 2>/dev/null | head -1 | cut -d' ' -f2); best of $runs runs; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
printf '%-30s %5s %9s %11s %9s\n' file ocr seconds "s/OCR page" "peak MB"
total_pages=0; total_seconds=0; peak=0
for f in "${files[@]}"; do
  best=""; mem=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$bin" extract "$f" > "$tmp/out.json" 2>/dev/null || true
    read -r seconds kb < "$tmp/time"
    if [ -z "$best" ] || [ "$(echo "$seconds < $best" | bc -l)" = 1 ]; then best=$seconds; fi
    [ "$kb" -gt "$mem" ] && mem=$kb
  done
  pages=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["source"].get("ocr") or []))' "$tmp/out.json" 2>/dev/null || echo 0)
  per=$( [ "$pages" -gt 0 ] && echo "$best / $pages" | bc -l || echo 0)
  printf '%-30s %5d %9.2f %11.2f %9.1f\n' "$(basename "$f")" "$pages" "$best" "$per" "$(echo "$mem / 1024" | bc -l)"
  total_pages=$((total_pages + pages))
  total_seconds=$(echo "$total_seconds + $best" | bc -l)
  [ "$mem" -gt "$peak" ] && peak=$mem
done
[ "$total_pages" -gt 0 ] || exit 1
printf '%-30s %5d %9.2f %11.2f %9.1f\n' TOTAL "$total_pages" "$total_seconds" "$(echo "$total_seconds / $total_pages" | bc -l)" "$(echo "$peak / 1024" | bc -l)"
