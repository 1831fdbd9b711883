-- numeric_infinity.sql — 'Infinity'::numeric and '-Infinity'::numeric as bounds, PostgreSQL
-- 14 and later: no value is above Infinity or below -Infinity, every value is below
-- Infinity; the comparisons are exact, so they leave no Filter.
--
-- PostgreSQL 13's numeric has no infinities (the literal is an error), so there the file
-- runs nothing (expected/numeric_infinity_1.out).
SELECT current_setting('server_version_num')::int >= 140000 AS has_numeric_infinity \gset
\if :has_numeric_infinity
CREATE SERVER numeric_infinity_srv FOREIGN DATA WRAPPER seqint_fdw;
\i sql/helpers/pushdown_check.sql

CREATE FOREIGN TABLE ni (val int) SERVER numeric_infinity_srv OPTIONS (start '0', end '20');
SELECT * FROM pushdown_check('ni', 'SELECT g::int AS val FROM generate_series(0, 19) g', ARRAY[
    'val < ''Infinity''::numeric', 'val > ''-Infinity''::numeric', 'val > ''Infinity''::numeric',
    'val <= ''-Infinity''::numeric', 'val = ''Infinity''::numeric',
    'val = ANY(''{1,Infinity,-Infinity}''::numeric[])'
]);

-- a numeric column against infinite bounds
CREATE FOREIGN TABLE ni_num (val numeric) SERVER numeric_infinity_srv
  OPTIONS (start '-5', end '15', step '2');
SELECT * FROM pushdown_check('ni_num', 'SELECT g::numeric AS val FROM generate_series(-5, 14, 2) g', ARRAY[
    'val < ''Infinity''', 'val >= ''-Infinity''', 'val > ''Infinity''', 'val < ''-Infinity'''
]);

DROP FUNCTION pushdown_check(regclass, text, text[], text, boolean);
DROP SERVER numeric_infinity_srv CASCADE;
\endif
