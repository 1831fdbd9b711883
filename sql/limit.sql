-- limit.sql — OFFSET and LIMIT answered by the scan when every WHERE clause is an exact bound: the same rows as generate_series, OFFSET in O(1), PostgreSQL's errors; other queries keep their Limit node.
\i sql/helpers/explain_analyze.sql

CREATE SERVER limit_srv FOREIGN DATA WRAPPER seqint_fdw;
\set state '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'
CREATE FOREIGN TABLE up (val int) SERVER limit_srv OPTIONS (start '3', end '42', step '4');       -- 3, 7, …, 39
CREATE FOREIGN TABLE down (val bigint) SERVER limit_srv OPTIONS (start '50', end '-1', step '-5'); -- 50, 45, …, 0
CREATE FOREIGN TABLE huge (val bigint) SERVER limit_srv OPTIONS (end '1000000000000000');          -- 0 … 10^15 − 1
CREATE FOREIGN TABLE up_numeric (val numeric(8,2)) SERVER limit_srv OPTIONS (start '-5', end '6');
CREATE FOREIGN TABLE up_real (val real) SERVER limit_srv OPTIONS (start '-5', end '6');

-- the plan: one Foreign Scan of the upper relation (no "on up"), walking backwards when
-- ORDER BY asks for the other end
EXPLAIN (COSTS OFF) SELECT val FROM up OFFSET 3;
EXPLAIN (COSTS OFF) SELECT val FROM up OFFSET 3 LIMIT 2;
EXPLAIN (COSTS OFF, VERBOSE) SELECT val FROM up ORDER BY val OFFSET 3 LIMIT 2;
EXPLAIN (COSTS OFF) SELECT val FROM up ORDER BY val DESC OFFSET 3 LIMIT 2;
EXPLAIN (COSTS OFF) SELECT val FROM down ORDER BY val OFFSET 1 LIMIT 2;
EXPLAIN (COSTS OFF) SELECT val FROM down ORDER BY val DESC OFFSET 1 LIMIT 2;
EXPLAIN (COSTS OFF) SELECT val FROM up WHERE val > 10 AND val <= 30 ORDER BY val DESC OFFSET 1 LIMIT 2;
EXPLAIN (COSTS OFF) SELECT val FROM up WHERE val IN (7, 11, 39) ORDER BY val DESC LIMIT 2;
SELECT explain_analyze($$SELECT val FROM up OFFSET 3 LIMIT 2$$);
-- a LIMIT alone costs the same with or without the Limit node (the scan stops either way),
-- and PostgreSQL keeps the path it found first
EXPLAIN (COSTS OFF) SELECT val FROM up LIMIT 3;

-- the rows, against generate_series
SELECT array(SELECT val FROM up LIMIT 3) AS seqint,
       array(SELECT val FROM up LIMIT 3) = array(SELECT g FROM generate_series(3, 39, 4) g LIMIT 3) AS same;
SELECT array(SELECT val FROM up OFFSET 3) AS seqint,
       array(SELECT val FROM up OFFSET 3) = array(SELECT g FROM generate_series(3, 39, 4) g OFFSET 3) AS same;
SELECT array(SELECT val FROM up OFFSET 3 LIMIT 2) AS seqint,
       array(SELECT val FROM up OFFSET 3 LIMIT 2)
         = array(SELECT g FROM generate_series(3, 39, 4) g OFFSET 3 LIMIT 2) AS same;
SELECT array(SELECT val FROM up ORDER BY val DESC OFFSET 3 LIMIT 2) AS seqint,
       array(SELECT val FROM up ORDER BY val DESC OFFSET 3 LIMIT 2)
         = array(SELECT g FROM generate_series(3, 39, 4) g ORDER BY g DESC OFFSET 3 LIMIT 2) AS same;
SELECT array(SELECT val FROM down LIMIT 4) AS seqint,
       array(SELECT val FROM down LIMIT 4) = array(SELECT g FROM generate_series(50::bigint, 0, -5) g LIMIT 4) AS same;
