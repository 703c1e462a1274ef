#!/bin/sh
# Compiles call detection and its benchmark alone with swiftc (seconds, no package build) and
# scores it on the gold bodies: scripts/calls-quick.sh [--detail]
# The same benchmark builds in the package as `swift build --product CallsBenchmark`.
set -e
cd "$(dirname "$0")/.."
tmp=${TMPDIR:-/tmp}/calls-quick.$$
mkdir -p "$tmp"
for f in Sources/Layout/Trimming.swift Sources/LetterModel/Parts.swift Sources/LetterModel/Provenance.swift \
         Sources/LetterParser/Segmentation/CallsToAction.swift Sources/LetterParser/Lexicon/CallLexicon.swift \
         Sources/CallsBenchmark/main.swift; do
    [ -f "$f" ] && grep -v '^import Layout$\|^import LetterModel$' "$f" > "$tmp/$(basename "$f")"
done
swiftc -O -module-name CallsQuick -o "$tmp/bench" "$tmp"/*.swift
"$tmp/bench" ../shared/corpus "$tmp/pred.json"
cp "$tmp/pred.json" "${CALLS_PRED:-/tmp/calls-pred.json}"
python3 scripts/score-calls.py "$tmp/pred.json" --gold ../shared/corpus "$@"
rm -rf "$tmp"
