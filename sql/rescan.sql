-- rescan.sql — a rescanned seqint scan starts over at start (not 0), ascending and descending.
CREATE SERVER rescan_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE rescan_five (val int) SERVER rescan_srv OPTIONS (start '5', end '8');
CREATE FOREIGN TABLE rescan_down (val int) SERVER rescan_srv OPTIONS (start '10', end '0', step '-3');
CREATE FOREIGN TABLE rescan_small (val int) SERVER rescan_srv OPTIONS (start '1', end '4');

-- the tables themselves
SELECT array_agg(val) FROM rescan_five;
SELECT array_agg(val) FROM rescan_down;

-- LATERAL: the inner scan runs once per outer row, each time from 5
SELECT x, array_agg(f.val ORDER BY f.val) AS vals
  FROM generate_series(4, 8) x,
       LATERAL (SELECT val FROM rescan_five WHERE val <= x) f
 GROUP BY x ORDER BY x;

SELECT x, f.val
  FROM generate_series(1, 3) x,
       LATERAL (SELECT val FROM rescan_five WHERE val + x > 7) f
 ORDER BY x, f.val;

-- LATERAL over the descending sequence
SELECT x, string_agg(f.val::text, ',' ORDER BY f.val DESC) AS vals
  FROM generate_series(0, 3) x,
       LATERAL (SELECT val FROM rescan_down WHERE val > x * 3) f
 GROUP BY x ORDER BY x;

-- forced nested loops: the inner Foreign Scan is rescanned for every outer row
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SET enable_material = off;

EXPLAIN (COSTS OFF)
SELECT o.val AS o, i.val AS i FROM rescan_small o JOIN rescan_five i ON i.val > o.val + 3;

SELECT o.val AS o, i.val AS i
  FROM rescan_small o JOIN rescan_five i ON i.val > o.val + 3
 ORDER BY o, i;

-- every outer row sees all of 5, 6, 7 again
SELECT o.val AS o, count(*), min(i.val), max(i.val)
  FROM rescan_small o JOIN rescan_five i ON true
 GROUP BY o.val ORDER BY o.val;

-- the full cross product equals the same product over generate_series
SELECT (SELECT array_agg(o.val * 100 + i.val ORDER BY o.val, i.val)
          FROM rescan_small o, rescan_five i)
     = (SELECT array_agg(o * 100 + i ORDER BY o, i)
          FROM generate_series(1, 3) o, generate_series(5, 7) i) AS same;

-- descending inner, rescanned
EXPLAIN (COSTS OFF)
SELECT o.val, d.val FROM rescan_small o JOIN rescan_down d ON d.val > o.val * 3;

SELECT o.val AS o, string_agg(d.val::text, ',' ORDER BY d.val DESC) AS vals
  FROM rescan_small o JOIN rescan_down d ON d.val > o.val * 3
 GROUP BY o.val ORDER BY o.val;

SELECT (SELECT array_agg(o.val * 100 + d.val ORDER BY o.val, d.val)
          FROM rescan_small o JOIN rescan_down d ON d.val >= o.val)
     = (SELECT array_agg(o * 100 + d ORDER BY o, d)
          FROM generate_series(1, 3) o JOIN generate_series(10, 1, -3) d ON d >= o) AS same;

-- a seqint table rescanned as the inner side of a join with itself
SELECT a.val AS a, b.val AS b
  FROM rescan_five a JOIN rescan_five b ON b.val >= a.val
 ORDER BY a, b;

RESET enable_hashjoin;
RESET enable_mergejoin;
RESET enable_material;

-- correlated subplans: the subquery's scan is rescanned per outer row
EXPLAIN (COSTS OFF)
SELECT x, (SELECT count(*) FROM rescan_five WHERE val < x) FROM generate_series(1, 5) x;

SELECT x, (SELECT count(*) FROM rescan_five WHERE val < x) AS below
  FROM generate_series(4, 9) x ORDER BY x;

SELECT x, (SELECT min(val) FROM rescan_five WHERE val >= x) AS first_at_least
  FROM generate_series(3, 8) x ORDER BY x;

SELECT x, (SELECT array_agg(val) FROM rescan_down WHERE val <= x) AS vals
  FROM generate_series(0, 11, 2) x ORDER BY x;

-- EXISTS and IN as subplans, run once per outer row (in the select list, or under OR,
-- the planner cannot turn them into joins). OFFSET 0 keeps the EXISTS a correlated subplan,
-- rescanned with the outer value as its bound: without it the planner may turn it into a
-- hashed subplan that scans the table once (15 and later choose by cost, 13 plans both and
-- chooses when it runs), which would not test a rescan.
EXPLAIN (COSTS OFF)
SELECT x, EXISTS (SELECT 1 FROM rescan_five WHERE val = x OFFSET 0),
       x IN (SELECT val FROM rescan_down WHERE val <> x + 100)
  FROM generate_series(0, 11) x;

