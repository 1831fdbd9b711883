-- analyze.sql — ANALYZE samples evenly spaced values instead of walking the table, and gives
-- exact statistics: every value distinct, correlation ±1, evenly spaced histogram bounds.
--
-- Tables small enough to be sampled whole must get the statistics ANALYZE gives a heap table
-- holding the same generate_series in the same order; larger ones the histogram computed
-- from the positions ANALYZE samples.
CREATE SERVER analyze_srv FOREIGN DATA WRAPPER seqint_fdw;
\set state '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

CREATE FOREIGN TABLE a_up (val int) SERVER analyze_srv OPTIONS (start '0', end '1000');
CREATE FOREIGN TABLE a_down (val int) SERVER analyze_srv OPTIONS (start '1000', end '0', step '-1');
CREATE FOREIGN TABLE a_step (val bigint) SERVER analyze_srv OPTIONS (start '5', end '100', step '10');
CREATE FOREIGN TABLE a_step_down (val smallint) SERVER analyze_srv OPTIONS (start '300', end '-300', step '-7');
CREATE FOREIGN TABLE a_empty (val int) SERVER analyze_srv OPTIONS (start '5', end '5');
CREATE FOREIGN TABLE a_one (val int) SERVER analyze_srv OPTIONS (start '42', end '43');
CREATE FOREIGN TABLE a_num (val numeric(10,2)) SERVER analyze_srv OPTIONS (start '-50', end '50', step '3');
CREATE DOMAIN a_positive AS bigint CHECK (VALUE >= 0);
CREATE FOREIGN TABLE a_dom (val a_positive) SERVER analyze_srv OPTIONS (start '0', end '100000', step '7');

-- the same values in heap tables, inserted in sequence order
CREATE TABLE a_up_heap AS SELECT g::int AS val FROM generate_series(0, 999) g;
CREATE TABLE a_down_heap AS SELECT g::int AS val FROM generate_series(1000, 1, -1) g;
CREATE TABLE a_step_heap AS SELECT g::bigint AS val FROM generate_series(5, 99, 10) g;
CREATE TABLE a_step_down_heap AS SELECT g::smallint AS val FROM generate_series(300, -299, -7) g;
CREATE TABLE a_one_heap AS SELECT 42 AS val;
CREATE TABLE a_num_heap AS SELECT g::numeric(10,2) AS val FROM generate_series(-50, 49, 3) g;
CREATE TABLE a_dom_heap AS SELECT g::a_positive AS val FROM generate_series(0, 99999, 7) g;

ANALYZE a_up, a_down, a_step, a_step_down, a_empty, a_one, a_num, a_dom;
ANALYZE a_up_heap, a_down_heap, a_step_heap, a_step_down_heap, a_one_heap, a_num_heap, a_dom_heap;

SELECT s.tablename, s.n_distinct, s.correlation, s.null_frac, s.most_common_vals,
       array_length(s.histogram_bounds::text::text[], 1) AS histogram_length,
       (s.histogram_bounds::text::text[])[1] AS histogram_first,
       (s.histogram_bounds::text::text[])[array_length(s.histogram_bounds::text::text[], 1)] AS histogram_last,
       s.histogram_bounds::text IS NOT DISTINCT FROM h.histogram_bounds::text AS same_histogram,
       (s.n_distinct, s.correlation, s.null_frac, s.avg_width) IS NOT DISTINCT FROM
         (h.n_distinct, h.correlation, h.null_frac, h.avg_width) AS same_stats
  FROM pg_stats s LEFT JOIN pg_stats h ON h.tablename = s.tablename || '_heap' AND h.attname = s.attname
 WHERE s.tablename IN ('a_up', 'a_down', 'a_step', 'a_step_down', 'a_empty', 'a_one', 'a_num', 'a_dom')
 ORDER BY s.tablename;
