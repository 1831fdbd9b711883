-- parallel.sql — parallel workers share a seqint scan out: every value exactly once.
-- Filters are written (val + 0) % m where a query needs one the scan cannot answer itself
-- (val % m = r it answers in closed form: modular.sql).
\i sql/helpers/explain_analyze.sql

CREATE SERVER parallel_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE par_up (val bigint) SERVER parallel_srv OPTIONS (end '1000000');
CREATE FOREIGN TABLE par_down (val int) SERVER parallel_srv OPTIONS (start '999999', end '-1', step '-1');
CREATE FOREIGN TABLE par_step (val bigint) SERVER parallel_srv OPTIONS (start '5', end '3000005', step '7');
CREATE FOREIGN TABLE par_tiny (val int) SERVER parallel_srv OPTIONS (start '10', end '0', step '-3');
CREATE FOREIGN TABLE par_empty (val int) SERVER parallel_srv OPTIONS (start '3', end '3');
CREATE FOREIGN TABLE par_edges (val bigint) SERVER parallel_srv
  OPTIONS (start '-9223372036854775808', end '9223372036854775807', step '92233720368547758');

-- make parallel plans cheap, and run even the top of the plan in a worker where asked
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
-- the GUC's name depends on the version
SELECT CASE WHEN current_setting('server_version_num')::int >= 160000
            THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END AS force_guc \gset

-- Gather over a Parallel Foreign Scan; partial aggregates
EXPLAIN (COSTS OFF) SELECT count(*), sum(val) FROM par_up WHERE (val + 0) % 7 = 3;
SELECT count(*), sum(val) FROM par_up WHERE (val + 0) % 7 = 3;
SELECT count(*), sum(g) FROM generate_series(0, 999999) g WHERE g % 7 = 3;
SELECT count(*), sum(val), min(val), max(val) FROM par_down WHERE (val + 0) % 2 = 1;
SELECT count(*), sum(g), min(g), max(g) FROM generate_series(999999, 0, -1) g WHERE g % 2 = 1;
SELECT count(*), sum(val) FROM par_step WHERE (val + 0) % 3 = 0;
SELECT count(*), sum(g) FROM generate_series(5, 3000004, 7) g WHERE g % 3 = 0;

-- every value exactly once: no duplicates, none missing
SELECT count(*) AS rows, count(DISTINCT val) AS distinct_values,
       (SELECT count(*) FROM par_step) AS serial_count FROM par_step WHERE (val + 0) % 1 = 0;
SELECT array_agg(val ORDER BY val) = array(SELECT generate_series(5::bigint, 3000004, 7)) AS same
  FROM par_step WHERE val >= 0;

-- fewer values than processes, no values, and the int64 edges
EXPLAIN (COSTS OFF) SELECT val FROM par_tiny WHERE val > 0;
SELECT array_agg(val ORDER BY val) FROM par_tiny WHERE val > 0;
SELECT count(*) FROM par_empty WHERE val > 0;
SELECT count(*), min(val), max(val), sum(val) FROM par_edges WHERE (val + 0) % 2 = 0;
SELECT count(*), min(g), max(g), sum(g)
  FROM generate_series(-9223372036854775808, 9223372036854775807, 92233720368547758) g WHERE g % 2 = 0;

-- Gather Merge: each process emits its chunks in order, ascending or descending
EXPLAIN (COSTS OFF) SELECT val FROM par_up WHERE (val + 0) % 100000 = 7 ORDER BY val DESC;
SELECT val FROM par_up WHERE (val + 0) % 100000 = 7 ORDER BY val DESC;
EXPLAIN (COSTS OFF) SELECT val FROM par_down WHERE val BETWEEN 400000 AND 400010 ORDER BY val;
SELECT val FROM par_down WHERE val BETWEEN 400000 AND 400010 ORDER BY val;

-- a parallel join with a heap table
CREATE TABLE par_probe AS SELECT g * 3 AS v FROM generate_series(1, 20000) g;
ANALYZE par_probe;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM par_probe p JOIN par_up u ON u.val = p.v;
SELECT count(*) FROM par_probe p JOIN par_up u ON u.val = p.v;
RESET enable_nestloop;

-- rescans of a Gather (ReInitializeDSMForeignScan): each outer row restarts the shared scan;
-- a temporary table is parallel-restricted, so the Gather sits inside the nested loop
CREATE TEMP TABLE par_outer (x int);
INSERT INTO par_outer VALUES (1), (2), (3);
ANALYZE par_outer;
SET enable_hashjoin = off; SET enable_mergejoin = off; SET enable_material = off;
EXPLAIN (COSTS OFF)
  SELECT o.x, count(*) FROM par_outer o JOIN par_up u ON (u.val + 0) % 1000 = o.x GROUP BY o.x ORDER BY o.x;
SELECT o.x, count(*) FROM par_outer o JOIN par_up u ON (u.val + 0) % 1000 = o.x GROUP BY o.x ORDER BY o.x;
RESET enable_hashjoin; RESET enable_mergejoin; RESET enable_material;

-- the whole plan in a worker: the plan, with its fdw_private, travels to it serialized
SET :force_guc = on;
EXPLAIN (COSTS OFF) SELECT val FROM par_tiny;
SELECT array_agg(val ORDER BY val) FROM par_tiny;  -- processes interleave: order it
SELECT count(*), sum(val) FROM par_step WHERE (val + 0) % 3 = 0;
PREPARE par_p(bigint) AS SELECT count(*) FROM par_up WHERE val < $1 AND (val + 0) % 2 = 0;
EXECUTE par_p(1001);
RESET :force_guc;

-- EXPLAIN ANALYZE shows the rows of each process; how they split varies from run to run (a
-- busy machine may even leave the workers nothing), so this checks the parts, not the split
SELECT explain_analyze(
  $$SELECT count(*) FROM par_up WHERE (val + 0) % 5 = 1$$);
CREATE FUNCTION par_rows_per_worker(query text) RETURNS TABLE (workers int, worker_rows numeric)
LANGUAGE plpgsql AS $$
DECLARE
    scan jsonb;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, VERBOSE, COSTS OFF, TIMING OFF, FORMAT JSON) ' || query INTO scan;
    scan := jsonb_path_query_first(scan, 'strict $.**? (@."Node Type" == "Foreign Scan")');
    workers := jsonb_array_length(scan->'Workers');
    worker_rows := (SELECT sum((w->>'Actual Rows')::numeric) FROM jsonb_array_elements(scan->'Workers') w);
    RETURN NEXT;
END $$;
SELECT workers, worker_rows BETWEEN 0 AND 200000 AS worker_rows_within_total
  FROM par_rows_per_worker('SELECT count(*) FROM par_up WHERE (val + 0) % 5 = 1');

DROP FUNCTION explain_analyze(text), par_rows_per_worker(text);
DROP TABLE par_probe;
DROP SERVER parallel_srv CASCADE;
