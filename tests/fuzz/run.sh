#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the fuzz targets one after another (never two at once), each for a bounded time.
#   [FUZZ_MAX_LEN=<bytes>] [FUZZ_FLAGS="<more libFuzzer flags>"] tests/fuzz/run.sh <build-fuzz dir> <seconds per target> [target...]
# Seeds come from fuzz_makeseeds into <build>/corpus/<target>; what libFuzzer learns is kept in
# <build>/corpus-work/<target>; findings (crash-, leak-, timeout-, oom-) land in <build>/findings/.
# <target>/<target>.dict, when there, is passed as -dict. A run longer than 10 s or a process over 2 GB counts as a finding, as a crash does.
set -uo pipefail
build=$(cd "$1" && pwd)
seconds=$2
shift 2
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(textdecoder plaintext chunker docx hwpx pdf)
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mkdir -p "$build/findings"
[ -d "$build/corpus" ] || QT_QPA_PLATFORM=offscreen "$build/tests/fuzz/fuzz_makeseeds" "$build/corpus" "$src"
for t in "${targets[@]}"; do
    case $t in docx | hwpx | pdf) maxlen=65536 ;; *) maxlen=16384 ;; esac
    maxlen=${FUZZ_MAX_LEN:-$maxlen} # long inputs find slow (quadratic) paths that short ones hide under -timeout
    dict=()
    [ -f "$src/tests/fuzz/$t/$t.dict" ] && dict=(-dict="$src/tests/fuzz/$t/$t.dict")
    mkdir -p "$build/corpus-work/$t"
    echo "== fuzz_$t for ${seconds}s (max_len $maxlen)"
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=$maxlen \
        -print_final_stats=1 "${dict[@]}" ${FUZZ_FLAGS:-} -artifact_prefix="$build/findings/$t-" \
        "$build/corpus-work/$t" "$build/corpus/$t" 2>&1 | grep -v "^#[0-9].*\(NEW\|REDUCE\|pulse\)" | tail -60
    echo "== fuzz_$t exit ${PIPESTATUS[0]}"
done
