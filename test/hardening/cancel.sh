#!/usr/bin/env bash
# test/hardening/cancel.sh — pg_cancel_backend and statement_timeout stop scans of a
# 10^18-value table, as a client sees it: the statement fails with SQLSTATE 57014 (a walk of
# 10^18 values would take centuries, so any cancel is long before the end), and the same
# session answers a query afterwards. Each case prints its latency, from the cancel request
# (or the timeout's expiry) to the client getting its error: measured, never asserted, since
# it depends on how busy the machine is. A cancel that is never honoured would hang the
# test, so each statement runs under a watchdog of SEQINT_CANCEL_WATCHDOG seconds (300): a
# guard against a hang, not a bound on latency. Needs a running cluster (PGHOST…, see
# test/lib/cluster.sh).
set -uo pipefail
cd "$(dirname "$0")/../.."
source test/lib/checks.sh

WATCHDOG=${SEQINT_CANCEL_WATCHDOG:-300}
psql=(psql -X -q -v ON_ERROR_STOP=1)

"${psql[@]}" <<'SQL' || exit 1
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS seqint_fdw;
DROP SERVER IF EXISTS cancel_test_srv CASCADE;
CREATE SERVER cancel_test_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE cancel_test_huge (val bigint) SERVER cancel_test_srv
  OPTIONS (end '1000000000000000000');
SQL

count="SELECT count(*) FROM cancel_test_huge WHERE (val + 0) % 7 = 9"
serial="SET max_parallel_workers_per_gather = 0; $count"
descending="SET max_parallel_workers_per_gather = 0;
SELECT val FROM cancel_test_huge WHERE (val + 0) % 7 = 9 ORDER BY val DESC LIMIT 1"
parallel="SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET max_parallel_workers_per_gather = 2; $count"
# After the cancelled statement, in the same session: the session still answers.
alive="RESET ALL; SELECT 'alive', count(*) FROM cancel_test_huge WHERE val < 10;"

# session SQL…: one psql session (not stopping at errors) that prints each error's SQLSTATE
# and runs the whole script under the watchdog; stdout and stderr together.
session() {
    timeout -k 10 "$WATCHDOG" psql -X -q -At -v VERBOSITY=verbose "$@" 2>&1
}

# outcome NAME OUTPUT HOW MS: the checks common to both ways of cancelling.
outcome() {
    local name=$1 out=$2 how=$3 ms=$4
    if grep -q "ERROR:  57014: canceling statement due to $how" <<<"$out"; then
        check_pass "$name: cancelled with SQLSTATE 57014 (the client had its error $ms)"
    else
        check_fail "$name: cancelled with SQLSTATE 57014" "$out"
    fi
    if grep -qx 'alive|10' <<<"$out"; then
        check_pass "$name: the session answers afterwards"
    else
        check_fail "$name: the session answers afterwards" "$out"
    fi
}

# cancel_by_request NAME SQL: runs SQL in one session and, once it has run for 300 ms (in
# the scan, past planning), cancels it from another.
cancel_by_request() {
    local name=$1 sql=$2 app="seqint_cancel_$$" out pid="" started client ms deadline
    out=$(mktemp)
    printf '%s;\n%s\n' "$sql" "$alive" | PGAPPNAME=$app session >"$out" &
    client=$!
    deadline=$(($(now_ms) + WATCHDOG * 1000))
    while [ -z "$pid" ] && [ "$(now_ms)" -lt "$deadline" ] && kill -0 "$client" 2>/dev/null; do
        pid=$("${psql[@]}" -At -c "SELECT pid FROM pg_stat_activity WHERE application_name = '$app'
            AND backend_type = 'client backend' AND state = 'active'
            AND position('(val + 0) % 7 = 9' IN query) > 0 AND now() - query_start > interval '300 ms'")
        [ -n "$pid" ] || sleep 0.1
    done
    if [ -z "$pid" ]; then
        kill "$client" 2>/dev/null
        wait "$client"
        check_fail "pg_cancel_backend, $name scan" "the query never showed as running: $(cat "$out")"
        rm -f "$out"
        return
    fi
    # the time the cancel was sent, read by the server, so that starting psql is not counted
    started=$("${psql[@]}" -At -c "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint
        FROM pg_cancel_backend($pid)")
    # the session's error arrives before its next statement: wait for the error line
    while ! grep -q 'ERROR:' "$out" && kill -0 "$client" 2>/dev/null; do sleep 0.01; done
    ms=$(($(now_ms) - started))
    wait "$client"
    outcome "pg_cancel_backend, $name scan" "$(cat "$out")" "user request" "$ms ms after the request"
    rm -f "$out"
}

# cancel_by_timeout NAME SQL: runs SQL's last statement under a 100 ms statement_timeout;
# psql's \timing gives its round trip, from sending it to receiving the error. The timeout
# is SET LOCAL in a transaction around that statement alone (the error reverts it), so that
# no other statement can be cancelled by a pause of the machine.
cancel_by_timeout() {
    local name=$1 sql=$2 out ms
    out=$(printf '%s;\nBEGIN;\nSET LOCAL statement_timeout = 100;\n\\timing on\n%s;\n\\timing off\nROLLBACK;\n%s\n' \
        "${sql%;*}" "${sql##*;}" "$alive" | session)
    ms=$(sed -n 's/^Time: \([0-9]*\)\..*/\1/p' <<<"$out" | tail -n 1)
    outcome "statement_timeout 100 ms, $name scan" "$out" "statement timeout" \
        "${ms:-?} ms after it was sent"
}

for kind in serial descending parallel; do
    cancel_by_request "$kind" "${!kind}"
    cancel_by_timeout "$kind" "${!kind}"
done

"${psql[@]}" -c "SET client_min_messages = warning; DROP SERVER cancel_test_srv CASCADE"
checks_finish
