#!/usr/bin/env bash
# Extracts ../shared/corpus with the built binary and scores it with ../shared/eval/score.py.
# Usage: scripts/score.sh [debug|release] [extra score.py args]
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-debug}; shift || true
shared=${SHARED:-../shared}
out=$(mktemp -d)
".build/$config/letters" extract "$shared"/corpus/*.pdf -o "$out" || true
python3 "$shared/eval/score.py" "$shared/corpus" "$out" "$@"
echo "outputs in $out"
