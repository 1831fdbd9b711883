-- disjunctions.sql — an OR walks the union of its branches, in order, each value once; an OR
-- of exact branches leaves no filter and allows OFFSET and aggregate pushdown; IS NULL
-- empties the scan and IS NOT NULL is dropped. Values Walked counts per loop.
CREATE SERVER disj_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE disj_big (val bigint) SERVER disj_srv OPTIONS (end '1000000000000000000');
CREATE FOREIGN TABLE disj_small (val int) SERVER disj_srv OPTIONS (start '0', end '20');
CREATE FOREIGN TABLE disj_down (val int) SERVER disj_srv OPTIONS (start '19', end '-1', step '-1');
\i sql/helpers/explain_analyze.sql
\i sql/helpers/estimated_rows.sql

-- two values 10^18 apart, as IN and as OR: each walks 2 values, and the planner knows it
SELECT val FROM disj_big WHERE val IN (5, 999999999999999998);
SELECT val FROM disj_big WHERE val = 5 OR val = 999999999999999998;
SELECT explain_analyze('SELECT val FROM disj_big WHERE val = 5 OR val = 999999999999999998');
SELECT estimated_rows('SELECT val FROM disj_big WHERE val = 5 OR val = 999999999999999998');

-- ranges far apart: counted in closed form
EXPLAIN (COSTS OFF) SELECT count(*) FROM disj_big
 WHERE val BETWEEN 5 AND 10 OR val BETWEEN 999999999999999990 AND 999999999999999995;
SELECT count(*), min(val), max(val), sum(val) FROM disj_big
 WHERE val BETWEEN 5 AND 10 OR val BETWEEN 999999999999999990 AND 999999999999999995;

-- overlapping and adjacent branches: each value once, in order, both ways; the same as
-- generate_series with the same clause
SELECT array_agg(val ORDER BY val) FROM disj_small
 WHERE val BETWEEN 2 AND 6 OR val BETWEEN 4 AND 9 OR val = 10 OR val = 15 OR val = 15;
SELECT array(SELECT val FROM disj_small WHERE val BETWEEN 2 AND 6 OR val BETWEEN 4 AND 9
               OR val = 10 OR val = 15 ORDER BY val DESC) AS descending,
       array(SELECT g FROM generate_series(0, 19) g WHERE g BETWEEN 2 AND 6 OR g BETWEEN 4 AND 9
               OR g = 10 OR g = 15 ORDER BY g DESC) AS postgres;
SELECT explain_analyze('SELECT val FROM disj_down WHERE val < 3 OR val > 16 OR val = 10');
SELECT array(SELECT val FROM disj_down WHERE val < 3 OR val > 16 OR val = 10) AS walked;
-- an OR and a range together: their intersection
SELECT array_agg(val) FROM disj_small WHERE (val < 5 OR val > 12) AND val BETWEEN 3 AND 14;
-- an empty branch, a NULL branch, an OR whose every branch is empty
SELECT array_agg(val) FROM disj_small WHERE val BETWEEN 8 AND 2 OR val = 7;
SELECT array_agg(val) FROM disj_small WHERE val = NULL::int OR val = 7;
SELECT count(*) FROM disj_small WHERE val > 100 OR val < -100;

-- OFFSET and LIMIT over the union, in the scan
EXPLAIN (COSTS OFF) SELECT val FROM disj_big WHERE val < 3 OR val > 999999999999999996
 ORDER BY val OFFSET 2 LIMIT 3;
SELECT val FROM disj_big WHERE val < 3 OR val > 999999999999999996 ORDER BY val OFFSET 2 LIMIT 3;
SELECT val FROM disj_big WHERE val < 3 OR val > 999999999999999996 ORDER BY val DESC OFFSET 2 LIMIT 3;

-- a branch that is not all bounds keeps the filter, and still narrows the walk
SELECT explain_analyze('SELECT val FROM disj_small WHERE val < 3 OR (val > 15 AND abs(val) % 2 = 0)');

-- parameterized: a nested loop probes both values of each outer row
CREATE TABLE disj_probe (a bigint, b bigint);
INSERT INTO disj_probe VALUES (1, 999999999999999990), (7, 7), (3, NULL);
ANALYZE disj_probe;
EXPLAIN (COSTS OFF) SELECT p.a, p.b, t.val FROM disj_probe p JOIN disj_big t
    ON t.val = p.a OR t.val = p.b;
SELECT p.a, p.b, t.val FROM disj_probe p JOIN disj_big t ON t.val = p.a OR t.val = p.b
 ORDER BY p.a, t.val;
-- Values Walked is per loop, like the rows beside it: (2 + 1 + 1) / 3 loops
SELECT explain_analyze('SELECT p.a, t.val FROM disj_probe p JOIN disj_big t ON t.val = p.a OR t.val = p.b');

-- parallel chunks over the union: every value exactly once
CREATE FOREIGN TABLE disj_mid (val bigint) SERVER disj_srv OPTIONS (end '3000000');
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT count(*), sum(val) FROM disj_mid
 WHERE (val < 700000 OR val BETWEEN 1500000 AND 2100000) AND (val + 0) % 3 = 0;
SELECT count(*), sum(val) FROM disj_mid
 WHERE (val < 700000 OR val BETWEEN 1500000 AND 2100000) AND (val + 0) % 3 = 0;
SELECT count(*), sum(g) FROM generate_series(0, 2999999) g
 WHERE (g < 700000 OR g BETWEEN 1500000 AND 2100000) AND g % 3 = 0;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- IS NULL: the column is never NULL, nothing is walked (counting no rows is left to
-- PostgreSQL, which does it as cheaply); IS NOT NULL: nothing to check
EXPLAIN (COSTS OFF) SELECT count(*) FROM disj_big WHERE val IS NULL;
SELECT count(*) FROM disj_big WHERE val IS NULL;
SELECT explain_analyze('SELECT val FROM disj_big WHERE val IS NULL');
EXPLAIN (COSTS OFF) SELECT count(*) FROM disj_big WHERE val IS NOT NULL;
SELECT count(*) FROM disj_big WHERE val IS NOT NULL;
SELECT array_agg(val) FROM disj_small WHERE val IS NOT NULL AND val < 3;
-- inside an OR too: an IS NULL arm adds nothing, an IS NOT NULL arm makes the OR always true
SELECT explain_analyze('SELECT val FROM disj_small WHERE val::numeric IS NULL OR val = 4');
EXPLAIN (COSTS OFF) SELECT count(*) FROM disj_small WHERE val IS NOT NULL OR val = 4;
SELECT count(*) FROM disj_small WHERE val IS NOT NULL OR val = 4;

DROP FUNCTION explain_analyze, estimated_rows;
DROP TABLE disj_probe;
DROP SERVER disj_srv CASCADE;
