#!/usr/bin/env bash
# Scores the OCR fixtures (Tests/Fixtures/scans/*.pdf, made by scripts/fixtures/make-scans.py)
# against the gold of the typed letters they were rendered from, field by field, with
# ../shared/eval/score.py. The signed scan (typed pages + a scanned signature page) is scored
# against seed-word's gold. Reported, never asserted.
#
#   scripts/score-scans.sh [PATH/TO/letters]     (default: .build/release/letters)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bin="${1:-$root/.build/release/letters}"
shared="${SHARED:-$root/../shared}"
[ -f "$shared/eval/score.py" ] || { echo "score-scans: $shared/eval/score.py missing; nothing to measure" >&2; exit 0; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/gold" "$work/out" "$work/pred"
"$bin" extract Tests/Fixtures/scans/*.pdf -o "$work/out" -q
for f in "$work"/out/*.json; do
  name="$(basename "$f" .json)"
  base="${name%-scan}"; base="${base%-signed}"
  cp "$shared/corpus/$base.gold.json" "$work/gold/$name.gold.json"
  cp "$f" "$work/pred/$name.json"
done
python3 "$shared/eval/score.py" "$work/gold" "$work/pred" --verbose
