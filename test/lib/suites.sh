# test/lib/suites.sh — the running totals of a test script made of suites, shared by
# test/run.sh, test/sanitize/run.sh, test/hardening/run.sh and test/versions.sh. Source it,
# add each suite with count or one of the run_* helpers, and end with finish, which prints
# the one line "N passed, N failed" over every suite and exits non-zero when anything failed.
#
# The totals are also kept per PostgreSQL version: each count goes to $suite_version (by
# default the major version of $PG_CONFIG, the one the script builds against; a script that
# tests several sets it before each). When more than one version was counted, a line before
# the totals gives the figures of each: "by version: PostgreSQL 13: N passed, N failed;
# PostgreSQL 15: …", and run_suite carries those of a sub-script over to the same versions.
# A script that always names its versions (test/versions.sh) sets summary_per_version=1.
#
# What failed is repeated at the end, before the totals, in lines "failure: SUITE: LINE": the
# lines of each failed suite's output that say which check, test or case failed and how to
# replay it (a random seed, a fuzzer's input). CI shows only the tail of a long output, and a
# failure of chance cannot be run again; run_suite takes a sub-script's own "failure:" lines
# over, so they name the innermost suite.

passed=0
failed=0
declare -A version_passed=() version_failed=()
versions_counted=()
suite_version=${suite_version:-}
failures=()

# The lines of a suite's output that name what failed: a check (checks.sh), a test of
# pg_regress or pg_isolation_regress (15's and 18's formats), a unit test (googletest), an
# oracle case and the seed that replays it, a fuzz target with its input.
failure_pattern='^(FAILED: |FAIL |not ok [0-9]|test .* \.\.\. FAILED|\[  FAILED  \] [A-Za-z]|seqint_oracle: seed |[a-z_]+: FAILED \(|    (input bytes|replay|FUZZ_CHECK|[^ ]*runtime error))'

# note_lines SUITE: keeps the lines of standard input as what failed in SUITE, at most 20
# of 900 characters. Not at the end of a pipeline: that runs in a subshell, whose
# failures are lost.
note_lines() {
    local line
    while IFS= read -r line; do
        failures+=("$1: ${line:0:900}")
    done < <(head -n 20)
}

# note_failures SUITE LOG: keeps the lines of the output LOG (a file, or - for standard
# input) that say what failed; a sub-script's own "failure:" lines when it printed some.
note_failures() {
    local output
    output=$(cat "$2")
    note_lines "$1" < <(if grep -q '^failure: ' <<<"$output"; then
        sed -n 's/^failure: //p' <<<"$output"
    else
        grep -E "$failure_pattern" <<<"$output"
    fi)
}

# count_version VERSION SUITE PASSED FAILED: adds one suite's figures to the totals, as
# figures of PostgreSQL VERSION.
count_version() {
    local version=$1
    echo "== $2: $3 passed, $4 failed"
    passed=$((passed + $3))
    failed=$((failed + $4))
    [ -n "${version_passed[$version]+set}" ] || {
        versions_counted+=("$version")
        version_passed[$version]=0
        version_failed[$version]=0
    }
    version_passed[$version]=$((version_passed[$version] + $3))
    version_failed[$version]=$((version_failed[$version] + $4))
    [ "$4" -eq 0 ] || failures+=("$2: $4 failed")
}

# count SUITE PASSED FAILED: adds one suite's figures to the totals, as figures of
# $suite_version, which is $PG_CONFIG's major version unless the script set it.
count() {
    if [ -z "$suite_version" ]; then
        suite_version=$("${PG_CONFIG:-pg_config}" --version 2>/dev/null |
            sed -n 's/^PostgreSQL \([0-9]*\).*/\1/p')
        suite_version=${suite_version:-unknown}
    fi
    count_version "$suite_version" "$@"
}

