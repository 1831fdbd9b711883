-- pushdown.sql — WHERE clauses on the column narrow the scan to the values that can match.
--
-- Every answer is compared with the same query over generate_series, and EXPLAIN ANALYZE
-- shows the Bounds, whether the clause stays a Filter, and how many values were walked.
CREATE SERVER pushdown_srv FOREIGN DATA WRAPPER seqint_fdw;
\set state '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'
\i sql/helpers/explain_analyze.sql

\i sql/helpers/pushdown_check.sql

\i sql/helpers/estimated_rows.sql

CREATE FOREIGN TABLE pd (val int) SERVER pushdown_srv OPTIONS (start '0', end '20');

-- the plan: exact bounds need no Filter
EXPLAIN (COSTS OFF) SELECT * FROM pd WHERE val < 5;
EXPLAIN (COSTS OFF) SELECT * FROM pd WHERE 5 < val;
EXPLAIN (COSTS OFF) SELECT * FROM pd WHERE val BETWEEN 3 AND 6;
EXPLAIN (COSTS OFF) SELECT * FROM pd WHERE val IN (2, 3, 3, NULL, 100);
SELECT explain_analyze($$SELECT * FROM pd WHERE val >= 3 AND val <= 6$$);
SELECT explain_analyze($$SELECT * FROM pd WHERE val IN (2, 3, 3, NULL, 100)$$);
-- inexact bounds narrow the walk and stay a Filter: float comparisons, ORs, BETWEEN SYMMETRIC
SELECT explain_analyze($$SELECT * FROM pd WHERE val < 2.5::float8$$);
SELECT explain_analyze($$SELECT * FROM pd WHERE val < 3 OR val > 17$$);
SELECT explain_analyze($$SELECT * FROM pd WHERE val BETWEEN SYMMETRIC 6 AND 3$$);
-- clauses that give no bound are only a Filter
EXPLAIN (COSTS OFF) SELECT * FROM pd WHERE val < 3 OR val::text = '7';
EXPLAIN (COSTS OFF) SELECT * FROM pd WHERE val + 0 < 5;
EXPLAIN (COSTS OFF) SELECT * FROM pd WHERE val IS NULL;
EXPLAIN (COSTS OFF) SELECT * FROM pd WHERE val IS NOT NULL;

-- every operator, both operand orders, and what the scan walks for each
SET pushdown.lim = '4';
SELECT * FROM pushdown_check('pd', 'SELECT g::int AS val FROM generate_series(0, 19) g', ARRAY[
    'val = 5', 'val < 5', 'val <= 5', 'val > 15', 'val >= 15',
    '5 = val', '5 > val', '5 >= val', '15 < val', '15 <= val',
    'val <> 5',
    'val BETWEEN 3 AND 6', 'val BETWEEN 6 AND 3', 'val BETWEEN SYMMETRIC 6 AND 3',
    'val BETWEEN SYMMETRIC 3 AND 6', 'val NOT BETWEEN 3 AND 16',
    -- IN lists and = ANY: duplicates, NULLs, non-members, fractions, empty and NULL arrays
    'val IN (2, 3, 3, NULL, 100, -1)', 'val IN (2.5, 3)', 'val IN (1.0, 2.00)', 'val IN (NULL)',
    'val = ANY(''{}''::int[])', 'val = ANY(NULL::int[])', 'val = ANY(''{19,0,19}''::bigint[])',
    'val < 5 AND val IN (1, 4, 7)', 'val IN (1, 4, 7) AND val IN (4, 7, 9)', 'val IN (1, 2) AND val IN (3, 4)',
    'val <> ALL(''{1,2}'')', 'val < ANY(''{3,5}'')',
    -- NULLs and contradictions (two equalities of one type, val = 5 AND val = 6, never reach
    -- the scan from 18 on: the planner folds them to false)
    'val < NULL::int', 'val = NULL', 'val > 5 AND val < 3', 'val > 5 AND val < 9', 'val = 5 AND val = 6::numeric',
    'val < 5 OR val < NULL::int',
    -- constants beyond int64, fractions, NaN and infinities
    'val < 1e30', 'val > -1e30', 'val > 1e30', 'val < -1e30', 'val = 1e30',
    'val < 10.5', 'val <= 10.5', 'val >= 10.5', 'val > 10.5', 'val = 2.5', 'val = 3.0', 'val > -0.5',
    'val > ''NaN''::numeric', 'val < ''NaN''::numeric', 'val = ''NaN''::numeric',
    -- (numeric infinities, which PostgreSQL 13 lacks: sql/numeric_infinity.sql)
    -- float operands: the bound narrows the walk, the comparison stays a Filter
    'val < 2.5::float8', 'val <= 2.5::float8', 'val = 3::float8', 'val > 16.5::float8',
    'val < 2.5::real', 'val = 0.1::float8', 'val < ''Infinity''::float8',
    -- cross-type operands and widening casts of the column
    'val < 5::smallint', 'val < 5::bigint', 'val > 100000::bigint', 'val::bigint < 5',
    'val::numeric <= 4.5', 'val::float8 >= 18',
    -- ORs: the scan walks the hull of the branches
    'val < 3 OR val > 17', 'val = 5 OR val = 7', '(val >= 2 AND val < 4) OR (val > 15 AND val <= 16)',
    '(val > 4 AND val::text <> ''5'') OR val = 1',
    -- not pushed: no bound, only a Filter
    'val < 3 OR val::text = ''7''', 'val = ANY(''{1,2}'') OR val = 9', 'val + 0 < 5', 'val::smallint < 5',
    'val IS NULL', 'val IS NOT NULL',
    -- stable expressions, evaluated when the scan starts
    'val < current_setting(''pushdown.lim'')::int',
    'val < nullif(current_setting(''pushdown.lim''), ''4'')::int',
    'val = ANY(string_to_array(current_setting(''pushdown.lim'') || '',7'', '','')::int[])'
]);

