-- aggregates.sql — count, sum, min, max and avg answered from the bounds alone: the values and types of PostgreSQL's own aggregates, for every column type; other aggregates are PostgreSQL's.
\i sql/helpers/explain_analyze.sql
\i sql/helpers/explain_initplans.sql

CREATE SERVER aggregates_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '-7', end '3000', step '3');
\set state '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'
CREATE DOMAIN agg_plain_int AS integer;
CREATE DOMAIN agg_amount AS numeric(8,2);
CREATE FOREIGN TABLE agg_int2 (val smallint) SERVER aggregates_srv;       -- -7, -4, …, 2999
CREATE FOREIGN TABLE agg_int4 (val integer) SERVER aggregates_srv;
CREATE FOREIGN TABLE agg_int8 (val bigint) SERVER aggregates_srv;
CREATE FOREIGN TABLE agg_float4 (val real) SERVER aggregates_srv;
CREATE FOREIGN TABLE agg_float8 (val double precision) SERVER aggregates_srv;
CREATE FOREIGN TABLE agg_numeric (val numeric) SERVER aggregates_srv;
CREATE FOREIGN TABLE agg_numeric_scaled (val numeric(10,2)) SERVER aggregates_srv;
CREATE FOREIGN TABLE agg_domain (val agg_plain_int) SERVER aggregates_srv;
CREATE FOREIGN TABLE agg_domain_numeric (val agg_amount) SERVER aggregates_srv;
CREATE FOREIGN TABLE agg_down (val integer) SERVER aggregates_srv OPTIONS (start '2000', end '-2000', step '-6'); -- 2000, 1994, …, -1996

-- the plan: one Foreign Scan of the upper relation
EXPLAIN (COSTS OFF) SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_int4;
EXPLAIN (COSTS OFF, VERBOSE) SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_int4;
EXPLAIN (COSTS OFF) SELECT count(*), sum(val) FROM agg_int4 WHERE val > 0 AND val <= 20;
SELECT explain_analyze($$SELECT count(*), sum(val) FROM agg_int4 WHERE val > 0$$);

-- every column type: the same values (compared as text, so the scale counts) and types as
-- PostgreSQL's aggregates over generate_series
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_int2) pushed,
       (SELECT count(*), count(g), sum(g), min(g), max(g), avg(g)
          FROM (SELECT g::smallint AS g FROM generate_series(-7, 2999, 3) g) s) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_int4) pushed,
       (SELECT count(*), count(g), sum(g), min(g), max(g), avg(g) FROM generate_series(-7, 2999, 3) g) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_int8) pushed,
       (SELECT count(*), count(g), sum(g), min(g), max(g), avg(g) FROM generate_series(-7::bigint, 2999, 3) g) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_float4) pushed,
       (SELECT count(*), count(g), sum(g), min(g), max(g), avg(g)
          FROM (SELECT g::real AS g FROM generate_series(-7, 2999, 3) g) s) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_float8) pushed,
       (SELECT count(*), count(g), sum(g), min(g), max(g), avg(g)
          FROM (SELECT g::double precision AS g FROM generate_series(-7, 2999, 3) g) s) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_numeric) pushed,
       (SELECT count(*), count(g), sum(g), min(g), max(g), avg(g) FROM generate_series(-7::numeric, 2999, 3) g) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_numeric_scaled) pushed,
       (SELECT count(*), count(g), sum(g), min(g), max(g), avg(g)
          FROM (SELECT g::numeric(10,2) AS g FROM generate_series(-7, 2999, 3) g) s) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_domain) pushed,
       (SELECT count(*), count(g), sum(g), min(g), max(g), avg(g)
          FROM (SELECT g::agg_plain_int AS g FROM generate_series(-7, 2999, 3) g) s) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_domain_numeric) pushed,
       (SELECT count(*), count(g), sum(g), min(g), max(g), avg(g)
          FROM (SELECT g::agg_amount AS g FROM generate_series(-7, 2999, 3) g) s) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_down) pushed,
       (SELECT count(*), count(g), sum(g), min(g), max(g), avg(g) FROM generate_series(2000, -1996, -6) g) postgres;
