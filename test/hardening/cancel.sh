#!/usr/bin/env bash
# test/hardening/cancel.sh — pg_cancel_backend and statement_timeout stop scans of a
# 10^18-value table promptly, as a client sees it: each case prints its latency, from the
# cancel request (or the timeout's expiry) to the client getting its error, and passes
# under 1 s. Needs a running cluster (PGHOST…, see test/lib/cluster.sh).
set -uo pipefail
cd "$(dirname "$0")/../.."
source test/lib/checks.sh

LIMIT_MS=1000
psql=(psql -X -q -v ON_ERROR_STOP=1)

"${psql[@]}" <<'SQL' || exit 1
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS seqint_fdw;
DROP SERVER IF EXISTS cancel_test_srv CASCADE;
CREATE SERVER cancel_test_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE cancel_test_huge (val bigint) SERVER cancel_test_srv
  OPTIONS (end '1000000000000000000');
SQL

count="SELECT count(*) FROM cancel_test_huge WHERE val % 7 = 9"
serial="SET max_parallel_workers_per_gather = 0; $count"
descending="SET max_parallel_workers_per_gather = 0;
SELECT val FROM cancel_test_huge WHERE val % 7 = 9 ORDER BY val DESC LIMIT 1"
parallel="SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET max_parallel_workers_per_gather = 2; $count"

# cancel_by_request NAME SQL: runs SQL in one session, cancels it from another once it has
# run for 300 ms, and times the cancel.
cancel_by_request() {
    local name=$1 sql=$2 app="seqint_cancel_$$" err pid started client ms
    err=$(mktemp)
    PGAPPNAME=$app "${psql[@]}" -c "$sql" >/dev/null 2>"$err" &
    client=$!
    for _ in $(seq 100); do
        pid=$("${psql[@]}" -At -c "SELECT pid FROM pg_stat_activity WHERE application_name = '$app' AND backend_type = 'client backend'
            AND state = 'active' AND now() - query_start > interval '300 ms'")
        [ -n "$pid" ] && break
        sleep 0.05
    done
    if [ -z "$pid" ]; then
        kill "$client" 2>/dev/null
        check_fail "cancel $name" "the query never showed as running"
        return
    fi
    # the time the cancel was sent, read by the server, so that starting psql is not counted
    started=$("${psql[@]}" -At -c "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint
        FROM pg_cancel_backend($pid)")
    wait "$client"
    ms=$(($(now_ms) - started))
    if grep -q "canceling statement due to user request" "$err" && [ "$ms" -lt $LIMIT_MS ]; then
        check_pass "pg_cancel_backend stops the $name scan in $ms ms"
    else
        check_fail "pg_cancel_backend stops the $name scan" "$ms ms: $(cat "$err")"
    fi
    rm -f "$err"
}

# cancel_by_timeout NAME SQL: runs SQL under a 100 ms statement_timeout; psql's \timing
# gives the statement's round trip, from sending it to receiving the error.
cancel_by_timeout() {
    local name=$1 sql=$2 out ms
    out=$(printf '%s;\n\\timing on\nSET statement_timeout = 100;\n%s;\n' \
        "${sql%;*}" "${sql##*;}" | psql -X -q 2>&1)
    ms=$(echo "$out" | sed -n 's/^Time: \([0-9]*\)\..*/\1/p' | tail -n 1)
    if echo "$out" | grep -q "canceling statement due to statement timeout" &&
        [ -n "$ms" ] && [ "$ms" -lt $((100 + LIMIT_MS)) ]; then
        check_pass "statement_timeout 100 ms stops the $name scan; the client has its error after $ms ms"
    else
        check_fail "statement_timeout stops the $name scan" "${ms:-?} ms: $out"
    fi
}

for kind in serial descending parallel; do
    cancel_by_request "$kind" "${!kind}"
    cancel_by_timeout "$kind" "${!kind}"
done

"${psql[@]}" -c "SET client_min_messages = warning; DROP SERVER cancel_test_srv CASCADE"
checks_finish