-- a stable expression is evaluated at run time, not folded
SELECT explain_analyze(
  $$SELECT * FROM pd WHERE val < current_setting('pushdown.lim')::int$$);
RESET pushdown.lim;

-- the row estimate is the exact count for constant bounds
SELECT estimated_rows('SELECT * FROM pd WHERE val < 5') AS lt5,
       estimated_rows('SELECT * FROM pd WHERE val BETWEEN 3 AND 16.5') AS between,
       estimated_rows('SELECT * FROM pd WHERE val IN (1, 1, 2, 30)') AS in_list,
       estimated_rows('SELECT * FROM pd WHERE val > 5 AND val < 3') AS contradiction;

-- steps > 1: bounds falling between members
CREATE FOREIGN TABLE pd_step (val int) SERVER pushdown_srv OPTIONS (start '1', end '50', step '7');
SELECT * FROM pushdown_check('pd_step', 'SELECT g::int AS val FROM generate_series(1, 49, 7) g', ARRAY[
    'val < 15', 'val <= 15', 'val < 16', 'val > 15', 'val >= 16', 'val > 14', 'val BETWEEN 9 AND 14',
    'val BETWEEN 8 AND 36', 'val = 22', 'val = 23', 'val IN (1, 2, 43, 50)', 'val > 43', 'val < 1',
    'val >= 1 AND val <= 43', 'val < 15.5', 'val > 42.5', 'val < 14::float8'
]);

-- descending sequences
CREATE FOREIGN TABLE pd_down (val int) SERVER pushdown_srv OPTIONS (start '20', end '0', step '-3');
SELECT * FROM pushdown_check('pd_down', 'SELECT g::int AS val FROM generate_series(20, 1, -3) g', ARRAY[
    'val < 10', 'val <= 11', 'val > 11', 'val >= 11', 'val = 14', 'val = 13', 'val BETWEEN 3 AND 15',
    'val IN (20, 2, 3, 11)', 'val > 20', 'val < 2', 'val <= 2', 'val < 10.5', 'val < 3 OR val > 19'
]);
SELECT explain_analyze($$SELECT * FROM pd_down WHERE val BETWEEN 3 AND 15$$);

-- a smallint column against bigint and numeric constants
CREATE FOREIGN TABLE pd_small (val smallint) SERVER pushdown_srv OPTIONS (start '-300', end '301', step '100');
SELECT * FROM pushdown_check('pd_small', 'SELECT g::smallint AS val FROM generate_series(-300, 300, 100) g', ARRAY[
    'val < 100000::bigint', 'val > 100000::bigint', 'val > -100000', 'val = 100000', 'val <= 100::bigint',
    'val >= -150.5', 'val IN (100000, 200, -300)', 'val = ANY(''{-100,99999999999}''::bigint[])'
]);