SELECT array(SELECT val FROM down ORDER BY val OFFSET 2 LIMIT 4) AS seqint,
       array(SELECT val FROM down ORDER BY val OFFSET 2 LIMIT 4)
         = array(SELECT g FROM generate_series(50::bigint, 0, -5) g ORDER BY g OFFSET 2 LIMIT 4) AS same;
SELECT array(SELECT val FROM down ORDER BY val DESC OFFSET 2 LIMIT 4) AS seqint,
       array(SELECT val FROM down ORDER BY val DESC OFFSET 2 LIMIT 4)
         = array(SELECT g FROM generate_series(50::bigint, 0, -5) g ORDER BY g DESC OFFSET 2 LIMIT 4) AS same;

-- WHERE bounds, ORDER BY DESC, OFFSET and LIMIT together
SELECT array(SELECT val FROM up WHERE val > 10 AND val <= 30 ORDER BY val DESC OFFSET 1 LIMIT 2) AS seqint,
       array(SELECT val FROM up WHERE val > 10 AND val <= 30 ORDER BY val DESC OFFSET 1 LIMIT 2)
         = array(SELECT g FROM generate_series(3, 39, 4) g WHERE g > 10 AND g <= 30
                 ORDER BY g DESC OFFSET 1 LIMIT 2) AS same;
SELECT array(SELECT val FROM up WHERE val BETWEEN 10 AND 30 ORDER BY val OFFSET 1 LIMIT 3) AS seqint,
       array(SELECT val FROM up WHERE val BETWEEN 10 AND 30 ORDER BY val OFFSET 1 LIMIT 3)
         = array(SELECT g FROM generate_series(3, 39, 4) g WHERE g BETWEEN 10 AND 30
                 ORDER BY g OFFSET 1 LIMIT 3) AS same;
SELECT array(SELECT val FROM down WHERE val < 33.5 AND val >= 5::smallint ORDER BY val DESC OFFSET 1 LIMIT 3) AS seqint,
       array(SELECT val FROM down WHERE val < 33.5 AND val >= 5::smallint ORDER BY val DESC OFFSET 1 LIMIT 3)
         = array(SELECT g FROM generate_series(50::bigint, 0, -5) g WHERE g < 33.5 AND g >= 5
                 ORDER BY g DESC OFFSET 1 LIMIT 3) AS same;
SELECT array(SELECT val FROM down WHERE val < 33.5 AND val >= 5::smallint ORDER BY val OFFSET 1 LIMIT 3) AS seqint,
       array(SELECT val FROM down WHERE val < 33.5 AND val >= 5::smallint ORDER BY val OFFSET 1 LIMIT 3)
         = array(SELECT g FROM generate_series(50::bigint, 0, -5) g WHERE g < 33.5 AND g >= 5
                 ORDER BY g OFFSET 1 LIMIT 3) AS same;

-- IN lists (unordered, with duplicates and values not in the sequence), in both directions
SELECT array(SELECT val FROM up WHERE val IN (39, 7, 8, 11, 7, 23, 100) OFFSET 1 LIMIT 2) AS seqint,
       array(SELECT val FROM up WHERE val IN (39, 7, 8, 11, 7, 23, 100) OFFSET 1 LIMIT 2)
         = array(SELECT g FROM generate_series(3, 39, 4) g WHERE g IN (39, 7, 8, 11, 7, 23, 100)
                 OFFSET 1 LIMIT 2) AS same;
SELECT array(SELECT val FROM up WHERE val IN (39, 7, 8, 11, 7, 23, 100) ORDER BY val DESC OFFSET 1 LIMIT 2) AS seqint,
       array(SELECT val FROM up WHERE val IN (39, 7, 8, 11, 7, 23, 100) ORDER BY val DESC OFFSET 1 LIMIT 2)
         = array(SELECT g FROM generate_series(3, 39, 4) g WHERE g IN (39, 7, 8, 11, 7, 23, 100)
                 ORDER BY g DESC OFFSET 1 LIMIT 2) AS same;
