-- numeric_negative_scale.sql — numeric(p,s) with a negative scale, PostgreSQL 15 and later:
-- values round to tens, hundreds…, as a cast does, when they are filled, fitted and summed.
--
-- PostgreSQL 13 and 14 refuse the type itself, so there the file runs nothing
-- (expected/numeric_negative_scale_1.out).
SELECT current_setting('server_version_num')::int >= 150000 AS has_negative_scale \gset
\if :has_negative_scale
CREATE SERVER negative_scale_srv FOREIGN DATA WRAPPER seqint_fdw;

\i sql/helpers/explain_initplans.sql

-- 99499 fits numeric(2,-3) (it rounds to 99000), 99500 would not
CREATE FOREIGN TABLE t_numeric_negative (v numeric(2,-3)) SERVER negative_scale_srv
  OPTIONS (start '0', end '99500', step '24875');
SELECT array_agg(v), array_agg(g::numeric(2,-3)) FROM t_numeric_negative, LATERAL (SELECT v) s(g);
SELECT array(SELECT g::numeric(2,-3) FROM generate_series(0, 99499, 24875) g);
ALTER FOREIGN TABLE t_numeric_negative OPTIONS (SET end '99501', SET step '500');
SELECT count(*) FROM t_numeric_negative;

-- aggregates: the rounded values are summed, min and max come from an ordered scan
CREATE FOREIGN TABLE agg_numeric_negative (val numeric(3,-2)) SERVER negative_scale_srv
  OPTIONS (start '-140', end '400', step '70');
EXPLAIN (COSTS OFF) SELECT sum(val), avg(val) FROM agg_numeric_negative;
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT count(*), sum(val), avg(val) FROM agg_numeric_negative) pushed,
       (SELECT count(*), sum(g), avg(g)
          FROM (SELECT g::numeric(3,-2) AS g FROM generate_series(-140, 399, 70) g) s) postgres;
SELECT explain_initplans('SELECT min(val), max(val) FROM agg_numeric_negative');
SELECT pushed::text, pushed::text = postgres::text AS same
  FROM (SELECT min(val), max(val) FROM agg_numeric_negative) pushed,
       (SELECT min(g), max(g)
          FROM (SELECT g::numeric(3,-2) AS g FROM generate_series(-140, 399, 70) g) s) postgres;
SELECT count(*), sum(val) FROM agg_numeric_negative WHERE val > 0;
SELECT count(*), sum(g) FROM (SELECT g::numeric(3,-2) AS g FROM generate_series(-140, 399, 70) g) s WHERE g > 0;

-- statistics before ANALYZE: values rounded to the same hundred are one distinct value, so
-- GROUP BY and DISTINCT are estimated at the number of hundreds (count(DISTINCT) says the same)
\i sql/helpers/estimated_rows.sql
CREATE FOREIGN TABLE hundreds (val numeric(4,-2)) SERVER negative_scale_srv
  OPTIONS (start '-5049', end '5050', step '7');
SELECT estimated_rows('SELECT DISTINCT val FROM hundreds') AS estimated,
       (SELECT count(DISTINCT val) FROM hundreds) AS "distinct",
       estimated_rows('SELECT * FROM hundreds') AS rows;
DROP FUNCTION estimated_rows;

-- a join finds every value that rounds to the probe: the column is not declared unique to the
-- planner (unique.sql), so a nested loop does not stop at the first match
\i sql/helpers/inner_unique.sql
CREATE TABLE tens_probes (v bigint);
INSERT INTO tens_probes VALUES (0), (10), (20), (30);
CREATE FOREIGN TABLE collide_tens (val numeric(20, -1)) SERVER negative_scale_srv
  OPTIONS (start '10', end '25');
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SELECT inner_unique('SELECT 1 FROM tens_probes p JOIN collide_tens x ON x.val = p.v') AS tens_unique;
SELECT p.v, count(*) FROM tens_probes p JOIN collide_tens x ON x.val = p.v GROUP BY p.v ORDER BY p.v;
SELECT p.v, count(*) FROM tens_probes p JOIN generate_series(10, 24) g ON g::numeric(20, -1) = p.v
 GROUP BY p.v ORDER BY p.v;
RESET enable_hashjoin;
RESET enable_mergejoin;
DROP TABLE tens_probes;
DROP FUNCTION inner_unique(text);

DROP FUNCTION explain_initplans(text);
DROP SERVER negative_scale_srv CASCADE;
\endif
