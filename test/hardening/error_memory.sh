#!/usr/bin/env bash
# test/hardening/error_memory.sh — error paths leak nothing: one session runs
# SEQINT_FAILING_QUERIES (100000) failing queries that fail in every place seqint_fdw can
# fail (planning, the validator, the first row, mid-scan, a cancelled scan, a parallel scan),
# and its backend's memory must stay flat. Needs a running cluster (PGHOST…).
#
# EndForeignScan is skipped when a query fails, so nothing seqint allocates may need it:
# all scan state lives in the executor's memory contexts. A leak of a few bytes per failure
# would show here as hundreds of kilobytes.
set -uo pipefail
cd "$(dirname "$0")/../.."
source test/lib/checks.sh

TOTAL=${SEQINT_FAILING_QUERIES:-100000}
WARMUP=2000
GROWTH_LIMIT_KB=256

psql -X -q -v ON_ERROR_STOP=1 <<'SQL' || exit 1
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS seqint_fdw;
DROP SERVER IF EXISTS leak_srv CASCADE;
DROP DOMAIN IF EXISTS leak_even;
CREATE SERVER leak_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (end '100');
CREATE DOMAIN leak_even AS int CHECK (VALUE % 2 = 0);
CREATE FOREIGN TABLE leak_text (val text) SERVER leak_srv;
CREATE FOREIGN TABLE leak_overflow (val smallint) SERVER leak_srv OPTIONS (end '100000');
CREATE FOREIGN TABLE leak_direction (val int) SERVER leak_srv OPTIONS (step '-1');
CREATE FOREIGN TABLE leak_even_t (val leak_even) SERVER leak_srv;
CREATE FOREIGN TABLE leak_huge (val bigint) SERVER leak_srv OPTIONS (end '1000000000000000000');
CREATE FOREIGN TABLE leak_t (val int) SERVER leak_srv;
SQL

# One round of failures, each statement a different error path; psql keeps going after
# errors. The cancelled scan cancels itself from its own filter after its first row.
round=$(cat <<'SQL'
SELECT * FROM leak_text;
SELECT * FROM leak_overflow;
SELECT * FROM leak_direction;
SELECT * FROM leak_even_t;
SELECT val FROM leak_t OFFSET -1;
SELECT count(*) FROM leak_t WHERE val = 1 / (val - 50);
ALTER FOREIGN TABLE leak_t OPTIONS (ADD step 'x');
SELECT count(*) FROM leak_huge WHERE (val + 0) % 7 = 9 AND pg_cancel_backend(pg_backend_pid());
SQL
)
per_round=$(echo "$round" | grep -c ';$')
# Per 1000 failures, one parallel scan that fails in its workers: starting workers takes
# milliseconds, so they are a small share of the total. The session is otherwise serial, so
# that the self-cancel above cancels the backend that runs the scan.
# JIT would compile each query on the 10^18-value table: tens of milliseconds spent in LLVM.
session_settings="SET max_parallel_workers_per_gather = 0; SET jit = off;"
parallel_round="SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SELECT count(*) FROM leak_huge WHERE val = 1 / (val - 5000);
RESET ALL; $session_settings"

sql=$(mktemp)
expected_errors=0
# failures N: appends about N failures to the session's SQL.
failures() {
    local rounds=$(($1 / per_round)) i
    for ((i = 1; i <= rounds; i++)); do
        echo "$round"
        expected_errors=$((expected_errors + per_round))
        if [ $((i * per_round % 1000)) -lt "$per_round" ]; then
            echo "$parallel_round"
            expected_errors=$((expected_errors + 1))
        fi
    done >>"$sql"
}

# The backend's private resident memory (kB) and what its memory contexts hold (bytes),
# printed by psql as "memory RSS CONTEXTS".
# pg_backend_memory_contexts exists from PostgreSQL 14; before, only RssAnon is checked.
contexts=$(psql -X -A -t -c "SELECT current_setting('server_version_num')::int >= 140000")
if [ "$contexts" = t ]; then
    contexts_query="SELECT pg_backend_pid() AS pid, sum(total_bytes) AS context_bytes FROM pg_backend_memory_contexts"
else
    contexts_query="SELECT pg_backend_pid() AS pid, 0 AS context_bytes"
fi
memory_probe() {
    echo "$contexts_query \\gset" >>"$sql"
    cat >>"$sql" <<'SQL'
\setenv SEQINT_PID :pid
\setenv SEQINT_CONTEXT_BYTES :context_bytes
\! echo "memory $(awk '/^RssAnon:/ { print $2 }' /proc/$SEQINT_PID/status) $SEQINT_CONTEXT_BYTES"
SQL
}

echo "$session_settings" >"$sql"
failures $WARMUP
memory_probe
failures $((TOTAL - WARMUP))
memory_probe

out=$(mktemp)
err=$(mktemp)
start=$(now_ms)
psql -X -q -f "$sql" >"$out" 2>"$err"
seconds=$((($(now_ms) - start) / 1000))

errors=$(grep -c 'ERROR:' "$err")
echo "$errors errors in $seconds s; by message:"
sed -n 's/.*ERROR: *//p' "$err" | sed 's/"[^"]*"/"…"/g' | sort | uniq -c | sort -rn
read -r _ rss_before contexts_before < <(grep '^memory ' "$out" | head -n 1)
read -r _ rss_after contexts_after < <(grep '^memory ' "$out" | tail -n 1)
echo "backend after $WARMUP failures: RssAnon $rss_before kB, memory contexts $contexts_before bytes"
echo "backend after $errors failures: RssAnon $rss_after kB, memory contexts $contexts_after bytes"

check "every one of the $expected_errors statements failed" [ "$errors" -eq "$expected_errors" ]
check "no server crash" [ -z "$(grep -E 'server closed the connection|terminated abnormally' "$err")" ]
check "private memory grew less than $GROWTH_LIMIT_KB kB ($rss_before → $rss_after kB)" \
    [ $((rss_after - rss_before)) -lt $GROWTH_LIMIT_KB ]
if [ "$contexts" = t ]; then
    check "memory contexts grew less than $GROWTH_LIMIT_KB kB ($contexts_before → $contexts_after bytes)" \
        [ $((contexts_after - contexts_before)) -lt $((GROWTH_LIMIT_KB * 1024)) ]
else
    echo "(no pg_backend_memory_contexts before PostgreSQL 14: memory contexts not checked)"
fi

[ -n "${SEQINT_KEEP:-}" ] && echo "kept $sql $out $err" || rm -f "$sql" "$out" "$err"
psql -X -q -c "SET client_min_messages = warning; DROP SERVER leak_srv CASCADE; DROP DOMAIN leak_even"
checks_finish