SELECT array(SELECT val FROM down WHERE val = ANY ('{0, 45, 10, 12, 30}') AND val < 40 LIMIT 2) AS seqint,
       array(SELECT val FROM down WHERE val = ANY ('{0, 45, 10, 12, 30}') AND val < 40 LIMIT 2)
         = array(SELECT g FROM generate_series(50::bigint, 0, -5) g WHERE g = ANY ('{0, 45, 10, 12, 30}') AND g < 40
                 LIMIT 2) AS same;
SELECT array(SELECT val FROM down WHERE val = ANY ('{0, 45, 10, 12, 30}') AND val < 40 ORDER BY val OFFSET 1) AS seqint,
       array(SELECT val FROM down WHERE val = ANY ('{0, 45, 10, 12, 30}') AND val < 40 ORDER BY val OFFSET 1)
         = array(SELECT g FROM generate_series(50::bigint, 0, -5) g WHERE g = ANY ('{0, 45, 10, 12, 30}') AND g < 40
                 ORDER BY g OFFSET 1) AS same;
SELECT array(SELECT val FROM up WHERE val IN (3, 7, 11, 15) AND val IN (11, 15, 19) ORDER BY val DESC LIMIT 1) AS seqint;
SELECT array(SELECT val FROM up_numeric WHERE val IN (-5, 2.5, 0, 5.00, 4) ORDER BY val DESC OFFSET 1 LIMIT 5) AS seqint,
       array(SELECT val FROM up_numeric WHERE val IN (-5, 2.5, 0, 5.00, 4) ORDER BY val DESC OFFSET 1 LIMIT 5)::text
         = array(SELECT g::numeric(8,2) FROM generate_series(-5, 5) g WHERE g IN (-5, 2.5, 0, 5.00, 4)
                 ORDER BY g DESC OFFSET 1 LIMIT 5)::text AS same;
SELECT array(SELECT val FROM up WHERE val IN (1, 2) LIMIT 5) AS no_member, array(SELECT val FROM up WHERE val = ANY ('{}') LIMIT 5) AS empty;

-- LIMIT 0, OFFSET at and past the end, NULL LIMIT (no limit) and NULL OFFSET (none), LIMIT ALL
SELECT array(SELECT val FROM up LIMIT 0) AS limit_0,
       array(SELECT val FROM up OFFSET 10) AS offset_10,
       array(SELECT val FROM up ORDER BY val DESC OFFSET 9) AS offset_9_desc,
       array(SELECT val FROM up OFFSET 1000 LIMIT 1) AS offset_1000,
       array(SELECT val FROM up WHERE val > 39 LIMIT 3) AS empty_range;
SELECT array(SELECT val FROM up LIMIT NULL) AS limit_null,
       array(SELECT val FROM up OFFSET NULL LIMIT 2) AS offset_null,
       array(SELECT val FROM up ORDER BY val DESC OFFSET NULL LIMIT NULL) AS both_null,
       array(SELECT val FROM up LIMIT ALL OFFSET 8) AS limit_all;
SELECT array(SELECT val FROM up OFFSET 9223372036854775807 LIMIT 9223372036854775807) AS int64_max,
       array(SELECT val FROM up OFFSET 8 LIMIT 9223372036854775807) AS limit_int64_max;
EXPLAIN (COSTS OFF) SELECT val FROM up LIMIT NULL;
EXPLAIN (COSTS OFF) SELECT val FROM up OFFSET 0;

-- negative counts: PostgreSQL's own errors, OFFSET checked first
EXPLAIN (COSTS OFF) SELECT val FROM up OFFSET 1 LIMIT -1;
SELECT val FROM up OFFSET 1 LIMIT -1;
:state
SELECT val FROM up LIMIT -1;
:state
SELECT val FROM up OFFSET -1;
:state
SELECT val FROM up OFFSET -1 LIMIT -1;
:state
SELECT val FROM up ORDER BY val DESC OFFSET 2 LIMIT -9223372036854775808;
:state
SELECT g FROM generate_series(3, 39, 4) g OFFSET -1 LIMIT -1;
:state
SELECT val FROM up WHERE val > 100 LIMIT -1;   -- even with nothing to return
:state

