-- modular.sql — `val % m = r` and `mod(val, m) = r` in closed form: the scan walks only the
-- matching values (an arithmetic sequence of their own), in either direction and in parallel
-- chunks, counts and aggregates them without walking, and leaves no filter. PostgreSQL's
-- rules: the remainder takes the sign of val (-7 % 3 = -1), m of either sign, |m| = 1 gives 0
-- (INT64_MIN % -1 too), and m = 0 raises division by zero. Then `val % m <> r`,
-- `(val % m) IN (…)`, `(val % m) NOT IN (…)` and remainders inside ORs: unions of residue
-- classes, walked run by run.
CREATE SERVER mod_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE mod_up (val int) SERVER mod_srv OPTIONS (start '0', end '1000');
CREATE FOREIGN TABLE mod_signed (val int) SERVER mod_srv OPTIONS (start '-50', end '51', step '3');
CREATE FOREIGN TABLE mod_down (val smallint) SERVER mod_srv OPTIONS (start '40', end '-41', step '-7');
CREATE FOREIGN TABLE mod_big (val bigint) SERVER mod_srv OPTIONS (end '1000000000000000');
CREATE FOREIGN TABLE mod_all (val bigint) SERVER mod_srv
  OPTIONS (start '-9223372036854775808', end '9223372036854775807');
CREATE FOREIGN TABLE mod_numeric (val numeric) SERVER mod_srv OPTIONS (start '0', end '100');
CREATE DOMAIN mod_even AS int CHECK (VALUE % 2 = 0);
CREATE FOREIGN TABLE mod_checked (val mod_even) SERVER mod_srv OPTIONS (start '0', end '100', step '2');
\i sql/helpers/explain_analyze.sql
\i sql/helpers/estimated_rows.sql

-- a bound, not a filter; the planner knows the count; only matching values are walked
EXPLAIN (COSTS OFF) SELECT val FROM mod_up WHERE val % 7 = 3;
SELECT estimated_rows('SELECT val FROM mod_up WHERE val % 7 = 3');
SELECT explain_analyze('SELECT val FROM mod_up WHERE val % 7 = 3');
SELECT array(SELECT val FROM mod_up WHERE val % 7 = 3)
     = array(SELECT g FROM generate_series(0, 999) g WHERE g % 7 = 3) AS same;
-- both directions, OFFSET and LIMIT pushed
SELECT val FROM mod_up WHERE val % 7 = 3 ORDER BY val DESC LIMIT 4;
SELECT val FROM mod_up WHERE val % 7 = 3 ORDER BY val OFFSET 140;
EXPLAIN (COSTS OFF) SELECT val FROM mod_up WHERE val % 7 = 3 ORDER BY val DESC OFFSET 2 LIMIT 3;
SELECT val FROM mod_up WHERE val % 7 = 3 ORDER BY val DESC OFFSET 2 LIMIT 3;
-- aggregates in closed form, equal to PostgreSQL's
EXPLAIN (COSTS OFF) SELECT count(*), sum(val), avg(val), min(val), max(val) FROM mod_up WHERE val % 7 = 3;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), avg(val), min(val), max(val) FROM mod_up WHERE val % 7 = 3) pushed,
       (SELECT count(*), sum(g), avg(g), min(g), max(g) FROM generate_series(0, 999) g WHERE g % 7 = 3) postgres;

-- the forms: mod(), the remainder on the left, a divisor of another integer type, a cast
EXPLAIN (COSTS OFF) SELECT val FROM mod_up WHERE mod(val, 100) = 42;
SELECT val FROM mod_up WHERE mod(val, 100) = 42;
SELECT val FROM mod_up WHERE 42 = val % 100::bigint;
SELECT val FROM mod_up WHERE val::bigint % 300 = 299;
SELECT val FROM mod_down WHERE val % 7::smallint = 5;
SELECT val FROM mod_down WHERE val % 7 = -2;

-- the signs: every divisor -8 … 8 but 0, every remainder -9 … 9, against generate_series
SELECT count(*) AS cases,
       count(*) FILTER (WHERE seqint IS NOT DISTINCT FROM postgres) AS same
  FROM generate_series(-8, 8) m, generate_series(-9, 9) r,
       LATERAL (SELECT array(SELECT val FROM mod_signed WHERE val % m = r) AS seqint,
                       array(SELECT g FROM generate_series(-50, 50, 3) g WHERE g % m = r) AS postgres) t
 WHERE m <> 0;