# The summary: when there are figures of several versions, a line "by version: PostgreSQL 13:
# N passed, N failed; PostgreSQL 15: …"; then, always last and alone on its line, the totals
# "N passed, N failed", the line CI reads.
summary_line() {
    local line="" version separator="by version: "
    if [ ${#versions_counted[@]} -gt 1 ] || [ -n "${summary_per_version:-}" ]; then
        while IFS= read -r version; do
            line+="${separator}PostgreSQL $version: ${version_passed[$version]} passed, ${version_failed[$version]} failed"
            separator="; "
        done < <(printf '%s\n' "${versions_counted[@]}" | sort -V)
        echo "$line"
    fi
    echo "$passed passed, $failed failed"
}

finish() {
    local failure
    for failure in "${failures[@]}"; do echo "failure: $failure"; done
    summary_line
    [ "$failed" -eq 0 ]
    exit
}

# run_suite SUITE COMMAND…: runs COMMAND, showing its output, and counts the
# "N passed, N failed" of its last line. A command that ends without that line (it did not
# build, connect or finish) counts as one failure.
run_suite() {
    local suite=$1 log summary by_version
    shift
    log=$(mktemp)
    "$@" 2>&1 | tee "$log"
    summary=$(tail -n 1 "$log")
    by_version=$(tail -n 2 "$log" | head -n 1)
    local figures='([0-9]+) passed, ([0-9]+) failed' rest total_passed total_failed
    if ! [[ $summary =~ ^$figures$ ]]; then
        count "$suite" 0 1
        failures+=("$suite: ended without its summary line; its last line: ${summary:0:300}")
        note_failures "$suite" "$log"
        rm -f "$log"
        return
    fi
    total_passed=${BASH_REMATCH[1]}
    total_failed=${BASH_REMATCH[2]}
    if [[ $by_version =~ ^by\ version:\ (.*)$ ]]; then
        # figures per version: each goes to its own version
        rest="${BASH_REMATCH[1]}; "
        while [[ $rest =~ ^PostgreSQL\ ([^:]+):\ $figures\;\ (.*)$ ]]; do
            count_version "${BASH_REMATCH[1]}" "$suite, PostgreSQL ${BASH_REMATCH[1]}" \
                "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}"
            rest=${BASH_REMATCH[4]}
        done
        [ -z "$rest" ] || count "$suite (unreadable summary)" 0 1
    else
        count "$suite" "$total_passed" "$total_failed"
    fi
    [ "$total_failed" -eq 0 ] || note_failures "$suite" "$log"
    rm -f "$log"
}

# count_installcheck SUITE MAKE_ARGUMENTS…: make installcheck, counted one test at a time;
# the diffs of the failed tests are shown. PostgreSQL 15 prints "test NAME ... ok"; 16 and
# later print TAP-style "ok N - NAME".
count_installcheck() {
    local suite=$1 log regress_passed regress_failed diffs
    shift
    log=$(mktemp)
    make -s installcheck "$@" 2>&1 | tee "$log"
    regress_passed=$(grep -cE '^(test .* \.\.\. ok|ok [0-9]+ +[-+] )' "$log")
    regress_failed=$(grep -cE '^(test .* \.\.\. FAILED|not ok [0-9]+ )' "$log")
    diffs=$(sed -n 's/.*file "\(.*regression\.diffs\)".*/\1/p' "$log" | head -n 1)
    if [ "$regress_passed" -eq 0 ] && [ "$regress_failed" -eq 0 ]; then regress_failed=1; fi
    [ "$regress_failed" -gt 0 ] && [ -f "$diffs" ] && cat "$diffs"
    count "$suite" "$regress_passed" "$regress_failed"
    if [ "$regress_failed" -gt 0 ]; then
        note_failures "$suite" "$log"
        # and the first lines the diffs changed, which say how the output differed
        [ -f "$diffs" ] && note_lines "$suite, diffs" < <(grep -E '^[-+]([^-+]|$)' "$diffs" | head -n 15)
    fi
    rm -f "$log"
}

# run_regress MAKE_ARGUMENTS…: the pg_regress suite (sql/, expected/).
run_regress() {
    count_installcheck pg_regress ISOLATION= "$@"
}

# run_isolation MAKE_ARGUMENTS…: the pg_isolation_regress suite (specs/, expected/).
run_isolation() {
    count_installcheck isolation REGRESS= "$@"
}

# oracle CASES [TIME_CASES]: the randomized comparison with generate_series against the
# cluster PGHOST names, after building its client and making sure the extension exists:
# CASES integer cases, then TIME_CASES time cases (date, timestamp, timestamptz; none by
# default), in one "N passed, N failed".
oracle() {
    make -s -C test/oracle PG_CONFIG="$PG_CONFIG" &&
        psql -X -q -c "CREATE EXTENSION IF NOT EXISTS seqint_fdw" >/dev/null &&
        test/oracle/seqint_oracle --cases "$1" --time-cases "${2:-0}"
}