SELECT 'int2' AS type, pg_typeof(count(*)) AS count, pg_typeof(sum(val)) AS sum, pg_typeof(min(val)) AS min, pg_typeof(avg(val)) AS avg FROM agg_int2
UNION ALL SELECT 'int4', pg_typeof(count(*)), pg_typeof(sum(val)), pg_typeof(min(val)), pg_typeof(avg(val)) FROM agg_int4
UNION ALL SELECT 'int8', pg_typeof(count(*)), pg_typeof(sum(val)), pg_typeof(min(val)), pg_typeof(avg(val)) FROM agg_int8
UNION ALL SELECT 'float4', pg_typeof(count(*)), pg_typeof(sum(val)), pg_typeof(min(val)), pg_typeof(avg(val)) FROM agg_float4
UNION ALL SELECT 'float8', pg_typeof(count(*)), pg_typeof(sum(val)), pg_typeof(min(val)), pg_typeof(avg(val)) FROM agg_float8
UNION ALL SELECT 'numeric', pg_typeof(count(*)), pg_typeof(sum(val)), pg_typeof(min(val)), pg_typeof(avg(val)) FROM agg_numeric
UNION ALL SELECT 'numeric(10,2)', pg_typeof(count(*)), pg_typeof(sum(val)), pg_typeof(min(val)), pg_typeof(avg(val)) FROM agg_numeric_scaled
UNION ALL SELECT 'domain', pg_typeof(count(*)), pg_typeof(sum(val)), pg_typeof(min(val)), pg_typeof(avg(val)) FROM agg_domain;
EXPLAIN (COSTS OFF) SELECT pg_typeof(sum(val)) FROM agg_int8;

-- bounds: comparisons with integers and numerics, BETWEEN, IN lists (with duplicates and
-- non-members), each against PostgreSQL; a pushed scan costs a few operator calls per
-- aggregate, so the bounds leave enough values for it to beat PostgreSQL's Aggregate
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_int4 WHERE val > 0 AND val <= 20) pushed,
       (SELECT count(*), sum(g), min(g), max(g), avg(g) FROM generate_series(-7, 2999, 3) g WHERE g > 0 AND g <= 20) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_int2 WHERE val BETWEEN -4.5 AND 100000::bigint) pushed,
       (SELECT count(*), sum(g), min(g), max(g), avg(g) FROM generate_series(-7, 2999, 3) g WHERE g BETWEEN -4.5 AND 100000) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_numeric_scaled WHERE val IN (29, 2, 3, 2.00, 2.5, -7, 1000, 101, 104, 107, 110, 113, 116, 119, 122, 2999, 3002)) pushed,
       (SELECT count(*), sum(g), min(g), max(g), avg(g) FROM (SELECT g::numeric(10,2) AS g FROM generate_series(-7, 2999, 3) g) s
         WHERE g IN (29, 2, 3, 2.00, 2.5, -7, 1000, 101, 104, 107, 110, 113, 116, 119, 122, 2999, 3002)) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_down WHERE val = ANY (array(SELECT generate_series(-100, 100, 4))) AND val < 10) pushed,
       (SELECT count(*), sum(g), min(g), max(g), avg(g) FROM generate_series(2000, -1996, -6) g
         WHERE g = ANY (array(SELECT generate_series(-100, 100, 4))) AND g < 10) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_int8 WHERE val = ANY ('{-7, 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 4, 100}') AND val = ANY ('{2, 5, 8, 11, 14, 17, 20, 23, 26, 30, 3000}')) pushed,
       (SELECT count(*), sum(g), min(g), max(g), avg(g) FROM generate_series(-7::bigint, 2999, 3) g
         WHERE g = ANY ('{-7, 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 4, 100}') AND g = ANY ('{2, 5, 8, 11, 14, 17, 20, 23, 26, 30, 3000}')) postgres;
CREATE FOREIGN TABLE agg_wide (val integer) SERVER aggregates_srv OPTIONS (start '1000', end '-1000', step '-7');
EXPLAIN (COSTS OFF) SELECT count(*), sum(val) FROM agg_wide WHERE val = ANY ('{-1, 6, 994, 993, 6, -995}') AND val < 1000;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_wide
         WHERE val = ANY ('{-1, 6, 994, 993, 6, -995, -996, 1000}') AND val < 1000) pushed,
       (SELECT count(*), sum(g), min(g), max(g), avg(g) FROM generate_series(1000, -999, -7) g
         WHERE g = ANY ('{-1, 6, 994, 993, 6, -995, -996, 1000}') AND g < 1000) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_wide
         WHERE val IN (-1, 6, 13, 20, 27, 34, 41, 48, 55, 62, 1000, 993, 5) AND val IN (6, 13, 20, 27, 34, 41, 48, 55, 993, 1000, 5, 7) AND val <= 993) pushed,
       (SELECT count(*), sum(g), min(g), max(g), avg(g) FROM generate_series(1000, -999, -7) g
         WHERE g IN (-1, 6, 13, 20, 27, 34, 41, 48, 55, 62, 1000, 993, 5) AND g IN (6, 13, 20, 27, 34, 41, 48, 55, 993, 1000, 5, 7) AND g <= 993) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_wide WHERE val BETWEEN -500 AND 500.5) pushed,
       (SELECT count(*), sum(g), min(g), max(g), avg(g) FROM generate_series(1000, -999, -7) g
         WHERE g BETWEEN -500 AND 500.5) postgres;