SELECT x, EXISTS (SELECT 1 FROM rescan_five WHERE val = x OFFSET 0) AS in_five,
       x IN (SELECT val FROM rescan_down WHERE val <> x + 100) AS in_down
  FROM generate_series(0, 11) x ORDER BY x;

SELECT x FROM generate_series(0, 12) x
 WHERE EXISTS (SELECT 1 FROM rescan_down WHERE val = x) OR x = 0
 ORDER BY x;

SELECT x FROM generate_series(0, 10) x
 WHERE x IN (SELECT val FROM rescan_five WHERE val <> x + 100) OR x = 0
 ORDER BY x;

SELECT x FROM generate_series(0, 12) x
 WHERE x NOT IN (SELECT val FROM rescan_down WHERE val >= 0 OR x < 0)
 ORDER BY x;

-- probes: a nested loop restarts the scan per outer row with one equality (outer columns of
-- every integer type, and numeric) or one range, NULLs, values between the steps and outside,
-- on an ascending and a descending table, walked either way; each against generate_series
CREATE FOREIGN TABLE rescan_probe (val bigint) SERVER rescan_srv OPTIONS (start '-20', end '41', step '3');
CREATE FOREIGN TABLE rescan_probe_down (val int) SERVER rescan_srv OPTIONS (start '40', end '-21', step '-3');
CREATE TABLE rescan_keys (i2 smallint, i4 int, i8 bigint, n numeric, lo int, hi int);
INSERT INTO rescan_keys
  SELECT k, k, k, k + 0.5 * (k % 2), k, k + (k % 5) FROM generate_series(-25, 45, 4) k;
INSERT INTO rescan_keys VALUES (NULL, NULL, NULL, NULL, NULL, 10), (-32768, -2147483648, -9223372036854775808, 1e30, 40, NULL);
ANALYZE rescan_keys;
SET enable_material = off;
EXPLAIN (COSTS OFF) SELECT k.i2, t.val FROM rescan_keys k JOIN rescan_probe t ON t.val = k.i2;
SELECT count(*) AS keys,
       count(*) FILTER (WHERE (SELECT array_agg(val) FROM rescan_probe t WHERE t.val = k.i2)
                              IS NOT DISTINCT FROM
                              (SELECT array_agg(g) FROM generate_series(-20::bigint, 40, 3) g WHERE g = k.i2)) AS i2_same,
       count(*) FILTER (WHERE (SELECT array_agg(val) FROM rescan_probe_down t WHERE t.val = k.i4)
                              IS NOT DISTINCT FROM
                              (SELECT array_agg(g) FROM generate_series(40, -20, -3) g WHERE g = k.i4)) AS i4_same,
       count(*) FILTER (WHERE (SELECT array_agg(val) FROM rescan_probe t WHERE t.val = k.i8)
                              IS NOT DISTINCT FROM
                              (SELECT array_agg(g) FROM generate_series(-20::bigint, 40, 3) g WHERE g = k.i8)) AS i8_same,
       count(*) FILTER (WHERE (SELECT array_agg(val) FROM rescan_probe t WHERE t.val = k.n)
                              IS NOT DISTINCT FROM
                              (SELECT array_agg(g) FROM generate_series(-20::bigint, 40, 3) g WHERE g = k.n)) AS numeric_same,
       count(*) FILTER (WHERE (SELECT array_agg(val ORDER BY val DESC) FROM rescan_probe t
                                WHERE t.val BETWEEN k.lo AND k.hi)
                              IS NOT DISTINCT FROM
                              (SELECT array_agg(g ORDER BY g DESC) FROM generate_series(-20::bigint, 40, 3) g
                                WHERE g BETWEEN k.lo AND k.hi)) AS range_same,
       count(*) FILTER (WHERE (SELECT array_agg(val ORDER BY val) FROM rescan_probe_down t
                                WHERE t.val > k.lo AND t.val <= k.hi)
                              IS NOT DISTINCT FROM
                              (SELECT array_agg(g ORDER BY g) FROM generate_series(40, -20, -3) g
                                WHERE g > k.lo AND g <= k.hi)) AS down_range_same
  FROM rescan_keys k;
SELECT k.i4, t.val FROM rescan_keys k JOIN rescan_probe_down t ON t.val = k.i4 ORDER BY 1;
SELECT k.lo, k.hi, array_agg(t.val ORDER BY t.val DESC) FROM rescan_keys k
  JOIN rescan_probe t ON t.val >= k.lo AND t.val < k.hi GROUP BY 1, 2 ORDER BY 1, 2;
RESET enable_material;
DROP TABLE rescan_keys;

DROP SERVER rescan_srv CASCADE;
