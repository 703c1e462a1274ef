#!/usr/bin/env bash
# The mutation run of docs/reliability.md: COUNT damaged PDFs made from ../shared/corpus/*.pdf
# and samples/*.pdf (byte and bit flips, truncation, chunks duplicated, deleted or moved, xref,
# stream and object damage, splices, several at once), plus the hostile text, Markdown and HTML
# set, each through the release `letters extract` in its own process with a time limit.
# Prints successes, clear errors, crashes and hangs per set; exits 1 on any crash or hang.
#
# Usage: scripts/bench-mutation.sh [COUNT] [SEED]     (default 5000 14; JOBS=2 TIMEOUT=20 OCR=never)
# The files are written to a temporary folder and removed afterwards unless KEEP=1; the outcome
# of every file is kept in mutation-results.json there (its path is printed).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-5000}
seed=${2:-14}
letters=${LETTERS:-.build/release/letters}
[ -x "$letters" ] || swift build -c release --product letters
work=$(mktemp -d /tmp/letters-mutation.XXXXXX)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work/files" "$work/files.out"' EXIT
python3 scripts/mutate-pdfs.py "$work/files" --count "$count" --seed "$seed"
status=0
python3 scripts/run-mutation.py "$letters" "$work/files" --jobs "${JOBS:-2}" --timeout "${TIMEOUT:-20}" \
    --ocr "${OCR:-never}" --json "$work/mutation-results.json" || status=$?
echo "outcomes per file: $work/mutation-results.json"
exit $status
