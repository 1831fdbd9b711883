-- cancel.sql — statement_timeout stops a scan of 10^18 values promptly, whatever the scan
-- is doing. Walking all 10^18 values would take centuries: each query here only ends
-- because the timeout cancels it.
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

-- Runs a query and reports how it ended. The statement's timeout cancels it inside the
-- function; the handler then measures from the start of the calling statement, so the
-- answer is 'cancelled within 1 s' when the cancel took effect promptly after the 100 ms.
CREATE FUNCTION cancel_outcome(query text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE query;
  RETURN 'finished';
EXCEPTION WHEN query_canceled THEN
  IF clock_timestamp() - statement_timestamp() < interval '1 s' THEN
    RETURN 'cancelled within 1 s';
  END IF;
  RETURN 'cancelled after ' || (clock_timestamp() - statement_timestamp())::text;
END $$;

SET statement_timeout = '100ms';

-- the plain error, as a client sees it
SELECT count(*) FROM quintillion WHERE (val + 0) % 7 = 9;

-- a filter that rejects every row: the scan never returns a row to the client
SELECT cancel_outcome('SELECT count(*) FROM quintillion WHERE (val + 0) % 7 = 9');
-- descending, and in the table's own descending order
SELECT cancel_outcome('SELECT val FROM quintillion WHERE (val + 0) % 7 = 9 ORDER BY val DESC LIMIT 1');
SELECT cancel_outcome('SELECT count(*) FROM quintillion_down WHERE (val + 0) % 7 = 9');
-- the numeric emitter (values built per row) and the domain-checked emitter
SELECT cancel_outcome('SELECT count(*) FROM quintillion_numeric WHERE (val + 0) % 7 = 9');
SELECT cancel_outcome('SELECT count(*) FROM quintillion_checked WHERE (val + 0) % 7 = 9');
-- bounds that leave almost everything, and an OFFSET skip followed by a long walk
SELECT cancel_outcome('SELECT count(*) FROM quintillion WHERE val > 5 AND (val + 0) % 7 = 9');
SELECT cancel_outcome('SELECT val FROM quintillion WHERE (val + 0) % 7 = 9 OFFSET 100000000000000000');
-- aggregates that cannot be answered in closed form
SELECT cancel_outcome('SELECT sum(val * 2) FROM quintillion');
SELECT cancel_outcome('SELECT max(val) FILTER (WHERE (val + 0) % 3 = 5) FROM quintillion');
-- a rescanned, parameterized inner side of a nested loop
EXPLAIN (COSTS OFF) SELECT count(*) FROM (VALUES (1), (2)) v(x) JOIN quintillion q ON q.val > v.x AND (q.val + 0) % 7 = 9;
SELECT cancel_outcome('SELECT count(*) FROM (VALUES (1), (2)) v(x) JOIN quintillion q ON q.val > v.x AND (q.val + 0) % 7 = 9');
-- a cursor fetching everything
SELECT cancel_outcome('DO $do$ DECLARE c CURSOR FOR SELECT val FROM quintillion WHERE (val + 0) % 7 = 9; r record;
  BEGIN OPEN c; FETCH c INTO r; END $do$');
-- a long IN list: the cancel may land while the scan collects its members
SELECT cancel_outcome('SELECT count(*) FROM quintillion WHERE val = ANY (array_fill(5::bigint, ARRAY[20000000]))');

-- parallel workers, each walking its own chunks
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT count(*) FROM quintillion WHERE (val + 0) % 7 = 9;
SELECT cancel_outcome('SELECT count(*) FROM quintillion WHERE (val + 0) % 7 = 9');
SELECT cancel_outcome('SELECT val FROM quintillion WHERE (val + 0) % 7 = 9 ORDER BY val DESC LIMIT 1');
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- closed forms and skips never walk: under the same timeout they answer at once
SELECT count(*), sum(val), min(val), max(val) FROM quintillion;
SELECT val FROM quintillion OFFSET 999999999999999998;
SELECT val FROM quintillion_down ORDER BY val LIMIT 2;

RESET statement_timeout;
-- the session and the table are fine afterwards
SELECT count(*) FROM quintillion WHERE val < 10;

DROP SERVER cancel_srv CASCADE;
DROP DOMAIN cancel_positive;
DROP FUNCTION cancel_outcome;