SELECT count(*), sum(val), min(val) FROM agg_wide WHERE val IN (1, 2, 3);

-- empty ranges: count 0, every other aggregate NULL; bounds that are not constants (here
-- sub-selects) leave the estimate at the table's size, and the scan answers
SELECT explain_initplans($$SELECT count(*), count(val), sum(val), min(val), max(val), avg(val)
  FROM agg_numeric_scaled WHERE val > (SELECT 2999)$$);
SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_numeric_scaled WHERE val > (SELECT 2999);
SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_int2
 WHERE val = ANY (array(SELECT generate_series(0, 3000, 3)));
SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_int8 WHERE val < (SELECT -7);
-- with constant bounds that leave no value, PostgreSQL's Aggregate is the cheaper plan
SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_int4 WHERE val > 2999;
SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_numeric_scaled WHERE val < -7;
SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_float8 WHERE val IN (0, 1);
SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_int8 WHERE val = ANY ('{}');
SELECT count(*), sum(val) FROM agg_int4 WHERE val > 10 AND val < 5;
CREATE FOREIGN TABLE agg_empty (val bigint) SERVER aggregates_srv OPTIONS (start '5', end '5');
SELECT count(*), count(val), sum(val), min(val), max(val), avg(val) FROM agg_empty;

-- expressions over aggregates are computed above the scan
EXPLAIN (COSTS OFF, VERBOSE) SELECT count(*) + 1, sum(val) / count(*), sum(val) FROM agg_int4;
SELECT count(*) + 1 AS plus_one, sum(val) / count(*) AS mean, sum(val), max(val) - min(val) AS spread,
       coalesce(sum(val), 0) AS total, sum(val) * 2 = sum(val) + sum(val) AS doubled
  FROM agg_int4;
SELECT count(*) + 1 AS plus_one, coalesce(sum(val), 0) AS total, round(avg(val), 2) AS mean FROM agg_int4 WHERE val > 100;
SELECT 'constant' AS label, count(*) FROM agg_int2;

-- parameters in WHERE, with a generic plan
SET plan_cache_mode = force_generic_plan;
PREPARE agg_range(int, int) AS SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_int4 WHERE val >= $1 AND val < $2;
EXPLAIN (COSTS OFF) EXECUTE agg_range(0, 10);
EXECUTE agg_range(0, 10);
EXECUTE agg_range(-100, 100);
EXECUTE agg_range(10, 0);
EXECUTE agg_range(NULL, 10);
PREPARE agg_members(numeric[]) AS SELECT count(*), sum(val), avg(val) FROM agg_numeric_scaled WHERE val = ANY ($1);
EXECUTE agg_members('{-7, -4, 0.5, 29, 29}');
EXECUTE agg_members(NULL);
DEALLOCATE agg_range;
DEALLOCATE agg_members;
RESET plan_cache_mode;

-- bounds from the outer query, evaluated again at each rescan
EXPLAIN (COSTS OFF) SELECT n, (SELECT sum(val) FROM agg_int4 WHERE val < n) FROM generate_series(-10, 3010, 750) n;
SELECT n, (SELECT row(count(*), sum(val), avg(val)) FROM agg_int4 WHERE val < n) AS seqint,
       (SELECT row(count(*), sum(val), avg(val)) FROM agg_int4 WHERE val < n)::text
         = (SELECT row(count(*), sum(g), avg(g)) FROM generate_series(-7, 2999, 3) g WHERE g < n)::text AS same
  FROM generate_series(-10, 3010, 750) n;

-- 10^15 values: sum and avg are instant and exact
CREATE FOREIGN TABLE agg_huge (val bigint) SERVER aggregates_srv OPTIONS (start '0', end '1000000000000000', step '1');
SET statement_timeout = '60s';  -- a guard against walking, which would take hours: not a bound on speed
SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_huge;
SELECT sum(val) = 499999999999999500000000000000 AS sum_exact,
       avg(val)::text = (499999999999999500000000000000::numeric / 1000000000000000)::text AS avg_exact
  FROM agg_huge;
