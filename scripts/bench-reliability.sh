#!/usr/bin/env bash
# Figures for docs/reliability.md and docs/diff.md: body alignment of two long letters (time and
# peak memory, the linear-space alignment against the full table it replaced) and TEI writing of
# one footnote with many URLs (URLScanner against the previous search). Each case runs in its own
# test process (the benchmarks in Tests/LetterDiffTests/DiffScaleBenchmark.swift and
# Tests/LetterXMLTests/TEIScaleBenchmark.swift), so the peak memory printed is the case's own.
#
# Usage: scripts/bench-reliability.sh [DIFF_SIZES] [FULL_TABLE_SIZES] [TEI_SIZES] [OLD_TEI_SIZES]
# Defaults: "10000 50000" "2000 4000" "400 800 1600 3200" "200 400". Uses the debug build that
# `swift build --build-tests` made (a release build of the test bundle is not needed for the
# shape of the curves; absolute times are those of a debug build).
set -euo pipefail
cd "$(dirname "$0")/.."
diff_sizes=${1:-"10000 50000"}
full_sizes=${2:-"2000 4000"}
tei_sizes=${3:-"400 800 1600 3200"}
old_tei_sizes=${4:-"200 400"}

swift build --build-tests >/dev/null
run() { swift test --skip-build --disable-swift-testing --filter "$1" 2>&1 | grep -E "^(diff|TEI)" || true; }
for n in $full_sizes; do LETTERS_BENCH_DIFF="$n:full" run DiffScaleBenchmark; done
for n in $full_sizes $diff_sizes; do LETTERS_BENCH_DIFF="$n" run DiffScaleBenchmark; done
for n in $old_tei_sizes; do LETTERS_BENCH_TEI="$n:old" run TEIScaleBenchmark; done
for n in $tei_sizes; do LETTERS_BENCH_TEI="$n" run TEIScaleBenchmark; done
