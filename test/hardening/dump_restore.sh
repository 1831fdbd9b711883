#!/usr/bin/env bash
# test/hardening/dump_restore.sh — the extension, its servers, foreign tables, options,
# comments and grants survive pg_dump and pg_restore (custom format) and pg_dump | psql
# (plain format) into fresh databases, and answer the same queries there. Needs a running
# cluster (PGHOST…).
set -uo pipefail
cd "$(dirname "$0")/../.."
source test/lib/checks.sh

source_db=seqint_dump_source
restored_db=seqint_dump_restored
replayed_db=seqint_dump_replayed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
psql=(psql -X -q -v ON_ERROR_STOP=1)

drop_databases() {
    local db
    for db in $source_db $restored_db $replayed_db; do
        "${psql[@]}" -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db"
    done
    "${psql[@]}" -c "SET client_min_messages = warning" -c "DROP ROLE IF EXISTS regress_seqint_dump_reader"
}
drop_databases

createdb $source_db &&
    "${psql[@]}" -c "CREATE ROLE regress_seqint_dump_reader" &&
    "${psql[@]}" -d $source_db <<'SQL' || { check_fail "set up the source database"; checks_finish; exit; }
CREATE EXTENSION seqint_fdw;
CREATE SCHEMA calendar;
CREATE DOMAIN calendar.weekday AS smallint CHECK (VALUE BETWEEN 0 AND 6);

CREATE SERVER plain_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE SERVER ranged_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '-5', end ' 1000', step '3');
COMMENT ON SERVER ranged_srv IS 'counts by three';
GRANT USAGE ON FOREIGN SERVER ranged_srv TO regress_seqint_dump_reader;

CREATE FOREIGN TABLE defaults_t (val int) SERVER plain_srv;
CREATE FOREIGN TABLE inherits_t (val bigint) SERVER ranged_srv;
CREATE FOREIGN TABLE overrides_t (n numeric(12,0)) SERVER ranged_srv OPTIONS (step '-7', start '+990');
ALTER FOREIGN TABLE overrides_t OPTIONS (ADD end '-100');
CREATE FOREIGN TABLE altered_t (val real) SERVER plain_srv OPTIONS (start '1', end '5');
ALTER FOREIGN TABLE altered_t OPTIONS (SET end '50', DROP start, ADD step '4');
CREATE FOREIGN TABLE calendar.days (day calendar.weekday) SERVER plain_srv OPTIONS (end '7');
COMMENT ON FOREIGN TABLE calendar.days IS 'the days of a week';
COMMENT ON COLUMN calendar.days.day IS '0 is Sunday';
CREATE FOREIGN TABLE extremes_t (val bigint) SERVER plain_srv
  OPTIONS (start '-9223372036854775808', end '9223372036854775807', step '9223372036854775807');
CREATE FOREIGN TABLE huge_t (val double precision) SERVER plain_srv OPTIONS (end '1000000000000000');
GRANT SELECT ON huge_t, calendar.days TO regress_seqint_dump_reader;
CREATE VIEW evens AS SELECT val FROM inherits_t WHERE val % 2 = 0;
CREATE MATERIALIZED VIEW days_snapshot AS SELECT day, day * 10 AS tens FROM calendar.days;
SQL

# The same queries, run on every copy and compared as text.
cat >"$work/queries.sql" <<'SQL'
SELECT extversion FROM pg_extension WHERE extname = 'seqint_fdw';
-- pg_dump writes options in name order: compare them as sets
SELECT srvname, array(SELECT o FROM unnest(srvoptions) o ORDER BY o) FROM pg_foreign_server ORDER BY 1;
SELECT c.relname, array(SELECT o FROM unnest(ft.ftoptions) o ORDER BY o)
  FROM pg_foreign_table ft JOIN pg_class c ON c.oid = ft.ftrelid ORDER BY 1;
SELECT count(*), sum(val), min(val), max(val) FROM defaults_t;
SELECT array_agg(val) FROM inherits_t WHERE val < 40;
SELECT count(*), sum(n), min(n), max(n) FROM overrides_t;
SELECT array_agg(val) FROM altered_t;
SELECT array_agg(day), pg_typeof(min(day)) FROM calendar.days;
SELECT array_agg(val) FROM extremes_t;
SELECT val FROM huge_t ORDER BY val DESC LIMIT 3;
SELECT count(*) FROM evens;
SELECT * FROM days_snapshot ORDER BY day;
SELECT obj_description('calendar.days'::regclass), col_description('calendar.days'::regclass, 1),
       obj_description(oid, 'pg_foreign_server') FROM pg_foreign_server WHERE srvname = 'ranged_srv';
SELECT has_table_privilege('regress_seqint_dump_reader', 'huge_t', 'SELECT'),
       has_server_privilege('regress_seqint_dump_reader', 'ranged_srv', 'USAGE');
SQL

# answers DB FILE: the queries' output on DB.
answers() {
    "${psql[@]}" -d "$1" -f "$work/queries.sql" >"$2" 2>&1
}

answers $source_db "$work/source.out"
check "the source database answers every query" \
    [ -s "$work/source.out" -a -z "$(grep ERROR "$work/source.out")" ]
# schema: the dump of a database, without the random key of psql's \restrict guard
schema() {
    pg_dump --schema-only "$1" | grep -v '^\\\(un\)\?restrict '
}
schema $source_db >"$work/source.schema"

# custom format: pg_dump -Fc, pg_restore into a fresh database
if pg_dump -Fc -f "$work/dump.custom" $source_db && createdb $restored_db &&
    pg_restore --exit-on-error -d $restored_db "$work/dump.custom"; then
    check_pass "pg_dump -Fc and pg_restore run without an error"
else
    check_fail "pg_dump -Fc and pg_restore run without an error"
fi
answers $restored_db "$work/restored.out"
check "the restored database answers as the source does" diff "$work/source.out" "$work/restored.out"
schema $restored_db >"$work/restored.schema"
check "the restored database dumps the same schema" diff "$work/source.schema" "$work/restored.schema"

# plain format: pg_dump | psql
if pg_dump $source_db >"$work/dump.sql" && createdb $replayed_db &&
    "${psql[@]}" -d $replayed_db -f "$work/dump.sql" >/dev/null; then
    check_pass "pg_dump's plain SQL replays without an error"
else
    check_fail "pg_dump's plain SQL replays without an error"
fi
answers $replayed_db "$work/replayed.out"
check "the replayed database answers as the source does" diff "$work/source.out" "$work/replayed.out"

drop_databases
checks_finish