SELECT count(*), sum(val), avg(val),
       avg(val)::text = (9999999999999945::numeric / 10)::text AS avg_exact
  FROM agg_huge WHERE val >= 999999999999990;
RESET statement_timeout;

-- the int64 edges: 2^64 − 1 values overflow count() as they would PostgreSQL's bigint
-- counter; sum, min and max stay exact
CREATE FOREIGN TABLE agg_int64 (val bigint) SERVER aggregates_srv
  OPTIONS (start '-9223372036854775808', end '9223372036854775807', step '1');
EXPLAIN (COSTS OFF) SELECT count(*) FROM agg_int64;
SELECT count(*) FROM agg_int64;
:state
SELECT count(val) FROM agg_int64;
:state
SELECT sum(val), min(val), max(val) FROM agg_int64;
SELECT sum(val) = -18446744073709551615 AS sum_exact FROM agg_int64;
SELECT count(*), sum(val), min(val), max(val) FROM agg_int64 WHERE val > 9223372036854775800;
SELECT count(*), sum(val), min(val), max(val),
       sum(val) = 42535295865117307919086767873688862721 AS sum_exact  -- (2^63 − 2)(2^63 − 1) / 2
  FROM agg_int64 WHERE val >= 0;
-- partial sums past the int64 range, against PostgreSQL's own 128-bit accumulation
CREATE FOREIGN TABLE agg_int64_wide (val bigint) SERVER aggregates_srv
  OPTIONS (start '-9223372036854775808', end '9223372036854775807', step '288230376151711744');  -- 2^58: 64 values
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_int64_wide) pushed,
       (SELECT count(*), sum(g), min(g), max(g), avg(g)
          FROM generate_series(-9223372036854775808, 9223372036854775806, 288230376151711744) g) postgres;
CREATE FOREIGN TABLE agg_int64_top (val bigint) SERVER aggregates_srv
  OPTIONS (start '9223372036854775807', end '9223372036854775800', step '-1');
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_int64_top) pushed,
       (SELECT count(*), sum(g), min(g), max(g), avg(g)
          FROM generate_series(9223372036854775807, 9223372036854775801, -1) g) postgres;
-- the widest sums an integer column can have stay inside bigint (2^32 values of at most 2^31)
CREATE FOREIGN TABLE agg_int4_negative (val integer) SERVER aggregates_srv OPTIONS (start '-2147483648', end '0', step '1');
CREATE FOREIGN TABLE agg_int4_all (val integer) SERVER aggregates_srv OPTIONS (start '-2147483648', end '2147483647', step '1');
SELECT count(*), sum(val), pg_typeof(sum(val)), min(val), max(val),
       avg(val)::text = (-2305843010287435776::numeric / 2147483648)::text AS avg_exact
  FROM agg_int4_negative;
SELECT count(*), sum(val), avg(val), min(val), max(val) FROM agg_int4_all;
EXPLAIN (COSTS OFF) SELECT sum(val), avg(val) FROM agg_int4_all;

-- floating-point columns: sum and avg are pushed only while every partial sum is an exact
-- float; otherwise PostgreSQL adds them up, and both agree with generate_series
CREATE FOREIGN TABLE agg_float4_big (val real) SERVER aggregates_srv OPTIONS (start '16777200', end '16777232', step '3');
CREATE FOREIGN TABLE agg_float8_big (val double precision) SERVER aggregates_srv
  OPTIONS (start '9007199254740980', end '9007199254741000', step '3');
EXPLAIN (COSTS OFF) SELECT sum(val), avg(val) FROM agg_float4_big;
EXPLAIN (COSTS OFF) SELECT min(val), max(val), count(*) FROM agg_float4_big;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_float4_big) pushed,
       (SELECT count(*), sum(g), min(g), max(g), avg(g)
          FROM (SELECT g::real AS g FROM generate_series(16777200, 16777231, 3) g) s) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT min(val), max(val), count(*) FROM agg_float4_big) pushed,
       (SELECT min(g), max(g), count(*)
          FROM (SELECT g::real AS g FROM generate_series(16777200, 16777231, 3) g) s) postgres;
