#!/usr/bin/env bash
# Our CPU per page as a ratio to the floor: Benchmarks/poppler-floor.c, which makes exactly the
# Poppler calls `letters extract` needs and nothing else. Also start-up, peak memory, and (with
# valgrind) instruction counts, overall and per stage. Reported, never asserted.
#
#   scripts/bench-floor.sh [-n RUNS] [FILE.pdf ...]     (default: ../shared/corpus/*.pdf)
#
# CPU is user + system time of one process over all the files (os.wait4's rusage), the best of
# RUNS runs (default 5), each command's runs interleaved with the others' so a burst of load
# elsewhere hits all alike. Instruction counts come from valgrind's callgrind and repeat to the
# instruction on any machine; NO_VALGRIND=1 skips them (they take a few minutes).
# SCRATCH_PATH=DIR builds in DIR instead of .build; NO_STAGES=1 leaves out ExtractBenchmark's per-stage
# timings (the per-stage instruction counts come from `letters extract` itself).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scratch="${SCRATCH_PATH:-.build}"
runs=5
if [ "${1:-}" = "-n" ]; then runs="$2"; shift 2; fi

bin="$root/$scratch/release/letters"
bench="$root/$scratch/release/ExtractBenchmark"
floor="$root/$scratch/release/poppler-floor"
stale() { [ ! -x "$1" ] || [ -n "$(find Sources Package.swift -newer "$1" -print -quit)" ]; }
if stale "$bin"; then
  echo "Building the release binary..." >&2
  ${SWIFT:-swift} build -c release --scratch-path "$scratch" --product letters >&2
fi
# The per-stage timings; NO_STAGES=1 skips them (and this build) when the binary is missing.
if [ -z "${NO_STAGES:-}" ] && stale "$bench"; then
  ${SWIFT:-swift} build -c release --scratch-path "$scratch" --product ExtractBenchmark >&2
fi
if [ ! -x "$floor" ] || [ Benchmarks/poppler-floor.c -nt "$floor" ]; then
  # shellcheck disable=SC2046 # pkg-config's flags are words
  ${CC:-cc} -O2 -o "$floor" Benchmarks/poppler-floor.c $(pkg-config --cflags --libs poppler-glib)
fi

shopt -s nullglob
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(../shared/corpus/*.pdf)
[ ${#files[@]} -gt 0 ] || { echo "bench: no PDFs given or found" >&2; exit 1; }
exec python3 "$root/scripts/bench_floor.py" "$runs" "$bin" "$bench" "$floor" "${files[@]}"