SELECT histogram_bounds FROM pg_stats WHERE tablename = 'a_step';
SELECT histogram_bounds FROM pg_stats WHERE tablename = 'a_step_down';
-- an empty table has no statistics, only reltuples 0
SELECT relname, reltuples FROM pg_class
 WHERE relname IN ('a_up', 'a_down', 'a_step', 'a_step_down', 'a_empty', 'a_one', 'a_num', 'a_dom')
 ORDER BY relname;
SELECT count(*) AS empty_stats FROM pg_stats WHERE tablename = 'a_empty';

-- 10^12 values: ANALYZE reads 30000 evenly spaced ones (the default statistics target),
-- at once; the histogram holds the values at those sample positions
CREATE FOREIGN TABLE a_big (val bigint) SERVER analyze_srv OPTIONS (end '1000000000000');
CREATE FOREIGN TABLE a_big_down (val bigint) SERVER analyze_srv
  OPTIONS (start '3000000000000', end '0', step '-3');
CREATE TEMP TABLE a_probe (x bigint);
INSERT INTO a_probe SELECT g * 1000 FROM generate_series(1, 50) g;
ANALYZE a_probe;

\i sql/helpers/estimated_rows.sql
-- before ANALYZE the planner already knows that every value is distinct (statistics.sql):
-- a join with 50 probe rows is estimated at 50 rows, not at 50 · values / 200
EXPLAIN (COSTS OFF) SELECT * FROM a_probe p JOIN a_big t ON t.val = p.x;
SELECT estimated_rows('SELECT * FROM a_probe p JOIN a_big t ON t.val = p.x') AS join_rows_before;

SET statement_timeout = '60s';  -- a guard against walking, which would take hours: not a bound on speed
ANALYZE a_big;
ANALYZE a_big_down;
RESET statement_timeout;

-- The histogram of a sequence start, start + step, … (n values) sampled at k positions: the
-- sampled values sorted ascending, 101 of them taken evenly as ANALYZE does.
CREATE FUNCTION a_expected_histogram(start numeric, step numeric, n numeric, k numeric) RETURNS numeric[]
LANGUAGE sql AS $$
    WITH sample AS (
        SELECT start + step * floor(i * n / k) AS v FROM generate_series(0, k - 1) i),
    sorted AS (
        SELECT v, row_number() OVER (ORDER BY v) - 1 AS j FROM sample)
    SELECT array_agg(v ORDER BY j) FROM sorted
     WHERE j IN (SELECT floor(b * (k - 1) / 100) FROM generate_series(0, 100) b)
$$;
SELECT tablename, n_distinct, correlation, null_frac,
       array_length(histogram_bounds::text::text[], 1) AS histogram_length,
       (histogram_bounds::text::text[])[1:3] AS histogram_first3,
       (histogram_bounds::text::text[])[99:101] AS histogram_last3
  FROM pg_stats WHERE tablename IN ('a_big', 'a_big_down') ORDER BY tablename;
SELECT histogram_bounds::text::numeric[] = a_expected_histogram(0, 1, 1000000000000, 30000) AS big_histogram_exact
  FROM pg_stats WHERE tablename = 'a_big';
SELECT histogram_bounds::text::numeric[] = a_expected_histogram(3000000000000, -3, 1000000000000, 30000) AS big_down_histogram_exact
  FROM pg_stats WHERE tablename = 'a_big_down';
SELECT relname, reltuples FROM pg_class WHERE relname IN ('a_big', 'a_big_down') ORDER BY relname;

-- after ANALYZE the planner knows every value is distinct: the join returns a row per probe
EXPLAIN (COSTS OFF) SELECT * FROM a_probe p JOIN a_big t ON t.val = p.x;
SELECT estimated_rows('SELECT * FROM a_probe p JOIN a_big t ON t.val = p.x') AS join_rows_after,
       estimated_rows('SELECT * FROM a_probe p JOIN a_big_down t ON t.val = p.x') AS join_rows_after_down,
       (SELECT count(*) FROM a_probe) AS probe_rows,
       (SELECT count(*) FROM a_probe p JOIN a_big t ON t.val = p.x) AS actual_rows;
