-- statistics.sql — before any ANALYZE, the planner knows that a seqint column's values are
-- all distinct and never NULL (the get_relation_stats_hook in statistics.cpp), so joins,
-- GROUP BY and DISTINCT are estimated from the real number of values, not from
-- PostgreSQL's default of 200 distinct values.
CREATE SERVER statistics_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE trillion (val bigint) SERVER statistics_srv
  OPTIONS (start '-1000000000000', end '1000000000000');
CREATE FOREIGN TABLE thousand (val int) SERVER statistics_srv OPTIONS (end '1000');
CREATE TABLE probes AS SELECT g AS x FROM generate_series(1, 100) g;
ANALYZE probes;

\i sql/helpers/estimated_rows.sql

-- nothing analyzed: there are no pg_statistic rows
SELECT count(*) FROM pg_stats WHERE tablename IN ('trillion', 'thousand');

-- a join probes one value per outer row: 100 rows, not 100 · 2·10^12 / 200
SELECT estimated_rows('SELECT * FROM probes p JOIN trillion t ON t.val = p.x');
SELECT estimated_rows('SELECT * FROM probes p JOIN trillion t ON t.val = p.x * 7');
SELECT estimated_rows('SELECT * FROM probes p LEFT JOIN thousand t ON t.val = p.x');
SELECT estimated_rows('SELECT * FROM probes p WHERE p.x IN (SELECT val FROM trillion)');
EXPLAIN (COSTS OFF) SELECT * FROM probes p JOIN trillion t ON t.val = p.x;
-- GROUP BY and DISTINCT: one group per value
SELECT estimated_rows('SELECT val, count(*) FROM thousand GROUP BY val');
SELECT estimated_rows('SELECT DISTINCT val FROM trillion WHERE val BETWEEN 0 AND 4999');
-- a filter PostgreSQL estimates itself: all values but one
SELECT estimated_rows('SELECT * FROM thousand WHERE val <> 7');

-- real and double precision columns round large integers, and rounded neighbours collide:
-- the estimate is the number of distinct values as stored, the same as count(DISTINCT)
CREATE FOREIGN TABLE real_past_2_24 (val real) SERVER statistics_srv
  OPTIONS (start '16777216', end '16787216');             -- 10000 values, 2 per float
CREATE FOREIGN TABLE real_ties (val real) SERVER statistics_srv
  OPTIONS (start '33554434', end '33574434', step '4');   -- 5000 values, all at ties
CREATE FOREIGN TABLE real_across (val real) SERVER statistics_srv
  OPTIONS (start '-33556432', end '-33552432');           -- across -2^25: 4 and 2 per float
CREATE FOREIGN TABLE double_past_2_53 (val double precision) SERVER statistics_srv
  OPTIONS (start '9007199254740992', end '9007199254760992');  -- 20000 values, 2 per double
CREATE FUNCTION distinct_values(t regclass) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE format('SELECT count(DISTINCT val) FROM %s', t) INTO n;
    RETURN n;
END $$;
SELECT t, estimated_rows(format('SELECT DISTINCT val FROM %s', t)) AS estimated,
       distinct_values(t) AS "distinct", estimated_rows(format('SELECT * FROM %s', t)) AS rows
  FROM unnest('{real_past_2_24, real_ties, real_across, double_past_2_53}'::regclass[]) t;
-- GROUP BY, as DISTINCT
SELECT estimated_rows('SELECT val, count(*) FROM real_across GROUP BY val');
DROP FUNCTION distinct_values;

-- a wrapper of another name with seqint's handler makes seqint tables too
CREATE FOREIGN DATA WRAPPER statistics_alias_fdw HANDLER seqint_fdw_handler;
CREATE SERVER statistics_alias_srv FOREIGN DATA WRAPPER statistics_alias_fdw;
CREATE FOREIGN TABLE alias_thousand (val int) SERVER statistics_alias_srv OPTIONS (end '1000');
SELECT estimated_rows('SELECT val, count(*) FROM alias_thousand GROUP BY val');

-- an inheritance parent's values may repeat across its children: no claim is made for it,
-- only for each table on its own
CREATE FOREIGN TABLE family (val int) SERVER statistics_srv OPTIONS (end '1000');
CREATE FOREIGN TABLE family_child () INHERITS (family) SERVER statistics_srv OPTIONS (end '1000');
SELECT estimated_rows('SELECT val, count(*) FROM family GROUP BY val');
SELECT estimated_rows('SELECT val, count(*) FROM ONLY family GROUP BY val');

-- once ANALYZE has run, its statistics are used; they say the same
ANALYZE thousand;
SELECT n_distinct, null_frac FROM pg_stats WHERE tablename = 'thousand';
SELECT estimated_rows('SELECT val, count(*) FROM thousand GROUP BY val');
SELECT estimated_rows('SELECT * FROM probes p LEFT JOIN thousand t ON t.val = p.x');

DROP FUNCTION estimated_rows;
DROP TABLE probes;
DROP SERVER statistics_srv CASCADE;
DROP FOREIGN DATA WRAPPER statistics_alias_fdw CASCADE;
