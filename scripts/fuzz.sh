#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for SECONDS (docs/reliability.md#fuzzing).
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET ...]     (default 60 s; FuzzText FuzzHTML FuzzPDF)
#
# Each target starts from its seeds: Fuzz/Seeds/<kind>/ (hand-written letters and every finding
# fixed so far) plus samples/ and the small fixtures in Tests/Fixtures. What libFuzzer learns is
# kept in Fuzz/.corpus/<target>/ (not in git) so later runs go on from there. A crash, a Swift
# trap, a time-out (one input taking over FUZZ_TIMEOUT s, default 10) or an input over
# FUZZ_RSS_MB of memory (default 2048) stops the target, leaves the input in
# Fuzz/.findings/<target>/ and makes the script fail after the other targets have run.
# The targets run one after another, under nice, so a shared machine stays usable.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzText FuzzHTML FuzzPDF)

# The Swift code is built with AddressSanitizer and libFuzzer's coverage instrumentation (what
# -sanitize=fuzzer turns on) and linked with libFuzzer without its main: SwiftPM links an
# executable's entry point as `<Target>_main` aliased to `main`, which collides with libFuzzer's
# own, so each target's main.swift calls LLVMFuzzerRunDriver instead (Fuzz/Sources/CLibFuzzer).
swift_bin=$(dirname "$(command -v swiftc)")
libfuzzer=$(ls "$swift_bin"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a 2>/dev/null | head -1)
[ -n "$libfuzzer" ] || { echo "fuzz: libclang_rt.fuzzer_no_main not found beside $swift_bin" >&2; exit 2; }
flags=(-c release -Xswiftc -sanitize=address
       -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table
       -Xlinker "$libfuzzer" -Xlinker -lstdc++)
(cd Fuzz && swift build "${flags[@]}")
bin=$(cd Fuzz && swift build "${flags[@]}" --show-bin-path)

seeds_for() {
    case $1 in
        FuzzText) echo Fuzz/Seeds/text samples/*.txt samples/*.md ;;
        FuzzHTML) echo Fuzz/Seeds/html Tests/Fixtures/html/*.html samples/*.html ;;
        FuzzPDF) echo Fuzz/Seeds/pdf samples/*.pdf Tests/Fixtures/*.pdf Tests/Fixtures/batch/*.pdf ;;
    esac
}

failed=()
for target in "${targets[@]}"; do
    corpus=Fuzz/.corpus/$target
    findings=Fuzz/.findings/$target
    mkdir -p "$corpus" "$findings"
    # Seeds are copied in (libFuzzer reads folders; globs that match nothing are skipped).
    for seed in $(seeds_for "$target"); do
        if [ -d "$seed" ]; then cp -n "$seed"/* "$corpus"/ 2>/dev/null || true
        elif [ -f "$seed" ]; then cp -n "$seed" "$corpus"/; fi
    done
    echo "fuzz: $target for ${seconds}s ($(ls "$corpus" | wc -l) inputs in $corpus)"
    # ASan's leak check is off: the pipeline's caches (regexes, lexicons) live for the process.
    if ! ASAN_OPTIONS=detect_leaks=0 OMP_THREAD_LIMIT=1 nice "$bin/$target" "$corpus" \
        -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" \
        -max_len="${FUZZ_MAX_LEN:-65536}" -artifact_prefix="$findings/" -print_final_stats=1 2> "$findings/log.txt"; then
        failed+=("$target")
        tail -40 "$findings/log.txt"
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:" "$findings/log.txt" | tail -3 || true
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: findings in ${failed[*]} (inputs in Fuzz/.findings/)" >&2
    exit 1
fi
echo "fuzz: no findings"