SELECT val FROM mod_signed WHERE val % 7 = -1;
SELECT val FROM mod_signed WHERE val % -7 = 1;
SELECT count(*) FROM mod_signed WHERE val % 7 = 7;        -- no remainder is 7: nothing
SELECT count(*) FROM mod_signed WHERE val % 1 = 0;        -- every value
SELECT count(*) FROM mod_signed WHERE val % -1 = 1;       -- remainders by ±1 are 0
SELECT count(*) FROM mod_signed WHERE val % 7 = NULL;     -- NULL: nothing

-- ANDed with ranges, with each other (one progression again, or none), with IN lists and ORs
SELECT val FROM mod_up WHERE val BETWEEN 100 AND 160 AND val % 7 = 3;
EXPLAIN (COSTS OFF) SELECT val FROM mod_up WHERE val % 6 = 2 AND val % 10 = 4;
SELECT val FROM mod_up WHERE val % 6 = 2 AND val % 10 = 4 AND val < 200;
SELECT count(*) FROM mod_up WHERE val % 4 = 1 AND val % 6 = 2;  -- odd and even: none
SELECT val FROM mod_up WHERE val IN (3, 10, 17, 20, 999) AND val % 7 = 3;
SELECT val FROM mod_up WHERE (val < 30 OR val > 970) AND val % 7 = 3;
SELECT val FROM mod_up WHERE (val < 30 OR val > 970) AND val % 7 = 3 ORDER BY val DESC LIMIT 3;
-- in an OR, a remainder is pushed too (see "unions of residue classes" below)
EXPLAIN (COSTS OFF) SELECT val FROM mod_up WHERE val % 7 = 3 OR val < 5;
SELECT count(*) FROM mod_up WHERE val % 7 = 3 OR val < 5;

-- divisors and remainders as parameters (a generic plan) and stable expressions
SET plan_cache_mode = force_generic_plan;
PREPARE mod_p(int, int) AS SELECT count(*), sum(val), min(val), max(val) FROM mod_signed WHERE val % $1 = $2;
EXPLAIN (COSTS OFF) EXECUTE mod_p(7, 3);
EXECUTE mod_p(7, 3);
EXECUTE mod_p(-7, -3);
EXECUTE mod_p(1, 0);
EXECUTE mod_p(NULL, 0);
EXECUTE mod_p(7, NULL);
EXECUTE mod_p(0, 1);  -- division by zero, as PostgreSQL raises it
PREPARE mod_p_empty(int) AS SELECT count(*) FROM mod_signed WHERE val > 1000 AND val % $1 = 0;
EXECUTE mod_p_empty(0);  -- no value reaches the remainder: nothing to divide
RESET plan_cache_mode;
SELECT val FROM mod_up WHERE val % (SELECT 250) = (SELECT 249);
SELECT val FROM mod_up WHERE val % length('abcdefghij') = 9 AND val > 950;
-- a constant divisor of 0 is left to PostgreSQL
EXPLAIN (COSTS OFF) SELECT val FROM mod_up WHERE val % 0 = 1;
SELECT val FROM mod_up WHERE val % 0 = 1;

-- joins: a nested loop probes the sequence with the outer row's remainder (a parameterized
-- path); a divisor from the outer row as well leaves the clause to the join, as PostgreSQL
-- only parameterizes a scan by clauses whose scan side reads the scan's table alone
CREATE TABLE mod_outer (m int, r int);
INSERT INTO mod_outer VALUES (7, 3), (10, 9), (-3, 0), (250, 249), (7, -1), (7, 6);
ANALYZE mod_outer;
SET enable_hashjoin = off; SET enable_mergejoin = off; SET enable_material = off;
EXPLAIN (COSTS OFF)
  SELECT o.r, count(*), sum(u.val) FROM mod_outer o JOIN mod_up u ON u.val % 7 = o.r GROUP BY 1;
SELECT o.r, count(*), sum(u.val) FROM mod_outer o JOIN mod_up u ON u.val % 7 = o.r GROUP BY 1 ORDER BY 1;
SELECT o.r, count(*), sum(g) FROM mod_outer o JOIN generate_series(0, 999) g ON g % 7 = o.r GROUP BY 1 ORDER BY 1;
EXPLAIN (COSTS OFF)
  SELECT o.m, o.r, count(*), sum(u.val) FROM mod_outer o JOIN mod_up u ON u.val % o.m = o.r GROUP BY 1, 2;