-- OFFSET skips without walking: 10^12 values of a 10^15-value table, in no time
SET statement_timeout = '60s';  -- a guard against walking, which would take hours: not a bound on speed
EXPLAIN (COSTS OFF) SELECT val FROM huge OFFSET 1000000000000 LIMIT 5;
SELECT val FROM huge OFFSET 1000000000000 LIMIT 5;
SELECT val FROM huge ORDER BY val DESC OFFSET 1000000000000 LIMIT 3;
SELECT val FROM huge OFFSET 999999999999998;
SELECT val FROM huge WHERE val >= 123456789012345 AND val < 123456789012350 ORDER BY val DESC OFFSET 1 LIMIT 2;
SELECT val FROM huge WHERE val IN (5, 999999999999999, 1000000000000000, 77) ORDER BY val DESC OFFSET 1;
SELECT explain_analyze($$SELECT val FROM huge ORDER BY val DESC OFFSET 1000000000000 LIMIT 3$$);
RESET statement_timeout;

-- expressions over the column in the target list are computed above the scan
EXPLAIN (COSTS OFF, VERBOSE) SELECT val * 2 AS doubled, val::text AS text FROM up ORDER BY val DESC OFFSET 1 LIMIT 3;
SELECT val * 2 AS doubled, val::text || '!' AS text, 1 AS one FROM up ORDER BY val DESC OFFSET 1 LIMIT 3;
SELECT 'x' AS constant FROM up OFFSET 8;
SELECT FROM up LIMIT 2;
SELECT val, val = 3 AS first FROM up_numeric OFFSET 7 LIMIT 2;
SELECT pg_typeof(val), val FROM up_numeric ORDER BY val DESC LIMIT 2;

-- a real column: pushed without a WHERE clause (its comparisons are never exact bounds)
EXPLAIN (COSTS OFF) SELECT val FROM up_real ORDER BY val DESC OFFSET 2 LIMIT 3;
SELECT array(SELECT val FROM up_real ORDER BY val DESC OFFSET 2 LIMIT 3) AS seqint,
       array(SELECT val FROM up_real ORDER BY val DESC OFFSET 2 LIMIT 3)
         = array(SELECT g::real FROM generate_series(-5, 5) g ORDER BY g DESC OFFSET 2 LIMIT 3) AS same;
EXPLAIN (COSTS OFF) SELECT val FROM up_real WHERE val > 0 LIMIT 3;
SELECT val FROM up_real WHERE val > 0 LIMIT 3;

-- LIMIT and OFFSET as parameters of a generic plan, evaluated at each execution
SET plan_cache_mode = force_generic_plan;
PREPARE page(bigint, bigint) AS SELECT val FROM up ORDER BY val DESC OFFSET $1 LIMIT $2;
EXPLAIN (COSTS OFF) EXECUTE page(1, 2);
EXECUTE page(1, 2);
EXECUTE page(0, 0);
EXECUTE page(8, 100);
EXECUTE page(NULL, 3);
EXECUTE page(7, NULL);
EXECUTE page(-1, 2);
:state
EXECUTE page(1, -2);
:state
EXECUTE page(1, 2);
PREPARE range_page(int, int, bigint) AS
  SELECT val FROM down WHERE val BETWEEN $1 AND $2 ORDER BY val LIMIT $3;
EXPLAIN (COSTS OFF) EXECUTE range_page(10, 40, 2);
EXECUTE range_page(10, 40, 2);
EXECUTE range_page(11, 40, 10);
EXECUTE range_page(40, 10, 2);
EXECUTE range_page(NULL, 40, 2);
PREPARE members(int[], bigint) AS SELECT val FROM up WHERE val = ANY ($1) ORDER BY val DESC OFFSET $2 LIMIT 2;
EXECUTE members('{3, 39, 20, 15, 19}', 1);
EXECUTE members('{3, 39, 20, 15, 19}', 3);
EXECUTE members(NULL, 0);
DEALLOCATE page;
DEALLOCATE range_page;
DEALLOCATE members;
RESET plan_cache_mode;

