#!/usr/bin/env bash
# The quality ratchet (issue: "extraction can only get better on purpose").
#
#   scripts/quality.sh            # build in release, measure ../shared/corpus and ../shared/variants,
#                                 # fail when a score drops below quality/scores.json (see scripts/quality.py)
#   scripts/quality.sh --update   # measure and rewrite quality/scores.json and the table in docs/quality.md
#
# SHARED=DIR measures another copy of the shared folder. Exit 0 passed, 1 worse, 2 could not run.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
command=check
[ "${1:-}" = "--update" ] && command=update
if [ ! -d "$shared/corpus" ] || [ ! -f "$shared/eval/score.py" ]; then
  echo "quality: $shared/corpus or $shared/eval/score.py missing; nothing to measure" >&2
  exit 2
fi
${SWIFT:-swift} build -c release --product letters
python3 scripts/quality.py "$command" --letters .build/release/letters --shared "$shared"
