# test/lib/suites.sh — the running totals of a test script made of suites, shared by
# test/run.sh, test/sanitize/run.sh and test/hardening/run.sh. Source it, add each suite with
# count or one of the run_* helpers, and end with finish, which prints the one line
# "N passed, N failed" over every suite and exits non-zero when anything failed.

passed=0
failed=0

# count SUITE PASSED FAILED: adds one suite's figures to the totals.
count() {
    echo "== $1: $2 passed, $3 failed"
    passed=$((passed + $2))
    failed=$((failed + $3))
}

finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}

# run_suite SUITE COMMAND…: runs COMMAND, showing its output, and counts the
# "N passed, N failed" of its last line. A command that ends without that line (it did not
# build, connect or finish) counts as one failure.
run_suite() {
    local suite=$1 log summary
    shift
    log=$(mktemp)
    "$@" 2>&1 | tee "$log"
    summary=$(tail -n 1 "$log")
    rm -f "$log"
    if [[ $summary =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        count "$suite" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
    else
        count "$suite" 0 1
    fi
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
    rm -f "$log"
    if [ "$regress_passed" -eq 0 ] && [ "$regress_failed" -eq 0 ]; then regress_failed=1; fi
    [ "$regress_failed" -gt 0 ] && [ -f "$diffs" ] && cat "$diffs"
    count "$suite" "$regress_passed" "$regress_failed"
}

# run_regress MAKE_ARGUMENTS…: the pg_regress suite (sql/, expected/).
run_regress() {
    count_installcheck pg_regress ISOLATION= "$@"
}

# run_isolation MAKE_ARGUMENTS…: the pg_isolation_regress suite (specs/, expected/).
run_isolation() {
    count_installcheck isolation REGRESS= "$@"
}

# oracle CASES: the randomized comparison with generate_series against the cluster PGHOST
# names, after building its client and making sure the extension exists.
oracle() {
    make -s -C test/oracle PG_CONFIG="$PG_CONFIG" &&
        psql -X -q -c "CREATE EXTENSION IF NOT EXISTS seqint_fdw" >/dev/null &&
        test/oracle/seqint_oracle --cases "$1"
}