-- a LIMIT that depends on the outer query, and bounds from it, evaluated at each rescan
EXPLAIN (COSTS OFF) SELECT n, array(SELECT val FROM up WHERE val >= n * 10 ORDER BY val DESC LIMIT n) FROM generate_series(0, 4) n;
SELECT n, array(SELECT val FROM up WHERE val >= n * 10 ORDER BY val DESC LIMIT n) AS seqint,
       array(SELECT val FROM up WHERE val >= n * 10 ORDER BY val DESC LIMIT n)
         = array(SELECT g FROM generate_series(3, 39, 4) g WHERE g >= n * 10 ORDER BY g DESC LIMIT n) AS same
  FROM generate_series(0, 4) n;
SELECT n, s.val FROM generate_series(1, 3) n, LATERAL (SELECT val FROM down OFFSET n LIMIT 2) s;
-- a pushed LIMIT inside a subquery; the outer aggregate is PostgreSQL's
SELECT sum(val), count(*) FROM (SELECT val FROM down ORDER BY val LIMIT 4) s;

-- a cursor over a pushed scan
BEGIN;
DECLARE c SCROLL CURSOR FOR SELECT val FROM up ORDER BY val DESC OFFSET 2 LIMIT 4;
FETCH 2 FROM c;
FETCH ALL FROM c;
FETCH BACKWARD 3 FROM c;
FETCH FIRST FROM c;
COMMIT;

-- not pushed, and still right: a filter that is not an exact bound, an OR, WITH TIES,
-- DISTINCT, whole rows, system columns, FOR UPDATE, an ORDER BY on something else, a
-- join, a window function, a set operation
EXPLAIN (COSTS OFF) SELECT val FROM up WHERE (val + 0) % 2 = 1 LIMIT 2;
SELECT array(SELECT val FROM up WHERE (val + 0) % 2 = 1 OFFSET 1 LIMIT 2) AS seqint,
       array(SELECT val FROM up WHERE (val + 0) % 2 = 1 OFFSET 1 LIMIT 2)
         = array(SELECT g FROM generate_series(3, 39, 4) g WHERE g % 2 = 1 OFFSET 1 LIMIT 2) AS same;
EXPLAIN (COSTS OFF) SELECT val FROM up WHERE val < 10 OR val > 30 LIMIT 3;
SELECT val FROM up WHERE val < 10 OR val > 30 LIMIT 3;
EXPLAIN (COSTS OFF) SELECT val FROM up ORDER BY val FETCH FIRST 2 ROWS WITH TIES;
SELECT val FROM up ORDER BY val FETCH FIRST 2 ROWS WITH TIES;
SELECT val FROM up ORDER BY val DESC FETCH FIRST 2 ROWS ONLY;
EXPLAIN (COSTS OFF) SELECT DISTINCT val FROM up LIMIT 2;
SELECT DISTINCT val FROM up ORDER BY val LIMIT 2;
EXPLAIN (COSTS OFF) SELECT up FROM up LIMIT 2;
SELECT up FROM up LIMIT 2;
SELECT up.*, up FROM up ORDER BY val DESC LIMIT 2;
SELECT tableoid::regclass, val FROM up LIMIT 2;
EXPLAIN (COSTS OFF) SELECT val FROM up LIMIT 2 FOR UPDATE;
SELECT val FROM up LIMIT 2 FOR UPDATE;
EXPLAIN (COSTS OFF) SELECT val FROM up ORDER BY val::text LIMIT 3;
SELECT val FROM up ORDER BY val::text LIMIT 3;
SELECT val FROM up ORDER BY -val LIMIT 3;
EXPLAIN (COSTS OFF) SELECT u.val, d.val FROM up u JOIN down d ON d.val = u.val + 2 ORDER BY u.val LIMIT 2;
SELECT u.val, d.val FROM up u JOIN down d ON d.val = u.val + 2 ORDER BY u.val LIMIT 2;
SELECT val, count(*) OVER () FROM up LIMIT 2;
SELECT val FROM up UNION ALL SELECT val FROM down LIMIT 12;
SELECT val, generate_series(1, 2) AS n FROM up LIMIT 3;

DROP FUNCTION explain_analyze(text);
DROP SERVER limit_srv CASCADE;
