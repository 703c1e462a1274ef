#!/usr/bin/env bash
# Checks that extraction output is byte-for-byte what it was: speed work must not change it.
#
#   scripts/check-identical.sh save    # writes the reference (.build/identical-ref/) with the current code
#   scripts/check-identical.sh         # compares the current code's output with that reference
#
# Inputs: ../shared/corpus/*.pdf and ../shared/variants/*.pdf (when present), samples/*,
# Tests/Fixtures/html/*.html.
# Uses the ExtractBenchmark target (release), which builds without the archive's dependencies.
# SCRATCH_PATH=DIR builds in DIR instead of .build; REF=DIR keeps the reference in DIR.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scratch="${SCRATCH_PATH:-.build}"
ref="${REF:-$root/$scratch/identical-ref}"
${SWIFT:-swift} build -c release --scratch-path "$scratch" --product ExtractBenchmark >&2
bench="$root/$scratch/release/ExtractBenchmark"

shopt -s nullglob
inputs=(../shared/corpus/*.pdf ../shared/variants/*.pdf samples/*.pdf samples/*.txt Tests/Fixtures/html/*.html)
if [ "${1:-}" = "save" ]; then
  rm -rf "$ref" && mkdir -p "$ref"
  ${SWIFT:-swift} build -c release --scratch-path "$scratch" --product letters >&2
  # One name per output: samples/seed-*.pdf are also in the corpus.
  declare -A seen=()
  unique=()
  for f in "${inputs[@]}"; do
    name="$(basename "${f%.*}")"
    [ -n "${seen[$name]:-}" ] && continue
    seen[$name]=1
    unique+=("$f")
  done
  "$root/$scratch/release/letters" extract "${unique[@]}" -o "$ref"
  echo "saved $(ls "$ref" | wc -l) outputs to $ref"
else
  "$bench" --check "$ref" "${inputs[@]}"
fi