SELECT o.m, o.r, count(*), sum(u.val) FROM mod_outer o JOIN mod_up u ON u.val % o.m = o.r GROUP BY 1, 2 ORDER BY 1, 2;
SELECT o.m, o.r, count(*), sum(g) FROM mod_outer o JOIN generate_series(0, 999) g ON g % o.m = o.r GROUP BY 1, 2 ORDER BY 1, 2;
-- a LATERAL subquery that is not pulled up: the outer columns are parameters of the scan
EXPLAIN (COSTS OFF) SELECT o.m, o.r, t.n FROM mod_outer o,
  LATERAL (SELECT count(*) AS n FROM mod_up u WHERE u.val % o.m = o.r AND u.val < 500) t;
SELECT o.m, o.r, t.n FROM mod_outer o,
  LATERAL (SELECT count(*) AS n FROM mod_up u WHERE u.val % o.m = o.r AND u.val < 500) t ORDER BY 1, 2;
RESET enable_hashjoin; RESET enable_mergejoin; RESET enable_material;

-- 10^15 values: count, order, OFFSET and aggregates without walking
SELECT count(*) FROM mod_big WHERE val % 7 = 3;
SELECT val FROM mod_big WHERE val % 7 = 3 ORDER BY val DESC LIMIT 3;
SELECT val FROM mod_big WHERE val % 7 = 3 OFFSET 100000000000000 LIMIT 2;
SELECT sum(val), avg(val) FROM mod_big WHERE val % 1000000007 = 5;
SELECT explain_analyze('SELECT val FROM mod_big WHERE val % 7 = 3 ORDER BY val DESC LIMIT 3');
-- two moduli: the Chinese remainder theorem, in 128 bits
SELECT count(*) FROM mod_big WHERE val % 1000003 = 5 AND val % 999983 = 7;
SELECT val, (val + 0) % 1000003 AS r1, (val + 0) % 999983 AS r2
  FROM mod_big WHERE val % 1000003 = 5 AND val % 999983 = 7 ORDER BY val DESC LIMIT 2;
SELECT count(*) FROM mod_big WHERE val % 123456789 = 1000 AND val % 987654321 = 2000;  -- gcd 9 divides not 1000: none
-- lcm 13548070124980948, past 10^15: one value at most (13548069135972829 is too big; 987654312001000 fits)
SELECT val FROM mod_big WHERE val % 123456789 = 1000 AND val % 987654321 = 1009;
SELECT val FROM mod_big WHERE val % 123456789 = 1000 AND val % 987654321 = 978655321;