-- numeric and domain columns
CREATE FOREIGN TABLE pd_num (val numeric) SERVER pushdown_srv OPTIONS (start '-5', end '15', step '2');
SELECT * FROM pushdown_check('pd_num', 'SELECT g::numeric AS val FROM generate_series(-5, 14, 2) g', ARRAY[
    'val < 0', 'val <= -0.5', 'val > 6.999', 'val >= 7', 'val = 7', 'val = 7.000', 'val = 7.5',
    'val IN (-5, -4, 13.0, 13.5)', 'val < 2::bigint', 'val BETWEEN -3 AND 3.5', 'val < 1e30', 'val > 4::float8'
]);
CREATE DOMAIN pd_even AS int CHECK (VALUE % 2 = 0);
CREATE FOREIGN TABLE pd_dom (val pd_even) SERVER pushdown_srv OPTIONS (start '0', end '40', step '2');
SELECT * FROM pushdown_check('pd_dom', 'SELECT g::pd_even AS val FROM generate_series(0, 39, 2) g', ARRAY[
    'val < 7', 'val = 8', 'val = 9', 'val BETWEEN 31 AND 35', 'val IN (2, 3, 38)', 'val > 35.5'
]);

-- real and double precision columns near 2^24 and 2^53, where neighbouring integers round
-- to the same float: the answers must still be those of generate_series. (Operands at or
-- beyond 2^24 / 2^53 give no bound, so the walk is not shown here.)
CREATE FOREIGN TABLE pd_real (val real) SERVER pushdown_srv OPTIONS (start '16777206', end '16777226');
SELECT * FROM pushdown_check('pd_real', 'SELECT g::real AS val FROM generate_series(16777206, 16777225) g', ARRAY[
    'val < 16777210', 'val <= 16777210.5', 'val = 16777215', 'val >= 16777215', 'val > 16777215.5::float8',
    'val > 16777215.5::real', 'val = 16777216', 'val = 16777217::float8', 'val >= 16777218', 'val < 16777220',
    'val IN (16777208, 16777216, 16777217)', 'val BETWEEN 16777212 AND 16777215', 'val < 16777207 OR val > 16777224'
], 'val::bigint', false);
CREATE FOREIGN TABLE pd_double (val double precision) SERVER pushdown_srv
  OPTIONS (start '9007199254740982', end '9007199254741002');
SELECT * FROM pushdown_check('pd_double', 'SELECT g::float8 AS val FROM generate_series(9007199254740982, 9007199254741001) g', ARRAY[
    'val < 9007199254740985', 'val = 9007199254740991', 'val > 9007199254740990.5', 'val >= 9007199254740992',
    'val = 9007199254740993', 'val = 9007199254740993::numeric', 'val < 9007199254740995',
    'val BETWEEN 9007199254740989 AND 9007199254740991', 'val IN (9007199254740983, 9007199254740992)'
], 'val::bigint', false);
-- integer columns compared with floats
CREATE FOREIGN TABLE pd_big53 (val bigint) SERVER pushdown_srv OPTIONS (start '9007199254740982', end '9007199254741002');
SELECT * FROM pushdown_check('pd_big53', 'SELECT g::bigint AS val FROM generate_series(9007199254740982, 9007199254741001) g', ARRAY[
    'val < 9007199254740985::float8', 'val = 9007199254740991::float8', 'val > 9007199254740990.5::float8',
    'val >= 9007199254740992::float8', 'val = 9007199254740992::float8', 'val < 9007199254740995::float8',
    'val::real < 9007199254740980::real', 'val::real = 9007199254740992::real',
    'val < 9007199254740993', 'val = 9007199254740993::numeric'
], 'val', false);
CREATE FOREIGN TABLE pd_int24 (val int) SERVER pushdown_srv OPTIONS (start '16777206', end '16777226');
SELECT * FROM pushdown_check('pd_int24', 'SELECT g::int AS val FROM generate_series(16777206, 16777225) g', ARRAY[
    'val < 16777210::real', 'val = 16777215::real', 'val > 16777215.5::real', 'val >= 16777216::real',
    'val = 16777216::real', 'val = 16777217::float8', 'val::real = 16777217::float8', 'val::real = 16777216',
    'val::real < 16777210.5::float8'
], 'val', false);

-- the int64 edges
CREATE FOREIGN TABLE pd_min (val bigint) SERVER pushdown_srv
  OPTIONS (start '-9223372036854775808', end '-9223372036854775800');