-- and constant bounds are still counted exactly
SELECT estimated_rows('SELECT * FROM a_big WHERE val < 5') AS lt5,
       estimated_rows('SELECT * FROM a_big_down WHERE val BETWEEN 10 AND 20') AS between_10_20;

-- a sampled value that breaks the column's domain fails ANALYZE, as it fails a scan. The
-- error's fields are shown rather than its message, which names the domain unqualified
-- before PostgreSQL 18 and schema-qualified from 18 on.
CREATE DOMAIN a_even AS int CHECK (VALUE % 2 = 0);
CREATE FOREIGN TABLE a_bad_domain (val a_even) SERVER analyze_srv OPTIONS (start '0', end '10');
DO $$
DECLARE
    state text;
    domain_name text;
    constraint_name text;
BEGIN
    ANALYZE a_bad_domain;
    RAISE NOTICE 'ANALYZE a_bad_domain succeeded';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, domain_name = PG_DATATYPE_NAME,
                            constraint_name = CONSTRAINT_NAME;
    RAISE NOTICE 'ANALYZE a_bad_domain failed: SQLSTATE %, domain %, constraint %',
        state, domain_name, constraint_name;
END $$;
-- and so does a sequence the column cannot hold
CREATE FOREIGN TABLE a_too_big (val smallint) SERVER analyze_srv OPTIONS (start '32760', end '32770');
ANALYZE a_too_big;
:state

-- pages as a heap of the same values would have them (one-number rows, about 227 a page),
-- so that an inheritance or partition tree's sample is shared out by size: a 10^12-value
-- seqint partition next to a 100000-row heap partition gets (nearly) all of the parent's
-- sample, and the parent's histogram puts (nearly) all values above 100000, as they are
CREATE TABLE a_parted (val bigint) PARTITION BY RANGE (val);
CREATE TABLE a_parted_heap PARTITION OF a_parted FOR VALUES FROM (0) TO (100000);
INSERT INTO a_parted_heap SELECT generate_series(0, 99999);
CREATE FOREIGN TABLE a_parted_seqint PARTITION OF a_parted
  FOR VALUES FROM (100000) TO (MAXVALUE) SERVER analyze_srv
  OPTIONS (start '100000', end '1000000100000');
ANALYZE a_parted;
SELECT relname, relpages FROM pg_class WHERE relname = 'a_parted_seqint';
SELECT cardinality(b) AS bounds, count(*) FILTER (WHERE x < 100000) AS bounds_below_100000
  FROM pg_stats, unnest(histogram_bounds::text::bigint[]) x,
       LATERAL (SELECT histogram_bounds::text::bigint[]) h(b)
 WHERE tablename = 'a_parted' GROUP BY b;
-- 10^9 values: 10^9 / (8192 / 36) pages; 10^12 or 10^18 values would be more pages than
-- pg_class.relpages (int4) holds: 2^31 - 1
ALTER FOREIGN TABLE a_parted_seqint OPTIONS (SET end '1000100000');
ANALYZE a_parted_seqint;
SELECT relname, relpages FROM pg_class WHERE relname = 'a_parted_seqint';
ALTER FOREIGN TABLE a_parted_seqint OPTIONS (SET end '1000000000000000000');
ANALYZE a_parted_seqint;
SELECT relname, relpages FROM pg_class WHERE relname = 'a_parted_seqint';
DROP TABLE a_parted;

DROP SERVER analyze_srv CASCADE;
DROP TABLE a_up_heap, a_down_heap, a_step_heap, a_step_down_heap, a_one_heap, a_num_heap, a_dom_heap;
DROP DOMAIN a_positive, a_even;
DROP FUNCTION estimated_rows, a_expected_histogram;
