#!/usr/bin/env bash
# test/hardening/soak.sh — a bounded pgbench soak: 8 clients for SEQINT_SOAK_SECONDS (60)
# seconds run a weighted mix of seqint queries as prepared statements (so generic plans
# with parameter bounds too), while other clients change a table's options under them. Every
# query checks its own answer and raises an error when it is wrong; the soak passes with
# 0 failed transactions and no crashed backend, and reports its TPS. Needs a running
# cluster (PGHOST…, and CLUSTER_DIR for the server's log).
set -uo pipefail
cd "$(dirname "$0")/../.."
source test/lib/checks.sh

SECONDS_TO_RUN=${SEQINT_SOAK_SECONDS:-60}
CLIENTS=8
scripts=$(mktemp -d)
trap 'rm -rf "$scripts"' EXIT

psql -X -q -v ON_ERROR_STOP=1 <<'SQL' || exit 1
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS seqint_fdw;
DROP SERVER IF EXISTS soak_srv CASCADE;
CREATE SERVER soak_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE soak_wide (val bigint) SERVER soak_srv
  OPTIONS (start '-1000000000000', end '1000000000000');
CREATE FOREIGN TABLE soak_small (val int) SERVER soak_srv OPTIONS (end '100000');
CREATE FOREIGN TABLE soak_million (val int) SERVER soak_srv OPTIONS (end '1000000');
CREATE FOREIGN TABLE soak_down (val numeric) SERVER soak_srv OPTIONS (start '1000', end '0', step '-3');
CREATE FOREIGN TABLE soak_flip (val int) SERVER soak_srv OPTIONS (end '10');
-- soak_expect(ok, what): raises unless ok, so that a wrong answer fails its transaction.
CREATE OR REPLACE FUNCTION soak_expect(ok boolean, what text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF ok IS NOT TRUE THEN
    RAISE EXCEPTION 'wrong answer from the % query', what;
  END IF;
END $$;
SQL

# script NAME WEIGHT: writes one pgbench script from stdin, and adds it to the mix.
mix=()
script() {
    cat >"$scripts/$1.sql"
    mix+=(-f "$scripts/$1.sql@$2")
}

script window 20 <<'SQL'
\set lo random(-1000000000000, 999999000000)
\set len random(0, 1000)
SELECT soak_expect(count(*) = :len::bigint
                   AND coalesce(sum(val), 0) = :len::bigint * (2 * :lo::bigint + :len::bigint - 1) / 2, 'window')
  FROM soak_wide WHERE val >= :lo::bigint AND val < :lo::bigint + :len::bigint;
SQL
script aggregates 10 <<'SQL'
SELECT soak_expect(count(*) = 2000000000000 AND sum(val) = -1000000000000 AND min(val) = -1000000000000
                   AND max(val) = 999999999999, 'aggregates') FROM soak_wide;
SQL
script top 10 <<'SQL'
\set n random(1, 20)
SELECT soak_expect(count(*) = :n::bigint AND min(val) = 1000000000000 - :n::bigint, 'top')
  FROM (SELECT val FROM soak_wide ORDER BY val DESC LIMIT :n::bigint) t;
SQL
script page 10 <<'SQL'
\set skip random(0, 99990)
SELECT soak_expect(array_agg(val) = ARRAY[:skip::int, :skip::int + 1, :skip::int + 2], 'page')
  FROM (SELECT val FROM soak_small OFFSET :skip::bigint LIMIT 3) t;
SQL
script join 10 <<'SQL'
\set k random(1, 1000000)
SELECT soak_expect(count(*) = 100, 'join')
  FROM generate_series(1, 100) g JOIN soak_wide w ON w.val = g * :k::int;
SQL
script members 10 <<'SQL'
\set a random(-1000, 1000)
SELECT soak_expect(array_agg(val ORDER BY val) = ARRAY[:a::bigint, :a::bigint + 5, :a::bigint + 999], 'members')
  FROM soak_wide WHERE val = ANY (ARRAY[:a::bigint + 999, :a::bigint, :a::bigint + 5, :a::bigint]);
SQL
script scan 5 <<'SQL'
SELECT soak_expect(count(*) = 14286, 'scan') FROM soak_small WHERE val % 7 = 3;
SQL
script descending 5 <<'SQL'
SELECT soak_expect(count(*) = 334 AND sum(val) = 167167, 'descending') FROM soak_down WHERE val > 0;
SQL
script parallel 2 <<'SQL'
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SELECT soak_expect(count(*) = 142857 AND sum(val) = 71428357143, 'parallel')
  FROM soak_million WHERE (val + 0) % 7 = 3;  -- (val + 0): a filter, so that the scan runs in parallel
RESET ALL;
SQL
# options changing under the readers: a reader sees the old table or the new, never a mix
script flip_reader 10 <<'SQL'
SELECT soak_expect(count(*) IN (10, 1000), 'flip') FROM soak_flip;
SQL
script flip_to_1000 1 <<'SQL'
ALTER FOREIGN TABLE soak_flip OPTIONS (SET end '1000');
SQL
script flip_to_10 1 <<'SQL'
ALTER FOREIGN TABLE soak_flip OPTIONS (SET end '10');
SQL

log=$(mktemp)
log_start=$(wc -c <"$CLUSTER_DIR/server.log" 2>/dev/null || echo 0)
# -r: --report-per-command is its name from 15 on, 13 and 14 know it as --report-latencies
pgbench -n -M prepared -r -c $CLIENTS -j 2 -T "$SECONDS_TO_RUN" "${mix[@]}" >"$log" 2>&1
status=$?
grep -E '^(number of|tps|latency average)|aborted|error' "$log" | head -n 20
# per script: its name, transactions and average latency
awk '/^SQL script/ { name = $4; sub(/.*\//, "", name) }
     /^ - [0-9]+ transactions/ && name { count = $2 }
     /^ - latency average/ && name { printf "  %-14s %7d transactions, %8.3f ms average\n", name, count, $5; name = "" }' "$log"

transactions=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$log")
failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$log")
tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$log")
# pgbench before 15 has no such line: there a failed transaction aborts its client, and
# pgbench exits non-zero (checked below).
if [ -z "$failed" ] && [ "$status" -eq 0 ] && ! grep -q 'number of failed transactions' "$log"; then
    failed=0
fi
if [ "$status" -eq 0 ]; then
    check_pass "pgbench ran $CLIENTS clients for $SECONDS_TO_RUN s to the end"
else  # a client aborts on its first error: a wrong answer raises one (soak_expect)
    check_fail "pgbench ran $CLIENTS clients for $SECONDS_TO_RUN s to the end" \
        "exit status $status; $(grep -E 'aborted|ERROR|error' "$log" | head -n 4)"
fi
answered=false
[ "${transactions:-0}" -gt 0 ] && [ "${failed:-1}" -eq 0 ] && answered=true
check "${transactions:-no} transactions at ${tps:-?} TPS, ${failed:-?} failed" $answered
server_log=$(tail -c +$((log_start + 1)) "$CLUSTER_DIR/server.log" 2>/dev/null)
crashes=$(echo "$server_log" | grep -cE 'terminated by signal|was terminated|PANIC|server process .* exited with exit code [^0]')
healthy=false
[ -r "$CLUSTER_DIR/server.log" ] && [ "$crashes" -eq 0 ] && healthy=true
check "no backend crashed (server log)" $healthy
rm -f "$log"

psql -X -q -c "SET client_min_messages = warning" -c "DROP SERVER soak_srv CASCADE" \
    -c "DROP FUNCTION soak_expect"
checks_finish
