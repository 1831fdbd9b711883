#!/usr/bin/env bash
# test/fuzz/run.sh — builds the libFuzzer targets of the core and runs each for a bounded time.
#
# Usage: test/fuzz/run.sh [--seconds N] [--jobs N] [--corpus DIR] [TARGET …]
#   --seconds N   how long each target runs (default 10, or $SEQINT_FUZZ_SECONDS)
#   --jobs N      how many targets run at once (default: the number of cores, at most 2)
#   --corpus DIR  keep the inputs the fuzzers find in DIR/<target>/ (default: a temporary
#                 folder, removed); the repository's corpus is only ever read
#   TARGET        fuzz_parse, fuzz_spec, … (default: every test/fuzz/fuzz_*.cpp)
#
# Installs clang-14 and libclang-rt-14-dev when missing. Prints per target the runs done, and
# for a failure the input that failed, kept in a folder it names. Ends with one line
# "N passed, N failed" (one per target) and exits non-zero when a target failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
source test/lib/deps.sh

seconds=${SEQINT_FUZZ_SECONDS:-10}
jobs=$(nproc 2>/dev/null || echo 1)
[ "$jobs" -gt 2 ] && jobs=2
corpus_out=""
targets=()
while [ $# -gt 0 ]; do
    case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --corpus) corpus_out=$2; shift 2 ;;
    -h | --help) sed -n '2,14s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) targets+=("${1%.cpp}"); shift ;;
    esac
done
if [ ${#targets[@]} -eq 0 ]; then
    for source in test/fuzz/fuzz_*.cpp; do targets+=("$(basename "$source" .cpp)"); done
fi

fail_all() {
    echo "== fuzz: $1"
    echo "0 passed, ${#targets[@]} failed"
    exit 1
}

seqint_need_packages make "${SEQINT_FUZZ_PACKAGES[@]}" || fail_all "could not install ${SEQINT_FUZZ_PACKAGES[*]}"
make -s -C test/fuzz -j"$jobs" EXTRA_CXXFLAGS=-Werror "${targets[@]/#/bin/}" ||
    fail_all "the targets did not build"

work=$(mktemp -d)
keep_work=0
trap '[ "$keep_work" = 1 ] || rm -rf "$work"' EXIT

# run TARGET: one bounded run; its log and exit status land in $work/TARGET.
run() {
    local target=$1 corpus
    corpus=${corpus_out:+$corpus_out/$target}
    corpus=${corpus:-$work/$target.corpus}
    mkdir -p "$corpus" "$work/$target.artifacts"
    # -timeout: one input running that long is a hang (each takes microseconds); a guard
    # generous enough for a sanitized build on a machine busy with other work.
    local options=(-max_total_time="$seconds" -timeout=120 -rss_limit_mb=2048
        -artifact_prefix="$work/$target.artifacts/")
    [ -f "test/fuzz/${target#fuzz_}.dict" ] && options+=(-dict="test/fuzz/${target#fuzz_}.dict")
    # New inputs go to the first folder only: the repository's corpus stays as it is.
    "test/fuzz/bin/$target" "${options[@]}" "$corpus" "test/fuzz/corpus/$target" \
        >"$work/$target.log" 2>&1
    echo $? >"$work/$target.status"
}

echo "== fuzz: ${#targets[@]} targets, ${seconds} s each, $jobs at a time"
running=0
for target in "${targets[@]}"; do
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
    run "$target" &
    running=$((running + 1))
done
wait

passed=0
failed=0
for target in "${targets[@]}"; do
    status=$(cat "$work/$target.status" 2>/dev/null || echo "?")
    done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$work/$target.log" | tail -n 1)
    if [ "$status" = 0 ] && [ -n "$done_line" ]; then
        echo "$target: ok, ${done_line#Done }"
        passed=$((passed + 1))
        continue
    fi
    failed=$((failed + 1))
    keep_work=1
    echo "$target: FAILED (exit status $status)"
    # The check that failed, or else the sanitizer's report; then the input libFuzzer saved.
    { grep -A2 'FUZZ_CHECK failed' "$work/$target.log" ||
        grep -E 'runtime error|ERROR: |SUMMARY: ' "$work/$target.log"; } | head -n 6 |
        sed 's/^/    /'
    for input in "$work/$target.artifacts"/*; do
        [ -e "$input" ] || continue
        echo "    input: $input"
        # The input itself, for a failure found where the folder is gone (CI).
        echo "    input bytes (hex): $(head -c 400 "$input" | od -An -v -tx1 | tr -d ' \n')"
        echo "    replay: test/fuzz/bin/$target $input"
    done
    echo "    log: $work/$target.log"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