-- unions of residue classes: `val % m <> r`, `(val % m) IN (…)` / `= ANY(array)`, remainders
-- in the arms of ORs (ANDed with comparisons there), exact: no filter, and only the matching
-- values walked
EXPLAIN (COSTS OFF) SELECT val FROM mod_up WHERE val % 7 <> 3;
SELECT estimated_rows('SELECT val FROM mod_up WHERE val % 7 <> 3');
SELECT explain_analyze('SELECT val FROM mod_up WHERE val % 7 <> 3');
EXPLAIN (COSTS OFF) SELECT val FROM mod_up WHERE val % 10 IN (1, 3, 8);
SELECT estimated_rows('SELECT val FROM mod_up WHERE val % 10 IN (1, 3, 8)');
SELECT explain_analyze('SELECT val FROM mod_up WHERE val % 10 IN (1, 3, 8)');
SELECT explain_analyze('SELECT val FROM mod_up WHERE mod(val, 10) = ANY(ARRAY[1, 3, 8]) ORDER BY val DESC');
-- NOT IN (<> ALL) leaves out the classes named; a NULL among them leaves nothing (<> ALL is
-- then false or NULL), an empty array everything; = ALL and <> ANY stay filters
EXPLAIN (COSTS OFF) SELECT val FROM mod_up WHERE val % 10 NOT IN (1, 3, 8);
SELECT estimated_rows('SELECT val FROM mod_up WHERE val % 10 NOT IN (1, 3, 8)');
SELECT explain_analyze('SELECT val FROM mod_up WHERE val % 10 NOT IN (1, 3, 8)');
SELECT explain_analyze('SELECT val FROM mod_up WHERE mod(val, 10) <> ALL(ARRAY[1, 3, 8]) ORDER BY val DESC');
SELECT count(*) FROM mod_up WHERE val % 10 NOT IN (1, 3, 8, NULL);
SELECT count(*) FROM mod_up WHERE val % 10 <> ALL('{}'::int[]);
SELECT val FROM mod_up WHERE val % 7 NOT IN (0, 1, 2, 4, 5, 6) AND val < 30;
EXPLAIN (COSTS OFF) SELECT val FROM mod_up WHERE val % 7 = ALL('{3}'::int[]) AND val < 30;
SELECT val FROM mod_up WHERE val % 7 = ALL('{3}'::int[]) AND val < 30;
EXPLAIN (COSTS OFF) SELECT count(*) FROM mod_up WHERE val % 7 <> ANY('{3, 4}'::int[]);
SELECT count(*) FROM mod_up WHERE val % 7 <> ANY('{3, 4}'::int[]);
EXPLAIN (COSTS OFF) SELECT val FROM mod_up WHERE val % 7 = 3 OR val < 10;
SELECT estimated_rows('SELECT val FROM mod_up WHERE val % 7 = 3 OR val < 10');
SELECT explain_analyze('SELECT val FROM mod_up WHERE val % 7 = 3 OR val < 10');
SELECT explain_analyze('SELECT val FROM mod_up WHERE (val % 7 = 3 AND val > 900) OR (val % 100 <> 0 AND val < 20) OR val % 250 IN (0, 1)');
SELECT val FROM mod_up WHERE (val % 7 = 3 AND val > 900) OR (val % 100 <> 0 AND val < 20) OR val % 250 IN (0, 1);
SELECT val FROM mod_up WHERE val % 7 <> 3 AND val % 4 IN (1, 2) AND val BETWEEN 30 AND 45;
SELECT val FROM mod_up WHERE val % 7 <> 3 AND val % 3 = 1 AND val < 40 ORDER BY val DESC;
SELECT val FROM mod_up WHERE val % 7 IN (3, 5) AND val IN (3, 5, 6, 12, 999, 1000);
SELECT val FROM mod_up WHERE val % 7 <> 3 ORDER BY val DESC OFFSET 5 LIMIT 4;
SELECT count(*), sum(val), min(val), max(val) FROM mod_up WHERE val % 7 <> 3 OR val % 5 = 0;
SELECT count(*), sum(g), min(g), max(g) FROM generate_series(0, 999) g WHERE g % 7 <> 3 OR g % 5 = 0;
EXPLAIN (COSTS OFF) SELECT count(*), sum(val) FROM mod_up WHERE val % 7 <> 3 OR val % 5 = 0;

