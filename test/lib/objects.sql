-- test/lib/objects.sql — the seqint objects the upgrade and standby suites carry from one
-- cluster to another: a table of every column type seqint fills (smallint, integer, bigint,
-- real, double precision, numeric with and without a typmod, domains over integers and over
-- numeric), options at the server level, the table level and both, options changed by ALTER,
-- a schema, views, a heap table to join with, grants and comments. Needs the extension
-- created (any version). test/lib/checksums.sql prints what they answer.
CREATE ROLE regress_seqint_reader;
CREATE SCHEMA calendar;
CREATE DOMAIN calendar.weekday AS smallint CHECK (VALUE BETWEEN 0 AND 6);
CREATE DOMAIN positive_big AS bigint CHECK (VALUE > 0);
CREATE DOMAIN cents AS numeric(12,2) CHECK (VALUE >= -1000);

CREATE SERVER plain_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE SERVER ranged_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '-5', end '1000', step '3');
COMMENT ON SERVER ranged_srv IS 'counts by three';
GRANT USAGE ON FOREIGN SERVER ranged_srv TO regress_seqint_reader;
-- a grant on the extension's own wrapper (pg_dump keeps it apart from the extension's)
GRANT USAGE ON FOREIGN DATA WRAPPER seqint_fdw TO regress_seqint_reader;

-- every column type; options from the server, the table, or both
CREATE FOREIGN TABLE t_smallint (val smallint) SERVER plain_srv
  OPTIONS (start '-32768', end '32767', step '7');
CREATE FOREIGN TABLE t_integer (val integer) SERVER ranged_srv;   -- all three from the server
CREATE FOREIGN TABLE t_bigint (val bigint) SERVER plain_srv
  OPTIONS (start '-9223372036854775808', end '9223372036854775807', step '92233720368547758');
CREATE FOREIGN TABLE t_bigint_huge (val bigint) SERVER plain_srv OPTIONS (end '1000000000000000');
CREATE FOREIGN TABLE t_real (val real) SERVER ranged_srv OPTIONS (start '990', end '-100', step '-11');
CREATE FOREIGN TABLE t_double (val double precision) SERVER plain_srv OPTIONS (start '1', end '5');
ALTER FOREIGN TABLE t_double OPTIONS (SET end '50000', DROP start, ADD step '4');
CREATE FOREIGN TABLE t_numeric (val numeric) SERVER ranged_srv OPTIONS (step '-7', start '+990');
ALTER FOREIGN TABLE t_numeric OPTIONS (ADD end '-100');
CREATE FOREIGN TABLE t_numeric_typmod (val numeric(12,0)) SERVER ranged_srv OPTIONS (end ' 20000');
CREATE FOREIGN TABLE t_numeric_scale (val numeric(10,2)) SERVER plain_srv OPTIONS (start '-500', end '500');
CREATE FOREIGN TABLE t_positive (val positive_big) SERVER plain_srv OPTIONS (start '1', end '100000');
CREATE FOREIGN TABLE t_cents (val cents) SERVER ranged_srv OPTIONS (start '-999');
CREATE FOREIGN TABLE calendar.days (day calendar.weekday) SERVER plain_srv OPTIONS (end '7');
COMMENT ON FOREIGN TABLE calendar.days IS 'the days of a week';
COMMENT ON COLUMN calendar.days.day IS '0 is Sunday';
GRANT SELECT ON t_bigint_huge, calendar.days TO regress_seqint_reader;

-- views over seqint tables, and a heap table to join with
CREATE VIEW evens AS SELECT val FROM t_integer WHERE val % 2 = 0;
CREATE VIEW weekday_hits AS
  SELECT d.day, count(*) AS hits FROM calendar.days d JOIN t_integer i ON i.val % 7 = d.day GROUP BY d.day;
COMMENT ON VIEW evens IS 'the even ones';
GRANT SELECT ON evens TO regress_seqint_reader;
CREATE TABLE probes AS SELECT g * 37 AS x FROM generate_series(1, 2000) g;
