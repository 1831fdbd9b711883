-- parameterized.sql — join clauses bound the inner scan of a nested loop: each outer row probes the
-- sequence instead of the join walking it.
--
-- The seqint tables have 10^12 values; every answer is checked against the same query over
-- p_window(), a generate_series of the sequence's values around the outer row's.

\i sql/helpers/explain_analyze.sql

CREATE SERVER parameterized_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE p_big (val bigint) SERVER parameterized_srv OPTIONS (end '1000000000000');
CREATE FOREIGN TABLE p_step (val bigint) SERVER parameterized_srv
  OPTIONS (start '1', end '4000000000001', step '4');
CREATE FOREIGN TABLE p_down (val int) SERVER parameterized_srv OPTIONS (start '100', end '0', step '-7');

-- The values of the sequence start, start + step, … (n values) whose positions lie within
-- `radius` of the position nearest `near` (none when near is NULL): generate_series over a
-- window of the sequence.
CREATE FUNCTION p_window(start bigint, step bigint, n bigint, near numeric, radius int)
RETURNS SETOF bigint LANGUAGE sql AS $$
    SELECT start + step * i
    FROM generate_series(greatest(0, coalesce(floor((near - start) / step) - radius, 1))::bigint,
                         least(n - 1, coalesce(floor((near - start) / step) + radius, 0))::bigint) i
$$;
CREATE FUNCTION p_big_window(near numeric) RETURNS SETOF bigint LANGUAGE sql
  AS $$ SELECT p_window(0, 1, 1000000000000, near, 30) $$;
CREATE FUNCTION p_step_window(near numeric) RETURNS SETOF bigint LANGUAGE sql
  AS $$ SELECT p_window(1, 4, 1000000000000, near, 8) $$;

CREATE TEMP TABLE p_h (id int, x bigint, a bigint, b bigint);
INSERT INTO p_h VALUES
  (1, -5, -10, -3), (2, 0, 0, 2), (3, 1, 1, 1), (4, 2, 3, 9), (5, 5, 5, 4), (6, 5, 999999999995, 1000000000005),
  (7, NULL, NULL, 3), (8, 999999999999, 3999999999990, 4000000000010), (9, 1000000000000, 7, 6),
  (10, 3999999999997, 20, 33), (11, 3999999999998, 3999999999997, 3999999999997), (12, 4000000000001, 4000000000001, 4000000000100);
ANALYZE p_h;
CREATE TEMP TABLE p_one (x bigint);
INSERT INTO p_one VALUES (999999999997);
ANALYZE p_one;

-- equality: a Nested Loop whose inner scan is bounded by the outer row's value
EXPLAIN (COSTS OFF) SELECT h.x, t.val FROM p_h h JOIN p_big t ON t.val = h.x;
EXPLAIN (COSTS OFF) SELECT h.x, t.val FROM p_h h LEFT JOIN p_step t ON t.val = h.x;
SELECT explain_analyze($$SELECT o.x, t.val FROM p_one o JOIN p_big t ON t.val = o.x$$);
SELECT explain_analyze($$SELECT o.x, t.val FROM p_one o JOIN p_step t ON t.val = o.x$$);
-- values outside the range, between the steps, NULL, and duplicated outer rows
SELECT h.id, h.x, t.val,
       (t.val IS NOT NULL) = coalesce(h.x IN (SELECT p_big_window(h.x)), false) AS same
  FROM p_h h LEFT JOIN p_big t ON t.val = h.x ORDER BY h.id;
SELECT h.id, h.x, t.val,
       (t.val IS NOT NULL) = coalesce(h.x IN (SELECT p_step_window(h.x)), false) AS same
  FROM p_h h LEFT JOIN p_step t ON t.val = h.x ORDER BY h.id;
SELECT count(*) AS inner_join_rows FROM p_h h JOIN p_step t ON t.val = h.x;
-- an integer outer column of another width
CREATE TEMP TABLE p_small (s smallint, i int);
INSERT INTO p_small VALUES (-1, -1), (3, 5), (9, 4), (100, 2000000001), (NULL, NULL);
ANALYZE p_small;
EXPLAIN (COSTS OFF) SELECT s.s, t.val FROM p_small s JOIN p_down t ON t.val = s.s;
SELECT array(SELECT row(s.s, t.val)::text FROM p_small s JOIN p_down t ON t.val = s.s ORDER BY 1) AS smallint_join,
       array(SELECT row(s.i, t.val)::text FROM p_small s JOIN p_step t ON t.val = s.i ORDER BY 1) AS int_join,
       array(SELECT row(s.s, g)::text FROM p_small s JOIN generate_series(100, 1, -7) g ON g = s.s ORDER BY 1) AS expected_smallint,
       array(SELECT row(s.i, g)::text FROM p_small s JOIN p_step_window(s.i) g ON g = s.i ORDER BY 1) AS expected_int;