-- against generate_series: every divisor -8 … 8 but 0 and remainder -9 … 9 in each form, on a
-- sequence across zero and on a descending smallint one; each query's rows in both orders,
-- count, sum, min and max, and its plan without a Filter
CREATE FUNCTION mod_agree(tab text, series text, cond text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    q text := 'SELECT array(SELECT val FROM %1$s WHERE %2$s ORDER BY val)::text'
              ' || array(SELECT val FROM %1$s WHERE %2$s ORDER BY val DESC)::text'
              ' || (SELECT row(count(*), sum(val), min(val), max(val))::text FROM %1$s WHERE %2$s)';
    seqint text;
    postgres text;
    line text;
BEGIN
    FOR line IN EXECUTE format('EXPLAIN (COSTS OFF) SELECT val FROM %s WHERE %s', tab, cond) LOOP
        IF line LIKE '%Filter%' THEN
            RAISE NOTICE 'a filter is left: %', cond;
            RETURN false;
        END IF;
    END LOOP;
    EXECUTE format(q, tab, cond) INTO seqint;
    EXECUTE format(q, series, cond) INTO postgres;
    IF seqint IS DISTINCT FROM postgres THEN
        RAISE NOTICE 'differs: %', cond;
    END IF;
    RETURN seqint IS NOT DISTINCT FROM postgres;
END $$;
SELECT f.form, count(*) AS cases,
       count(*) FILTER (WHERE mod_agree('mod_signed', 'generate_series(-50, 50, 3) val',
                                        format(f.form, m, r))) AS same_signed,
       count(*) FILTER (WHERE mod_agree('mod_down', '(SELECT g::smallint FROM generate_series(40, -40, -7) g) s(val)',
                                        format(f.form, m, r))) AS same_down
  FROM generate_series(-8, 8) m, generate_series(-9, 9) r,
       (VALUES ('val %% %s <> %s'),
               ('val %% %s IN (%s, 1, -2)'),
               ('mod(val, %s) = ANY(ARRAY[%s, 3])'),
               ('val %% %s = %s OR val < -20'),
               ('val %% %s <> %s OR val %% 3 = 1'),
               ('(val %% %s = %s AND val > 0) OR (val %% 5 IN (1, 2) AND val < 10) OR val = -14'),
               ('val %% %s <> %s AND val %% 4 IN (1, 2)'),
               ('val %% %s NOT IN (%s, 1, -2)'),
               ('mod(val, %s) <> ALL(ARRAY[%s, 3]) OR val < -20'),
               ('val %% 3 = 1 AND val %% %s <> %s AND val <= 20')) f(form)
 WHERE m <> 0 GROUP BY f.form ORDER BY f.form;

-- divisors and remainders as parameters: one filter of one divisor is pushed whatever they are
SET plan_cache_mode = force_generic_plan;
PREPARE mod_not(int, int) AS SELECT count(*), sum(val), min(val), max(val) FROM mod_signed WHERE val % $1 <> $2;
EXPLAIN (COSTS OFF) EXECUTE mod_not(7, 3);
EXECUTE mod_not(7, 3);
EXECUTE mod_not(-7, -2);
EXECUTE mod_not(1, 0);
EXECUTE mod_not(NULL, 0);
EXECUTE mod_not(0, 1);  -- division by zero, as PostgreSQL raises it
PREPARE mod_in(int, int[]) AS SELECT array_agg(val) FROM mod_up WHERE val % $1 = ANY($2) AND val < 50;
EXPLAIN (COSTS OFF) EXECUTE mod_in(10, '{1,2}');
EXECUTE mod_in(10, '{1,2,NULL}');
EXECUTE mod_in(10, NULL);
EXECUTE mod_in(-7, '{}');
PREPARE mod_in2(int, int, int) AS SELECT array_agg(val) FROM mod_up WHERE val % $1 IN ($2, $3) AND val < 50;
EXPLAIN (COSTS OFF) EXECUTE mod_in2(10, 1, 2);
EXECUTE mod_in2(12, 11, 0);
PREPARE mod_not_in(int, int[]) AS SELECT array_agg(val) FROM mod_up WHERE val % $1 <> ALL($2) AND val < 20;
EXPLAIN (COSTS OFF) EXECUTE mod_not_in(10, '{1,2}');
EXECUTE mod_not_in(10, '{1,2}');
EXECUTE mod_not_in(10, '{1,2,NULL}');
EXECUTE mod_not_in(10, NULL);
EXECUTE mod_not_in(-7, '{}');
EXECUTE mod_not_in(0, '{1}');  -- division by zero, as PostgreSQL raises it
RESET plan_cache_mode;

-- the int64 edges
SELECT val FROM mod_all WHERE val % -9223372036854775808 IN (0, -1);
SELECT val FROM mod_all WHERE val % -1 <> 0;
SELECT val FROM mod_all WHERE val % 9223372036854775807 <> 0 ORDER BY val DESC LIMIT 2;
SELECT val FROM mod_all WHERE val % 9223372036854775807 <> 0 LIMIT 2;
SELECT val FROM mod_all WHERE val % 4611686018427387904 IN (1, -1) OR val % -4611686018427387904 = 0;
SELECT val FROM mod_all WHERE val % 3 <> 0 ORDER BY val DESC LIMIT 3;
SELECT val FROM mod_all WHERE val % 3 IN (-2, 1) OFFSET 6148914691236517200;
SELECT val FROM mod_all WHERE val % 3 NOT IN (-1, 0, 2) ORDER BY val DESC LIMIT 3;
SELECT min(val), max(val) FROM mod_all WHERE val % 2 <> 0 OR val % 3 = 0;

-- 10^15 values: count, order, OFFSET and aggregates in O(classes)
SELECT count(*) FROM mod_big WHERE val % 7 <> 3;
SELECT val FROM mod_big WHERE val % 7 <> 3 ORDER BY val DESC LIMIT 3;
SELECT val FROM mod_big WHERE val % 7 <> 3 OFFSET 600000000000000 LIMIT 3;
SELECT count(*), sum(val), avg(val) FROM mod_big WHERE val % 1000 IN (1, 999) OR val % 7 = 3;
SELECT count(*) FROM mod_big WHERE val % 7 = 3 OR val < 10;
SELECT count(*), min(val), max(val) FROM mod_big WHERE val % 7 NOT IN (0, 3, 5);
SELECT explain_analyze('SELECT val FROM mod_big WHERE val % 7 <> 3 OR val % 11 = 0 ORDER BY val DESC LIMIT 3');
-- two divisors repeat each other's classes over the lcm: 1009 · 1013 positions, 2023 runs
SELECT count(*), sum(val) FROM mod_big WHERE val % 1009 <> 1 AND val % 1013 <> 2;
SELECT val FROM mod_big WHERE val % 1009 <> 1 AND val % 1013 <> 2 AND val % 1009 IN (1, 2)
 ORDER BY val DESC LIMIT 2;

-- too many runs: past 4096, a union of classes stays a filter (as a single class, an AND's
-- remainder is still pushed)
EXPLAIN (COSTS OFF) SELECT val FROM mod_up WHERE val % 1000003 = 1 OR val % 1000033 = 2;
SELECT count(*) FROM mod_up WHERE val % 1000003 = 1 OR val % 1000033 = 2;
EXPLAIN (COSTS OFF) SELECT val FROM mod_up WHERE val % 10007 <> 1 AND val % 10009 <> 2;
SELECT count(*) FROM mod_up WHERE val % 10007 <> 1 AND val % 10009 <> 2;
-- a divisor that is not a constant, with another union of classes: stays a filter
EXPLAIN (COSTS OFF) SELECT val FROM mod_up WHERE val % 7 <> 1 AND val % length(current_setting('DateStyle')) <> 2;
SELECT count(*) FROM mod_up WHERE val % 7 <> 1 AND val % length(current_setting('DateStyle')) <> 2;
-- a join clause is pushed as a single class at most
SET enable_hashjoin = off; SET enable_mergejoin = off; SET enable_material = off;
EXPLAIN (COSTS OFF)
  SELECT o.r, count(*) FROM mod_outer o JOIN mod_up u ON u.val % 7 <> o.r GROUP BY 1;
SELECT o.r, count(*) FROM mod_outer o JOIN mod_up u ON u.val % 7 <> o.r GROUP BY 1 ORDER BY 1;
RESET enable_hashjoin; RESET enable_mergejoin; RESET enable_material;

-- the int64 edges: every bigint but INT64_MAX
SELECT val FROM mod_all WHERE val % -9223372036854775808 = 0;   -- INT64_MIN and 0
SELECT val FROM mod_all WHERE val % -9223372036854775808 = 0 ORDER BY val DESC;
SELECT val FROM mod_all WHERE val % -1 = 0 LIMIT 3;              -- INT64_MIN % -1 = 0
SELECT val FROM mod_all WHERE val % 9223372036854775807 = -9223372036854775807;
SELECT val FROM mod_all WHERE val % 9223372036854775807 = 9223372036854775806;
SELECT val FROM mod_all WHERE val % 4611686018427387904 = -1 ORDER BY val DESC;
SELECT val FROM mod_all WHERE val % 3 = 2 ORDER BY val DESC LIMIT 2;
SELECT val FROM mod_all WHERE val % 3 = -2 LIMIT 2;
SELECT count(*) FROM mod_all WHERE val % 4611686018427387904 = 1 AND val % 4611686018427387903 = 1;

-- parallel chunks of the matching values: every one exactly once
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
CREATE FOREIGN TABLE mod_par (val bigint) SERVER mod_srv OPTIONS (start '5', end '3000004', step '7');
EXPLAIN (COSTS OFF) SELECT count(*), sum(val + 0) FROM mod_par WHERE val % 3 = 1;
SELECT count(*), sum(val + 0), count(DISTINCT val) FROM mod_par WHERE val % 3 = 1;
SELECT count(*), sum(g) FROM generate_series(5, 3000004, 7) g WHERE g % 3 = 1;
EXPLAIN (COSTS OFF) SELECT count(*), sum(val + 0) FROM mod_par WHERE val % 3 <> 1 OR val % 5 IN (1, 4);
SELECT count(*), sum(val + 0), count(DISTINCT val) FROM mod_par WHERE val % 3 <> 1 OR val % 5 IN (1, 4);
SELECT count(*), sum(g) FROM generate_series(5, 3000004, 7) g WHERE g % 3 <> 1 OR g % 5 IN (1, 4);
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- not pushed: numeric columns, domains with checks
EXPLAIN (COSTS OFF) SELECT val FROM mod_numeric WHERE val % 7 = 3;
SELECT count(*) FROM mod_numeric WHERE val % 7 = 3;
EXPLAIN (COSTS OFF) SELECT val FROM mod_checked WHERE val % 4 = 2;
SELECT count(*) FROM mod_checked WHERE val % 4 = 2;

DROP FUNCTION explain_analyze, estimated_rows, mod_agree;
DROP TABLE mod_outer;
DROP SERVER mod_srv CASCADE;
DROP DOMAIN mod_even;