EXPLAIN (COSTS OFF) SELECT sum(val), avg(val) FROM agg_float8_big;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_float8_big) pushed,
       (SELECT count(*), sum(g), min(g), max(g), avg(g)
          FROM (SELECT g::double precision AS g FROM generate_series(9007199254740980, 9007199254740999, 3) g) s) postgres;
-- at the limit: 4096 values of at most 4095 (bounded by 4096 · 4095 < 2^24) are pushed,
-- 4097 values of at most 4096 (4097 · 4096 > 2^24) are not
CREATE FOREIGN TABLE agg_float4_below (val real) SERVER aggregates_srv OPTIONS (start '0', end '4096', step '1');
CREATE FOREIGN TABLE agg_float4_at (val real) SERVER aggregates_srv OPTIONS (start '0', end '4097', step '1');
EXPLAIN (COSTS OFF) SELECT sum(val), avg(val) FROM agg_float4_below;
EXPLAIN (COSTS OFF) SELECT sum(val), avg(val) FROM agg_float4_at;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_float4_below) pushed,
       (SELECT count(*), sum(g), min(g), max(g), avg(g)
          FROM (SELECT g::real AS g FROM generate_series(0, 4095) g) s) postgres;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), min(val), max(val), avg(val) FROM agg_float4_at) pushed,
       (SELECT count(*), sum(g), min(g), max(g), avg(g)
          FROM (SELECT g::real AS g FROM generate_series(0, 4096) g) s) postgres;

-- not pushed, and still right: GROUP BY, HAVING, FILTER, DISTINCT, ORDER BY in the
-- aggregate, a filter that is not an exact bound, an OR, other aggregates and arguments
-- (a numeric column with a negative scale: numeric_negative_scale.sql)
EXPLAIN (COSTS OFF) SELECT val % 2 AS parity, count(*) FROM agg_int4 GROUP BY 1;
SELECT val % 2 AS parity, count(*), sum(val) FROM agg_int4 GROUP BY 1 ORDER BY 1;
EXPLAIN (COSTS OFF) SELECT count(*) FROM agg_int4 HAVING count(*) > 5;
SELECT count(*) FROM agg_int4 HAVING count(*) > 5;
SELECT count(*) FROM agg_int4 HAVING count(*) > 5000;
EXPLAIN (COSTS OFF) SELECT count(*) FILTER (WHERE val > 0) FROM agg_int4;
SELECT count(*) FILTER (WHERE val > 0), sum(val) FILTER (WHERE val < 0), count(*) FROM agg_int4;
EXPLAIN (COSTS OFF) SELECT count(DISTINCT val) FROM agg_int4;
SELECT count(DISTINCT val), sum(DISTINCT val) FROM agg_int4;
SELECT DISTINCT count(*) FROM agg_int4;
EXPLAIN (COSTS OFF) SELECT count(*), sum(val) FROM agg_int4 WHERE (val + 0) % 2 = 0;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), avg(val) FROM agg_int4 WHERE (val + 0) % 2 = 0) pushed,
       (SELECT count(*), sum(g), avg(g) FROM generate_series(-7, 2999, 3) g WHERE g % 2 = 0) postgres;
EXPLAIN (COSTS OFF) SELECT count(*) FROM agg_int4 WHERE val < 0 OR val > 20;
SELECT count(*), sum(val) FROM agg_int4 WHERE val < 0 OR val > 20;
SELECT count(*), sum(val) FROM agg_int4 WHERE val BETWEEN SYMMETRIC 20 AND 0;
EXPLAIN (COSTS OFF) SELECT sum(val::bigint), count(1) FROM agg_int4;
SELECT sum(val::bigint), count(1), sum(val + 1), max(-val), string_agg(val::text, ',' ORDER BY val DESC) FILTER (WHERE val < 20),
       bool_and(val < 3000), stddev_pop(val)
  FROM agg_int4;
EXPLAIN (COSTS OFF) SELECT min(val ORDER BY val) FROM agg_int4;
SELECT sum(val ORDER BY val DESC) FROM agg_int4;
SELECT sum(val), sum(sum(val)) OVER (), count(*) OVER () FROM agg_int4;
-- a join
EXPLAIN (COSTS OFF) SELECT count(*), sum(a.val) FROM agg_int4 a JOIN agg_down d ON d.val = a.val;
SELECT count(*), sum(a.val) FROM agg_int4 a JOIN agg_down d ON d.val = a.val;

DROP FUNCTION explain_analyze(text), explain_initplans(text);
DROP SERVER aggregates_srv CASCADE;
DROP DOMAIN agg_plain_int;
DROP DOMAIN agg_amount;
