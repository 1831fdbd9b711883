-- cancel.sql — statement_timeout cancels a scan of 10^18 values, whatever the scan is doing,
-- with SQLSTATE 57014, and the session goes on working. Walking 10^18 values would take
-- centuries: each query here only ends because the timeout cancels it, so being cancelled at
-- all is being cancelled long before the end. How soon after the timeout the cancel lands
-- depends on the machine: test/hardening/cancel.sh measures and prints it; nothing here
-- asserts it.
--
-- Each case is a statement of its own, so that the outcome is the same wherever the timeout
-- lands (planning, the scan, a worker): the error, then its SQLSTATE (psql's :SQLSTATE is
-- 00000 after a statement that succeeded). Terse errors: a PL/pgSQL case's CONTEXT line
-- would name the line the timeout landed on. The 100 ms timeout is SET LOCAL in a
-- transaction of its own around that one statement, never over another: a busy machine may
-- pause any statement for 100 ms, and the error reverts the setting at once (ROLLBACK then
-- runs without it).
--
-- The filters are written (val + 0) % m: the scan answers val % m = r itself (modular.sql),
-- and these queries need a filter that it must apply to every value it walks.
CREATE SERVER cancel_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE quintillion (val bigint) SERVER cancel_srv OPTIONS (end '1000000000000000000');
CREATE FOREIGN TABLE quintillion_down (val bigint) SERVER cancel_srv
  OPTIONS (start '1000000000000000000', end '0', step '-1');
CREATE FOREIGN TABLE quintillion_numeric (val numeric) SERVER cancel_srv OPTIONS (end '1000000000000000000');
CREATE DOMAIN cancel_positive AS bigint CHECK (VALUE >= 0);
CREATE FOREIGN TABLE quintillion_checked (val cancel_positive) SERVER cancel_srv
  OPTIONS (end '1000000000000000000');
\set VERBOSITY terse
\set outcome '\\echo SQLSTATE :SQLSTATE'

-- a filter that rejects every row: the scan never returns a row to the client
BEGIN; SET LOCAL statement_timeout = '100ms';
SELECT count(*) FROM quintillion WHERE (val + 0) % 7 = 9;
:outcome
ROLLBACK;
-- descending, and in the table's own descending order
BEGIN; SET LOCAL statement_timeout = '100ms';
SELECT val FROM quintillion WHERE (val + 0) % 7 = 9 ORDER BY val DESC LIMIT 1;
:outcome
ROLLBACK;
BEGIN; SET LOCAL statement_timeout = '100ms';
SELECT count(*) FROM quintillion_down WHERE (val + 0) % 7 = 9;
:outcome
ROLLBACK;
-- the numeric emitter (values built per row) and the domain-checked emitter
BEGIN; SET LOCAL statement_timeout = '100ms';
SELECT count(*) FROM quintillion_numeric WHERE (val + 0) % 7 = 9;
:outcome
ROLLBACK;
BEGIN; SET LOCAL statement_timeout = '100ms';
SELECT count(*) FROM quintillion_checked WHERE (val + 0) % 7 = 9;
:outcome
ROLLBACK;
-- bounds that leave almost everything, and an OFFSET skip followed by a long walk
BEGIN; SET LOCAL statement_timeout = '100ms';
SELECT count(*) FROM quintillion WHERE val > 5 AND (val + 0) % 7 = 9;
:outcome
ROLLBACK;
BEGIN; SET LOCAL statement_timeout = '100ms';
SELECT val FROM quintillion WHERE (val + 0) % 7 = 9 OFFSET 100000000000000000;
:outcome
ROLLBACK;
-- aggregates that cannot be answered in closed form
BEGIN; SET LOCAL statement_timeout = '100ms';
SELECT sum(val * 2) FROM quintillion;
:outcome
ROLLBACK;
BEGIN; SET LOCAL statement_timeout = '100ms';
SELECT max(val) FILTER (WHERE (val + 0) % 3 = 5) FROM quintillion;
:outcome
ROLLBACK;
-- a rescanned, parameterized inner side of a nested loop
EXPLAIN (COSTS OFF) SELECT count(*) FROM (VALUES (1), (2)) v(x) JOIN quintillion q ON q.val > v.x AND (q.val + 0) % 7 = 9;
BEGIN; SET LOCAL statement_timeout = '100ms';
SELECT count(*) FROM (VALUES (1), (2)) v(x) JOIN quintillion q ON q.val > v.x AND (q.val + 0) % 7 = 9;
:outcome
ROLLBACK;
-- a cursor fetching everything
BEGIN; SET LOCAL statement_timeout = '100ms';
DO $do$ DECLARE c CURSOR FOR SELECT val FROM quintillion WHERE (val + 0) % 7 = 9; r record;
  BEGIN OPEN c; FETCH c INTO r; END $do$;
:outcome
ROLLBACK;
-- long IN lists, rebuilt for each of the 10^18 outer rows: the cancel may land while the
-- scan collects their members (a single list, however long, would end on a fast machine)
BEGIN; SET LOCAL statement_timeout = '100ms';
SELECT sum(s.c) FROM quintillion o,
  LATERAL (SELECT count(*) AS c FROM quintillion i WHERE i.val = ANY (array_fill(o.val, ARRAY[2000000]))) s;
:outcome
ROLLBACK;

-- parallel workers, each walking its own chunks
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT count(*) FROM quintillion WHERE (val + 0) % 7 = 9;
BEGIN; SET LOCAL statement_timeout = '100ms';
SELECT count(*) FROM quintillion WHERE (val + 0) % 7 = 9;
:outcome
ROLLBACK;
BEGIN; SET LOCAL statement_timeout = '100ms';
SELECT val FROM quintillion WHERE (val + 0) % 7 = 9 ORDER BY val DESC LIMIT 1;
:outcome
ROLLBACK;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- Closed forms and skips never walk: they answer where a walk would take centuries. The
-- timeout is only a guard against a walk here, a minute: far beyond what any machine needs
-- for the answer, and nothing next to the centuries a walk would take.
SET statement_timeout = '60s';
SELECT count(*), sum(val), min(val), max(val) FROM quintillion;
SELECT val FROM quintillion OFFSET 999999999999999998;
SELECT val FROM quintillion_down ORDER BY val LIMIT 2;

RESET statement_timeout;
-- the session and the table are fine afterwards
SELECT count(*) FROM quintillion WHERE val < 10;
\set VERBOSITY default

DROP SERVER cancel_srv CASCADE;
DROP DOMAIN cancel_positive;
