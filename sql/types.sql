-- types.sql — every column type a seqint table can have, and values that do not fit it.
CREATE SERVER types_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '-3', end '4', step '2');

CREATE FOREIGN TABLE t_int2 (v smallint) SERVER types_srv;
CREATE FOREIGN TABLE t_int4 (v integer) SERVER types_srv;
CREATE FOREIGN TABLE t_int8 (v bigint) SERVER types_srv;
CREATE FOREIGN TABLE t_float4 (v real) SERVER types_srv;
CREATE FOREIGN TABLE t_float8 (v double precision) SERVER types_srv;
CREATE FOREIGN TABLE t_numeric (v numeric) SERVER types_srv;
CREATE FOREIGN TABLE t_numeric_scaled (v numeric(6,2)) SERVER types_srv;
SELECT 'int2' AS type, array_agg(v)::text, pg_typeof(min(v)) FROM t_int2
UNION ALL SELECT 'int4', array_agg(v)::text, pg_typeof(min(v)) FROM t_int4
UNION ALL SELECT 'int8', array_agg(v)::text, pg_typeof(min(v)) FROM t_int8
UNION ALL SELECT 'float4', array_agg(v)::text, pg_typeof(min(v)) FROM t_float4
UNION ALL SELECT 'float8', array_agg(v)::text, pg_typeof(min(v)) FROM t_float8
UNION ALL SELECT 'numeric', array_agg(v)::text, pg_typeof(min(v)) FROM t_numeric
UNION ALL SELECT 'numeric(6,2)', array_agg(v)::text, pg_typeof(min(v)) FROM t_numeric_scaled;

-- domains over these types, with their constraints enforced row by row
CREATE DOMAIN small_count AS smallint;
CREATE DOMAIN even_int AS integer CHECK (VALUE % 2 = 0);
CREATE DOMAIN money_amount AS numeric(8,2);
CREATE FOREIGN TABLE t_domain (v small_count) SERVER types_srv;
CREATE FOREIGN TABLE t_domain_numeric (v money_amount) SERVER types_srv;
CREATE FOREIGN TABLE t_even (v even_int) SERVER types_srv OPTIONS (start '0', end '7', step '1');
SELECT array_agg(v), pg_typeof(min(v)) FROM t_domain;
SELECT array_agg(v) FROM t_domain_numeric;
SELECT v FROM t_even LIMIT 1;              -- 0 passes, and the scan stops there
SELECT v FROM t_even;                      -- 1 violates the domain
-- nothing may skip the value 1 past the CHECK: no bounds, OFFSET or aggregates are pushed
SELECT v FROM t_even WHERE v > 4;
SELECT v FROM t_even OFFSET 2 LIMIT 1;
SELECT count(*), max(v), sum(v) FROM t_even;
EXPLAIN (COSTS OFF) SELECT count(*) FROM t_even WHERE v > 4;
ALTER FOREIGN TABLE t_even OPTIONS (SET step '2');
SELECT array_agg(v) FROM t_even;

-- floating-point columns round as a cast does: 2^53 + 1 is not a double
CREATE FOREIGN TABLE t_float8_big (v double precision) SERVER types_srv
  OPTIONS (start '9007199254740992', end '9007199254740995', step '1');
SELECT array_agg(v::bigint) FROM t_float8_big;
SELECT array_agg(v) = array(SELECT g::double precision FROM generate_series(9007199254740992, 9007199254740994) g)
  FROM t_float8_big;
CREATE FOREIGN TABLE t_float4_big (v real) SERVER types_srv
  OPTIONS (start '16777216', end '16777219', step '1');
SELECT array_agg(v::bigint), array_agg(v) = array(SELECT g::real FROM generate_series(16777216, 16777218) g) FROM t_float4_big;

-- values must fit the column: the last value decides, not end
CREATE FOREIGN TABLE fits_int2 (v smallint) SERVER types_srv OPTIONS (start '32760', end '32768', step '1');
SELECT count(*), max(v) FROM fits_int2;
CREATE FOREIGN TABLE fits_int2_down (v smallint) SERVER types_srv OPTIONS (start '-32760', end '-32769', step '-1');
SELECT count(*), min(v) FROM fits_int2_down;

-- the first value that does not fit is named, at plan time, whatever the WHERE clause
\set state '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'
CREATE FOREIGN TABLE too_big_int2 (v smallint) SERVER types_srv OPTIONS (start '32760', end '32770', step '1');
SELECT * FROM too_big_int2 WHERE v < 0;
:state
EXPLAIN (COSTS OFF) SELECT count(*) FROM too_big_int2;
:state
CREATE FOREIGN TABLE too_small_int2 (v smallint) SERVER types_srv OPTIONS (start '-32766', end '-40000', step '-5');
SELECT count(*) FROM too_small_int2;
:state
CREATE FOREIGN TABLE start_too_big (v smallint) SERVER types_srv OPTIONS (start '40000', end '0', step '-1');
SELECT count(*) FROM start_too_big;
:state
CREATE FOREIGN TABLE too_big_int4 (v integer) SERVER types_srv OPTIONS (start '2147483000', end '2147484000', step '100');
SELECT count(*) FROM too_big_int4;
:state
CREATE FOREIGN TABLE too_big_numeric (v numeric(5,0)) SERVER types_srv OPTIONS (start '99990', end '100010', step '7');
SELECT count(*) FROM too_big_numeric;
:state
CREATE FOREIGN TABLE too_big_scaled (v numeric(5,2)) SERVER types_srv OPTIONS (start '0', end '2000', step '250');
SELECT count(*) FROM too_big_scaled;
:state
CREATE FOREIGN TABLE too_big_domain (v small_count) SERVER types_srv OPTIONS (start '0', end '100000', step '10000');
SELECT count(*) FROM too_big_domain;
:state
-- fixing the options fixes the table
ALTER FOREIGN TABLE too_big_int2 OPTIONS (SET end '32768');
SELECT count(*) FROM too_big_int2;

-- numeric with a negative scale (PostgreSQL 15 and later): numeric_negative_scale.sql

DROP SERVER types_srv CASCADE;
DROP DOMAIN small_count, even_int, money_amount;
