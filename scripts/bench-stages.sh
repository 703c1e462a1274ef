#!/usr/bin/env bash
# Prints what each extraction stage costs per page (SHA-256, Poppler, layout, segmentation,
# canonical JSON), in one process, best of RUNS passes. Reported, never asserted.
#
#   scripts/bench-stages.sh [-n RUNS] [FILE.pdf ...]
#
# Default files: samples/*.pdf and ../shared/corpus/*.pdf (when present).
# SCRATCH_PATH=DIR builds in DIR instead of .build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scratch="${SCRATCH_PATH:-.build}"
runs=3
if [ "${1:-}" = "-n" ]; then runs="$2"; shift 2; fi
${SWIFT:-swift} build -c release --scratch-path "$scratch" --product ExtractBenchmark >&2
shopt -s nullglob
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(samples/*.pdf ../shared/corpus/*.pdf)
exec "$root/$scratch/release/ExtractBenchmark" -n "$runs" "${files[@]}"