-- the row estimate of the inner scan: one value per probe
CREATE FUNCTION p_scan_rows(query text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
    plan jsonb;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) ' || query INTO plan;
    RETURN (jsonb_path_query_first(plan, 'strict $.**? (@."Node Type" == "Foreign Scan")')->>'Plan Rows')::numeric;
END $$;
SELECT p_scan_rows('SELECT h.x, t.val FROM p_h h JOIN p_big t ON t.val = h.x') AS big_rows_per_probe,
       p_scan_rows('SELECT h.x, t.val FROM p_h h JOIN p_step t ON t.val = h.x') AS step_rows_per_probe;

-- range join clauses: ON val BETWEEN h.a AND h.b
EXPLAIN (COSTS OFF) SELECT h.id, t.val FROM p_h h JOIN p_step t ON t.val BETWEEN h.a AND h.b;
WITH got AS (
  SELECT h.id, h.a, h.b, coalesce(array_agg(t.val ORDER BY t.val) FILTER (WHERE t.val IS NOT NULL), '{}') AS vals
    FROM p_h h LEFT JOIN p_step t ON t.val BETWEEN h.a AND h.b GROUP BY h.id, h.a, h.b)
SELECT id, a, b, vals,
       vals = array(SELECT g FROM p_step_window(a) g WHERE g BETWEEN a AND b ORDER BY g) AS same
  FROM got ORDER BY id;
WITH got AS (
  SELECT h.id, h.a, h.b, coalesce(array_agg(t.val ORDER BY t.val) FILTER (WHERE t.val IS NOT NULL), '{}') AS vals
    FROM p_h h LEFT JOIN p_big t ON t.val BETWEEN h.a AND h.b GROUP BY h.id, h.a, h.b)
SELECT id, a, b, vals,
       vals = array(SELECT g FROM p_big_window(a) g WHERE g BETWEEN a AND b ORDER BY g) AS same
  FROM got ORDER BY id;

-- range clauses through LATERAL, with an expression of the outer row
EXPLAIN (COSTS OFF)
  SELECT h.id, s.val FROM p_h h, LATERAL (SELECT val FROM p_step t WHERE t.val BETWEEN h.a AND h.a + 8) s;
SELECT h.id, h.a,
       array_agg(s.val ORDER BY s.val) AS vals,
       array_agg(s.val ORDER BY s.val) = array(SELECT g FROM p_step_window(h.a) g WHERE g BETWEEN h.a AND h.a + 8 ORDER BY g) AS same
  FROM p_h h, LATERAL (SELECT val FROM p_step t WHERE t.val BETWEEN h.a AND h.a + 8) s
  GROUP BY h.id, h.a ORDER BY h.id;
-- with fractional numeric bounds
CREATE TEMP TABLE p_frac (n numeric);
INSERT INTO p_frac VALUES (4.5), (5), (5.25), (999999999996.5), (-0.5), (1e20);
ANALYZE p_frac;
EXPLAIN (COSTS OFF) SELECT f.n, t.val FROM p_frac f JOIN p_step t ON t.val > f.n - 1 AND t.val <= f.n + 4;
SELECT f.n, array_agg(t.val ORDER BY t.val) FILTER (WHERE t.val IS NOT NULL) AS vals,
       array_agg(t.val ORDER BY t.val) FILTER (WHERE t.val IS NOT NULL) IS NOT DISTINCT FROM
         (SELECT array_agg(g ORDER BY g) FROM p_step_window(least(f.n, 1e13)) g WHERE g > f.n - 1 AND g <= f.n + 4) AS same
  FROM p_frac f LEFT JOIN p_step t ON t.val > f.n - 1 AND t.val <= f.n + 4
  GROUP BY f.n ORDER BY f.n;

