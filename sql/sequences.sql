-- sequences.sql — ascending, descending, empty and uneven sequences, and the int64 edges.
CREATE SERVER seq_srv FOREIGN DATA WRAPPER seqint_fdw;

-- end is exclusive, whichever the direction; an uneven step stops before end
CREATE FOREIGN TABLE up3 (v bigint) SERVER seq_srv OPTIONS (start '0', end '10', step '3');
CREATE FOREIGN TABLE down3 (v bigint) SERVER seq_srv OPTIONS (start '10', end '0', step '-3');
CREATE FOREIGN TABLE negative (v bigint) SERVER seq_srv OPTIONS (start '-5', end '-15', step '-4');
CREATE FOREIGN TABLE one (v bigint) SERVER seq_srv OPTIONS (start '7', end '8');
CREATE FOREIGN TABLE one_big_step (v bigint) SERVER seq_srv OPTIONS (start '7', end '8', step '1000');
SELECT array_agg(v) FROM up3;
SELECT array_agg(v) FROM down3;
SELECT array_agg(v) FROM negative;
SELECT array_agg(v) FROM one;
SELECT array_agg(v) FROM one_big_step;

-- start = end is empty with any step, up or down
CREATE FOREIGN TABLE empty_up (v bigint) SERVER seq_srv OPTIONS (start '5', end '5');
CREATE FOREIGN TABLE empty_down (v bigint) SERVER seq_srv OPTIONS (start '5', end '5', step '-2');
SELECT count(*) FROM empty_up;
SELECT count(*) FROM empty_down;
SELECT * FROM empty_down;

-- the int64 edges: no arithmetic overflows, and the value after the last is never formed
CREATE FOREIGN TABLE edge_wide (v bigint) SERVER seq_srv
  OPTIONS (start '-9223372036854775808', end '9223372036854775807', step '4611686018427387904');
CREATE FOREIGN TABLE edge_top (v bigint) SERVER seq_srv
  OPTIONS (start '9223372036854775800', end '9223372036854775807', step '2');
CREATE FOREIGN TABLE edge_bottom (v bigint) SERVER seq_srv
  OPTIONS (start '-9223372036854775801', end '-9223372036854775808', step '-3');
CREATE FOREIGN TABLE edge_min_step (v bigint) SERVER seq_srv
  OPTIONS (start '9223372036854775807', end '-9223372036854775808', step '-9223372036854775808');
CREATE FOREIGN TABLE edge_max_step (v bigint) SERVER seq_srv
  OPTIONS (start '-9223372036854775808', end '9223372036854775807', step '9223372036854775807');
SELECT array_agg(v) FROM edge_wide;
SELECT array_agg(v) FROM edge_top;
SELECT array_agg(v) FROM edge_bottom;
SELECT array_agg(v) FROM edge_min_step;
SELECT array_agg(v) FROM edge_max_step;

-- 2^64 - 1 values: counted exactly without walking them
CREATE FOREIGN TABLE everything (v bigint) SERVER seq_srv
  OPTIONS (start '-9223372036854775808', end '9223372036854775807');
EXPLAIN (COSTS OFF) SELECT * FROM everything;
SELECT * FROM everything LIMIT 3;

-- each case against generate_series, the oracle (its stop is inclusive: the last value)
SELECT t, (SELECT array_agg(v) FROM up3) = array(SELECT generate_series(0, 9, 3)::bigint) AS up3,
       (SELECT array_agg(v) FROM down3) = array(SELECT generate_series(10, 1, -3)::bigint) AS down3,
       (SELECT array_agg(v) FROM edge_top) = array(SELECT generate_series(9223372036854775800, 9223372036854775806, 2)) AS edge_top,
       (SELECT array_agg(v) FROM edge_bottom) = array(SELECT generate_series(-9223372036854775801, -9223372036854775807, -3)) AS edge_bottom
  FROM (VALUES ('oracle')) AS x(t);

DROP SERVER seq_srv CASCADE;