SELECT * FROM pushdown_check('pd_min',
  'SELECT g::bigint AS val FROM generate_series(-9223372036854775808, -9223372036854775801) g', ARRAY[
    'val >= -9223372036854775808', 'val > -9223372036854775808', 'val <= -9223372036854775808',
    'val < -9223372036854775808', 'val = -9223372036854775808', 'val < -9223372036854775807.5',
    'val <= -9223372036854775807.5', 'val > -9223372036854775808.5', 'val < -9223372036854775808.5',
    'val < -9223372036854775806', 'val < -1e19', 'val > -1e19'
]);
CREATE FOREIGN TABLE pd_max (val bigint) SERVER pushdown_srv
  OPTIONS (start '9223372036854775807', end '9223372036854775799', step '-1');
SELECT * FROM pushdown_check('pd_max',
  'SELECT g::bigint AS val FROM generate_series(9223372036854775807, 9223372036854775800, -1) g', ARRAY[
    'val < 9223372036854775807', 'val <= 9223372036854775807', 'val > 9223372036854775806',
    'val >= 9223372036854775807', 'val = 9223372036854775807', 'val > 9223372036854775807',
    'val > 9223372036854775806.5', 'val >= 9223372036854775807.5', 'val > 1e19', 'val < 1e19',
    'val IN (9223372036854775807, 9223372036854775801)'
]);
-- every int64 but the largest: 2^64 − 1 values, bounded at both ends
CREATE FOREIGN TABLE pd_all (val bigint) SERVER pushdown_srv
  OPTIONS (start '-9223372036854775808', end '9223372036854775807');
SELECT * FROM pushdown_check('pd_all',
  'SELECT g::bigint AS val FROM generate_series(-9223372036854775808, -9223372036854775805) g
   UNION ALL SELECT g FROM generate_series(-2, 2) g
   UNION ALL SELECT g FROM generate_series(9223372036854775803, 9223372036854775806) g', ARRAY[
    'val < -9223372036854775805', 'val > 9223372036854775803', 'val BETWEEN -2 AND 2',
    'val = -1 OR val = 1', 'val IN (-9223372036854775808, 0, 9223372036854775806, 9223372036854775807)',
    'val >= 9223372036854775806.5', 'val <= -9223372036854775807.5'
]);
EXPLAIN (COSTS OFF) SELECT * FROM pd_all WHERE val >= -9223372036854775808 AND val < 9223372036854775807;
SELECT estimated_rows('SELECT * FROM pd_all WHERE val >= -9223372036854775808 AND val < 9223372036854775807') AS every_value,
       estimated_rows('SELECT * FROM pd_all WHERE val > 9223372036854775803') AS top_three;

-- 10^15 values: work is proportional to the rows returned
CREATE FOREIGN TABLE pd_huge (val bigint) SERVER pushdown_srv OPTIONS (end '1000000000000000');
CREATE FOREIGN TABLE pd_huge_down (val bigint) SERVER pushdown_srv
  OPTIONS (start '1000000000000000', end '0', step '-3');
SELECT explain_analyze(
  $$SELECT * FROM pd_huge WHERE val BETWEEN 500000000000000 AND 500000000000004$$);
SELECT explain_analyze(
  $$SELECT * FROM pd_huge WHERE val IN (7, 999999999999999, 1000000000000000, 123456789012345)$$);
SELECT explain_analyze(
  $$SELECT * FROM pd_huge WHERE val > 999999999999997.5::float8$$);
SELECT explain_analyze(
  $$SELECT * FROM pd_huge WHERE val = 500000000000001 OR val BETWEEN 500000000000003 AND 500000000000004$$);
SELECT * FROM pushdown_check('pd_huge',
  'SELECT g AS val FROM generate_series(0, 20) g
   UNION ALL SELECT g FROM generate_series(499999999999990, 500000000000010) g
   UNION ALL SELECT g FROM generate_series(999999999999980, 999999999999999) g', ARRAY[
    'val < 3', 'val <= 2.5', 'val > 999999999999996', 'val >= 1e15 - 2', 'val >= 1e15', 'val > 1e30',
    'val BETWEEN 500000000000000 AND 500000000000004', 'val BETWEEN SYMMETRIC 500000000000004 AND 500000000000000',
    'val = 500000000000000', 'val IN (7, 999999999999999, 1000000000000000, -1)',
    'val > 999999999999997.5::float8', 'val < 3::float8', 'val = ANY(''{}''::bigint[])', 'val = ANY(NULL::bigint[])',
    'val > 5 AND val < 3', 'val < NULL::bigint', 'val > 999999999999990 AND val::text LIKE ''%5'''
]);
-- float operands past the exact zone (2^53; 2^24 for real), NaN and infinities still bound
-- the walk: the constant is widened by the rounding error, the clause stays a filter
SELECT * FROM pushdown_check('pd_huge',
  'SELECT g AS val FROM generate_series(0, 20) g
   UNION ALL SELECT g FROM generate_series(999999999999980, 999999999999999) g', ARRAY[
    'val > 1e20::float8', 'val > 1e30::float8', 'val = ''NaN''::float8', 'val > ''NaN''::float8',
    'val < ''-Infinity''::float8', 'val >= ''Infinity''::float8',
    'val = ANY(''{1,NaN,Infinity}''::float8[])', 'val > 999999999999990::float8'
]);
CREATE FOREIGN TABLE pd_real_big (val real) SERVER pushdown_srv
  OPTIONS (start '1000000000000', end '1000000300000', step '9973');