-- equality through a widening cast: t.val::numeric = f.n and t.val::float8 = d.x still give
-- a parameterized path (no hash join walking all 10^12 values)
EXPLAIN (COSTS OFF) SELECT f.n, t.val FROM p_frac f JOIN p_big t ON t.val = f.n;
SELECT f.n, t.val FROM p_frac f JOIN p_big t ON t.val = f.n ORDER BY f.n;
CREATE TEMP TABLE p_double (x double precision);
INSERT INTO p_double VALUES (3), (3.5), (999999999999), (1e300), ('NaN');
ANALYZE p_double;
-- the plan: the outer float bounds the scan to the one integer it can equal, and the float
-- comparison stays a Filter. Shown with the Filter's operands in the order 13 to 17 print
-- them ("d.x = (val)::double precision"); 18 prints "(val)::double precision = d.x".
CREATE FUNCTION p_explain_float_join(query text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    line text;
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
        RETURN NEXT replace(line, 'Filter: ((val)::double precision = d.x)',
                            'Filter: (d.x = (val)::double precision)');
    END LOOP;
END $$;
SELECT p_explain_float_join('SELECT d.x, t.val FROM p_double d JOIN p_big t ON t.val = d.x');
DROP FUNCTION p_explain_float_join(text);
SELECT d.x, t.val FROM p_double d JOIN p_big t ON t.val = d.x ORDER BY d.x;

-- ORs and arrays of outer values
EXPLAIN (COSTS OFF) SELECT h.id, t.val FROM p_h h JOIN p_big t ON t.val = h.x OR t.val = h.x + 2;
SELECT array(SELECT row(h.id, t.val)::text FROM p_h h JOIN p_big t ON t.val = h.x OR t.val = h.x + 2 ORDER BY h.id, t.val) AS or_join,
       array(SELECT row(h.id, g)::text FROM p_h h JOIN p_big_window(h.x) g ON g = h.x OR g = h.x + 2 ORDER BY h.id, g) AS expected;
EXPLAIN (COSTS OFF) SELECT h.id, t.val FROM p_h h JOIN p_step t ON t.val = ANY(ARRAY[h.x, h.a, h.b]);
SELECT array(SELECT row(h.id, t.val)::text FROM p_h h JOIN p_step t ON t.val = ANY(ARRAY[h.x, h.a, h.b]) ORDER BY h.id, t.val) AS any_join;
SELECT array(SELECT row(h.id, v)::text FROM p_h h, unnest(ARRAY[h.x, h.a, h.b]) v
             WHERE v IN (SELECT p_step_window(v)) GROUP BY h.id, v ORDER BY h.id, v) AS expected;

-- correlated subqueries: the scan is rescanned with each outer row's value as $0
EXPLAIN (COSTS OFF) SELECT h.id, (SELECT t.val FROM p_big t WHERE t.val = h.x) FROM p_h h;
SELECT h.id, h.x, (SELECT t.val FROM p_big t WHERE t.val = h.x) AS found,
       (SELECT t.val FROM p_big t WHERE t.val = h.x) IS NOT DISTINCT FROM (SELECT g FROM p_big_window(h.x) g WHERE g = h.x) AS same
  FROM p_h h ORDER BY h.id;
EXPLAIN (COSTS OFF) SELECT h.id, (SELECT count(*) FROM p_step t WHERE t.val > h.x AND t.val <= h.x + 10) FROM p_h h;
SELECT h.id, h.x, (SELECT count(*) FROM p_step t WHERE t.val > h.x AND t.val <= h.x + 10) AS count_next_10,
       (SELECT count(*) FROM p_step t WHERE t.val > h.x AND t.val <= h.x + 10) =
       (SELECT count(*) FROM p_step_window(h.x) g WHERE g > h.x AND g <= h.x + 10) AS same
  FROM p_h h ORDER BY h.id;
-- EXISTS, NOT EXISTS and IN keep their bounds: EXISTS becomes a plain join (the inner side is
-- unique on val, so no row can match twice), NOT EXISTS an anti join
EXPLAIN (COSTS OFF) SELECT h.id FROM p_h h WHERE EXISTS (SELECT 1 FROM p_step t WHERE t.val = h.x);
EXPLAIN (COSTS OFF) SELECT h.id FROM p_h h WHERE NOT EXISTS (SELECT 1 FROM p_step t WHERE t.val = h.x);
SELECT array(SELECT h.id FROM p_h h WHERE EXISTS (SELECT 1 FROM p_step t WHERE t.val = h.x) ORDER BY 1) AS exists_ids,
       array(SELECT h.id FROM p_h h WHERE NOT EXISTS (SELECT 1 FROM p_step t WHERE t.val = h.x) ORDER BY 1) AS not_exists_ids,
       array(SELECT h.id FROM p_h h WHERE h.x IN (SELECT val FROM p_step) ORDER BY 1) AS in_ids,
       array(SELECT h.id FROM p_h h WHERE h.x IN (SELECT p_step_window(h.x)) ORDER BY 1) AS expected_ids;

-- rescans re-evaluate the parameters: a seqint table probing another, and itself
EXPLAIN (COSTS OFF)
  SELECT a.val, array(SELECT b.val FROM p_down b WHERE b.val < a.val ORDER BY b.val DESC LIMIT 2) FROM p_down a;
SELECT array_agg(a.val ORDER BY a.val DESC) AS outer_vals,
       bool_and(array(SELECT b.val FROM p_down b WHERE b.val < a.val ORDER BY b.val DESC LIMIT 2) =
                array(SELECT g FROM generate_series(100, 1, -7) g WHERE g < a.val ORDER BY g DESC LIMIT 2)) AS same
  FROM p_down a;
SELECT a.val, array(SELECT b.val FROM p_down b WHERE b.val < a.val ORDER BY b.val DESC LIMIT 2) AS next_two
  FROM p_down a WHERE a.val < 20 ORDER BY a.val;
-- backward ordered scans, rescanned with new bounds and IN lists for each outer row
EXPLAIN (COSTS OFF)
  SELECT h.id, array(SELECT val FROM p_step t WHERE t.val BETWEEN h.a AND h.b ORDER BY val DESC LIMIT 3) FROM p_h h;
SELECT h.id, h.a, h.b,
       array(SELECT val FROM p_step t WHERE t.val BETWEEN h.a AND h.b ORDER BY val DESC LIMIT 3) AS top3,
       array(SELECT val FROM p_step t WHERE t.val = ANY(ARRAY[h.a + 1, h.b - 3, h.b + 1]) ORDER BY val DESC) AS members_desc,
       array(SELECT val FROM p_step t WHERE t.val BETWEEN h.a AND h.b ORDER BY val DESC LIMIT 3) =
         array(SELECT g FROM p_step_window(least(h.b, 3999999999997)) g WHERE g BETWEEN h.a AND h.b ORDER BY g DESC LIMIT 3)
       AND array(SELECT val FROM p_step t WHERE t.val = ANY(ARRAY[h.a + 1, h.b - 3, h.b + 1]) ORDER BY val DESC) =
         array(SELECT DISTINCT g FROM unnest(ARRAY[h.a + 1, h.b - 3, h.b + 1]) g
                WHERE g IN (SELECT p_step_window(g)) ORDER BY g DESC) AS same
  FROM p_h h ORDER BY h.id;
EXPLAIN (COSTS OFF) SELECT a.val, b.val FROM p_big a JOIN p_step b ON b.val = a.val * 4 + 1 WHERE a.val >= 999999999997;
SELECT array(SELECT row(a.val, b.val)::text FROM p_big a JOIN p_step b ON b.val = a.val * 4 + 1
             WHERE a.val >= 999999999997 ORDER BY a.val) AS probes,
       array(SELECT row(g, g * 4 + 1)::text FROM generate_series(999999999997, 999999999999) g ORDER BY g) AS expected;
EXPLAIN (COSTS OFF) SELECT a.val, b.val FROM p_down a JOIN p_step b ON b.val BETWEEN a.val AND a.val + 3;
SELECT array(SELECT row(a.val, b.val)::text FROM p_down a JOIN p_step b ON b.val BETWEEN a.val AND a.val + 3 ORDER BY a.val) AS range_probes,
       array(SELECT row(a, b)::text FROM generate_series(100, 1, -7) a JOIN generate_series(1, 200, 4) b
               ON b BETWEEN a AND a + 3 ORDER BY a) AS expected;

DROP SERVER parameterized_srv CASCADE;
DROP FUNCTION explain_analyze, p_big_window, p_step_window, p_window, p_scan_rows;
