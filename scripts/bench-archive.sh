#!/usr/bin/env bash
# Archive benchmark: ingest letters/s and search latency p50/p99 for SQLite and PostgreSQL.
#
# usage: scripts/bench-archive.sh [COUNT…]     (default: 10000 100000)
#
# Builds in release, converts samples/ and ../shared/corpus (when present) with `letters batch`
# to get real letters, starts a throw-away PostgreSQL server (scripts/postgres-test-server.sh),
# then for each COUNT generates that many letters in memory from them (ArchiveBenchmark) and
# ingests them into a new SQLite file and a new PostgreSQL schema. Figures are reported, not
# asserted; docs/archive.md keeps the last run.
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10000 100000)
scratch=${SCRATCH:-.build-archive}

swift build -c release --scratch-path "$scratch" --product ArchiveBenchmark >/dev/null
swift build -c release --scratch-path "$scratch" --product letters >/dev/null
bin="$scratch/release"

work=$(mktemp -d /tmp/letters-bench-archive.XXXXXX)
pg=$(mktemp -d /tmp/letters-bench-postgres.XXXXXX)   # its own folder: the server's user must reach it
trap 'scripts/postgres-test-server.sh stop "$pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
inputs=(samples)
[ -d ../shared/corpus ] && inputs+=(../shared/corpus)
"$bin/letters" batch "${inputs[@]}" -o "$work/base" >/dev/null 2>&1 || true
mkdir -p "$work/flat"
find "$work/base" -name '*.json' ! -name 'batch-report*' -exec cp {} "$work/flat/" \;

url=$(scripts/postgres-test-server.sh start "$pg")
echo "machine: $(nproc) cores, $(uname -m); $(date -u +%Y-%m-%d)"
for count in "${counts[@]}"; do
    echo "== $count letters"
    "$bin/ArchiveBenchmark" --base "$work/flat" --count "$count" --web "${WEB_REQUESTS:-210}" \
        --sqlite "$work/bench-$count.sqlite" --postgres "$url?schema=bench_$count"
    echo "sqlite file: $(du -h "$work/bench-$count.sqlite" | cut -f1)"
done