SELECT * FROM pushdown_check('pd_real_big',
  'SELECT g::real AS val FROM generate_series(1000000000000, 1000000299999, 9973) g', ARRAY[
    'val < 1000000050000::float8', 'val >= 1000000150000::float8', 'val = 1000000065536::float8',
    'val > 1000000000000::real', 'val BETWEEN 1000000030000 AND 1000000040000'
]);
SELECT estimated_rows('SELECT * FROM pd_huge') AS everything,
       estimated_rows('SELECT * FROM pd_huge WHERE val BETWEEN 500000000000000 AND 500000000000004') AS five,
       estimated_rows('SELECT * FROM pd_huge WHERE val >= 999999999999990.5') AS nine;
SELECT * FROM pushdown_check('pd_huge_down',
  'SELECT g AS val FROM generate_series(1000000000000000, 999999999999940, -3) g
   UNION ALL SELECT g FROM generate_series(61, 1, -3) g', ARRAY[
    'val < 10', 'val <= 7', 'val > 999999999999990', 'val >= 999999999999991', 'val = 999999999999997',
    'val = 999999999999998', 'val IN (1, 2, 4, 1000000000000000)', 'val = 7 OR val = 13'
]);
SELECT explain_analyze($$SELECT * FROM pd_huge_down WHERE val < 10$$);

-- prepared statements: generic plans show the parameters in Bounds
PREPARE pd_lt(bigint) AS SELECT array_agg(val ORDER BY val) FROM pd_huge WHERE val < $1;
-- (pd_between and pd_in sort in a subquery: an aggregate's own ORDER BY gets presorted input
-- from 16 on, through a Gather Merge where 13 to 15 use a Gather, and the plans would differ)
PREPARE pd_between(numeric, numeric) AS
  SELECT array_agg(val) FROM (SELECT val FROM pd_huge WHERE val BETWEEN $1 AND $2 ORDER BY val) s;
PREPARE pd_in(bigint[]) AS
  SELECT array_agg(val) FROM (SELECT val FROM pd_huge WHERE val = ANY($1) ORDER BY val) s;
PREPARE pd_float(float8) AS SELECT array_agg(val ORDER BY val) FROM pd_step WHERE val < $1;
SET plan_cache_mode = force_generic_plan;
EXPLAIN (COSTS OFF) EXECUTE pd_lt(3);
EXPLAIN (COSTS OFF) EXECUTE pd_between(3, 5);
EXPLAIN (COSTS OFF) EXECUTE pd_in('{1,2}');
EXPLAIN (COSTS OFF) EXECUTE pd_float(10);
SELECT explain_analyze($$EXECUTE pd_between(999999999999997.5, 1e30)$$);
EXECUTE pd_lt(3);
EXECUTE pd_lt(0);
EXECUTE pd_lt(NULL);
EXECUTE pd_lt(-9223372036854775808);
EXECUTE pd_between(3, 5);
EXECUTE pd_between(2.5, 5.5);
EXECUTE pd_between(999999999999997.5, 1e30);
EXECUTE pd_between(5, 3);
EXECUTE pd_between(NULL, 3);
EXECUTE pd_in('{1,2,2,-1,1000000000000000}');
EXECUTE pd_in('{}');
EXECUTE pd_in(NULL);
EXECUTE pd_in('{NULL,5}');
EXECUTE pd_float(10);
EXECUTE pd_float(8);
EXECUTE pd_float(8.5);
EXECUTE pd_float('Infinity');
EXECUTE pd_float(-1e300);
SELECT array(SELECT g FROM generate_series(1, 49, 7) g WHERE g < 8.5::float8) AS expected_float_8_5;
RESET plan_cache_mode;
DEALLOCATE ALL;

DROP SERVER pushdown_srv CASCADE;
DROP DOMAIN pd_even;
DROP FUNCTION explain_analyze, pushdown_check, estimated_rows;
