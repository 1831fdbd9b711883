-- describe.sql — seqint_fdw_describe(regclass): the sequence a query scans, where each option
-- came from, how many values and the last one; and what it refuses to describe. From 1.2
-- start, end, step and last are text in the column type's syntax: the decimal integers of a
-- number column, dates and timestamps (and an interval step) of a time column.
CREATE SERVER describe_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '5', step '5');
CREATE FOREIGN TABLE describe_server (n int) SERVER describe_srv OPTIONS (end '100');
CREATE FOREIGN TABLE describe_own (n int) SERVER describe_srv
  OPTIONS (start '10', end '0', step '-3');
CREATE SERVER describe_bare FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE describe_defaults (n int) SERVER describe_bare;
CREATE FOREIGN TABLE describe_empty (n int) SERVER describe_bare OPTIONS (start '7', end '7');
CREATE FOREIGN TABLE describe_widest (n bigint) SERVER describe_bare
  OPTIONS (start '-9223372036854775808', end '9223372036854775807');
CREATE FOREIGN TABLE describe_down (n bigint) SERVER describe_bare
  OPTIONS (start '9223372036854775807', end '-9223372036854775808', step '-4611686018427387904');

-- each value with its origin: the table, its server or the built-in default
SELECT * FROM seqint_fdw_describe('describe_server');
SELECT * FROM seqint_fdw_describe('describe_own');
SELECT * FROM seqint_fdw_describe('describe_defaults');
-- an empty sequence has no last value; 2^64 - 1 values need numeric
SELECT * FROM seqint_fdw_describe('describe_empty');
SELECT * FROM seqint_fdw_describe('describe_widest');
SELECT * FROM seqint_fdw_describe('describe_down');
SELECT pg_typeof(start), pg_typeof("end"), pg_typeof(step), pg_typeof(count), pg_typeof(last)
  FROM seqint_fdw_describe('describe_widest');

-- count and last are what a query finds
SELECT c.relname, d.count, d.last, (SELECT count(*) FROM describe_server) AS counted
  FROM pg_class c, seqint_fdw_describe(c.oid) d WHERE c.relname = 'describe_server';
SELECT d.count, d.last, s.count AS counted, s.min AS smallest   -- counting down: last is least
  FROM seqint_fdw_describe('describe_own') d, (SELECT count(*), min(n) FROM describe_own) s;

-- every seqint table at once, with its server
SELECT c.relname, s.srvname, d.start, d."end", d.step, d.count
  FROM pg_foreign_table ft
  JOIN pg_class c ON c.oid = ft.ftrelid
  JOIN pg_foreign_server s ON s.oid = ft.ftserver
  CROSS JOIN LATERAL seqint_fdw_describe(ft.ftrelid) d
 WHERE c.relname LIKE 'describe\_%'
 ORDER BY c.relname;

-- ALTER shows at once; a dropped table option falls back to the server, then the default
ALTER FOREIGN TABLE describe_server OPTIONS (ADD step '50');
SELECT start, start_origin, step, step_origin, count FROM seqint_fdw_describe('describe_server');
ALTER FOREIGN TABLE describe_server OPTIONS (DROP step);
ALTER SERVER describe_srv OPTIONS (DROP step);
SELECT start, start_origin, step, step_origin, count FROM seqint_fdw_describe('describe_server');

-- time sequences: start, end and last in the column type's output syntax, which depends on
-- DateStyle and, for timestamptz, TimeZone; the step in interval's, which IntervalStyle
-- decides (all set here: pg_regress has defaults of its own); count and origins as for numbers
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET TimeZone = 'Europe/Berlin';
CREATE SERVER describe_time_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '2026-01-01');
-- start from the server, end from the table, step by default: '1 day' for a date
CREATE FOREIGN TABLE describe_days (day date) SERVER describe_time_srv
  OPTIONS (end '2027-01-01');
SELECT * FROM seqint_fdw_describe('describe_days');
CREATE FOREIGN TABLE describe_hours (t timestamp) SERVER describe_time_srv
  OPTIONS (end '2026-01-02 00:00', step '1 hour');
SELECT * FROM seqint_fdw_describe('describe_hours');
-- a zone-less start of a timestamptz is read in the session's TimeZone, as a literal is
CREATE FOREIGN TABLE describe_five_minutes (t timestamptz) SERVER describe_time_srv
  OPTIONS (start '2026-01-01 00:00', end '2026-01-01 01:00', step '5 minutes');
SELECT * FROM seqint_fdw_describe('describe_five_minutes');
SET TimeZone = 'UTC';
SELECT * FROM seqint_fdw_describe('describe_five_minutes');
SET TimeZone = 'Europe/Berlin';
-- a day of a timestamptz is a calendar day of the TimeZone: 23 hours on 2026-03-29
CREATE FOREIGN TABLE describe_noons (t timestamptz) SERVER describe_time_srv
  OPTIONS (start '2026-03-28 12:00', end '2026-04-01 12:00', step '1 day');
SELECT * FROM seqint_fdw_describe('describe_noons');
-- month steps: start + k·step, so the 31st comes back after February's 28th
CREATE FOREIGN TABLE describe_month_ends (day date) SERVER describe_time_srv
  OPTIONS (start '2026-01-31', end '2027-01-01', step '1 month');
SELECT * FROM seqint_fdw_describe('describe_month_ends');
CREATE FOREIGN TABLE describe_quarters_down (t timestamp) SERVER describe_time_srv
  OPTIONS (start '2026-12-31 18:00', end '2024-01-01', step '-3 months');
SELECT * FROM seqint_fdw_describe('describe_quarters_down');
CREATE FOREIGN TABLE describe_years (t timestamptz) SERVER describe_time_srv
  OPTIONS (start '2000-02-29 00:00+00', end '2100-01-01 00:00+00', step '1 year 1 day');
SELECT * FROM seqint_fdw_describe('describe_years');
-- empty: no last value
CREATE FOREIGN TABLE describe_no_days (day date) SERVER describe_time_srv
  OPTIONS (end '2026-01-01');
SELECT * FROM seqint_fdw_describe('describe_no_days');
CREATE FOREIGN TABLE describe_no_months (t timestamp) SERVER describe_time_srv
  OPTIONS (start '2026-05-01', end '2026-05-01', step '1 mon');
SELECT count, last FROM seqint_fdw_describe('describe_no_months');
-- a domain over date, and timestamp(0): the base type's syntax
CREATE DOMAIN describe_workday AS date;
CREATE FOREIGN TABLE describe_domain (day describe_workday) SERVER describe_time_srv
  OPTIONS (end '2026-01-08');
SELECT start, "end", step, count, last FROM seqint_fdw_describe('describe_domain');
CREATE FOREIGN TABLE describe_seconds (t timestamp(0)) SERVER describe_time_srv
  OPTIONS (end '2026-01-01 00:01', step '15 seconds');
SELECT start, "end", step, count, last FROM seqint_fdw_describe('describe_seconds');
-- count and last are what a query finds
SELECT d.relname, d.count, d.last, q.count AS counted, q.last AS found
  FROM (SELECT 'describe_days' AS relname, * FROM seqint_fdw_describe('describe_days')) d,
       (SELECT count(*), max(day)::text AS last FROM describe_days) q
UNION ALL
SELECT d.relname, d.count, d.last, q.count, q.last
  FROM (SELECT 'describe_noons' AS relname, * FROM seqint_fdw_describe('describe_noons')) d,
       (SELECT count(*), max(t)::text AS last FROM describe_noons) q
UNION ALL
SELECT d.relname, d.count, d.last, q.count, q.last
  FROM (SELECT 'describe_month_ends' AS relname, * FROM seqint_fdw_describe('describe_month_ends')) d,
       (SELECT count(*), max(day)::text AS last FROM describe_month_ends) q
UNION ALL
SELECT d.relname, d.count, d.last, q.count, q.last
  FROM (SELECT 'describe_quarters_down' AS relname, * FROM seqint_fdw_describe('describe_quarters_down')) d,
       (SELECT count(*), min(t)::text AS last FROM describe_quarters_down) q;
-- the text casts back to the column's type: last is the last row
SELECT d.last::date = (SELECT day FROM describe_month_ends ORDER BY day DESC LIMIT 1) AS same
  FROM seqint_fdw_describe('describe_month_ends') d;
-- ALTER shows at once: the server's start changes every table that does not set its own
ALTER SERVER describe_time_srv OPTIONS (SET start '2026-06-01');
SELECT start, start_origin, count, last FROM seqint_fdw_describe('describe_days');
ALTER FOREIGN TABLE describe_days OPTIONS (ADD step '1 week');
SELECT start, step, step_origin, count, last FROM seqint_fdw_describe('describe_days');
ALTER SERVER describe_time_srv OPTIONS (SET start '2026-01-01');

-- time sequences no query can read are refused with the query's error, SQLSTATE included:
-- no end (time columns have no default for start and end)
CREATE FOREIGN TABLE describe_no_end (day date) SERVER describe_time_srv;
SELECT * FROM seqint_fdw_describe('describe_no_end');
SELECT * FROM describe_no_end;
-- a date stepped by hours
CREATE FOREIGN TABLE describe_date_hours (day date) SERVER describe_time_srv
  OPTIONS (end '2026-02-01', step '1 hour');
SELECT * FROM seqint_fdw_describe('describe_date_hours');
SELECT * FROM describe_date_hours;
-- a number where a date belongs, and a date where a number belongs
CREATE FOREIGN TABLE describe_number_start (day date) SERVER describe_time_srv
  OPTIONS (start '5', end '2026-02-01');
SELECT * FROM seqint_fdw_describe('describe_number_start');
SELECT * FROM describe_number_start;
CREATE FOREIGN TABLE describe_date_on_int (n int) SERVER describe_time_srv OPTIONS (end '10');
SELECT * FROM seqint_fdw_describe('describe_date_on_int');
SELECT * FROM describe_date_on_int;
-- a step away from end, naming the origins
CREATE FOREIGN TABLE describe_backwards (day date) SERVER describe_time_srv
  OPTIONS (end '2025-01-01');
SELECT * FROM seqint_fdw_describe('describe_backwards');
SELECT * FROM describe_backwards;
-- a step finer than timestamp(0) keeps, and a step of mixed signs
CREATE FOREIGN TABLE describe_rounded (t timestamp(0)) SERVER describe_time_srv
  OPTIONS (end '2026-01-02', step '0.5 seconds');
SELECT * FROM seqint_fdw_describe('describe_rounded');
SELECT * FROM describe_rounded;
CREATE FOREIGN TABLE describe_mixed (t timestamp) SERVER describe_time_srv
  OPTIONS (end '2027-01-01', step '1 mon -1 day');
SELECT * FROM seqint_fdw_describe('describe_mixed');
SELECT * FROM describe_mixed;
-- the SQLSTATEs, the same for seqint_fdw_describe() and a query
DO $$
DECLARE
    relations regclass[] := ARRAY['describe_no_end', 'describe_date_hours',
        'describe_number_start', 'describe_date_on_int', 'describe_backwards',
        'describe_rounded', 'describe_mixed']::regclass[];
    r regclass;
BEGIN
    FOREACH r IN ARRAY relations LOOP
        BEGIN
            PERFORM seqint_fdw_describe(r);
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE '%: %', SQLSTATE, r;
        END;
        BEGIN
            EXECUTE format('SELECT count(*) FROM %s', r);
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE '%: % (a query)', SQLSTATE, r;
        END;
    END LOOP;
END
$$;
RESET DateStyle;
RESET IntervalStyle;
RESET TimeZone;

-- a table no query can read is refused with the error the query gets: two columns, a
-- column of a type seqint cannot fill, values the column cannot hold
CREATE FOREIGN TABLE describe_two_columns (a int, b int) SERVER describe_bare;
SELECT count FROM seqint_fdw_describe('describe_two_columns');
SELECT * FROM describe_two_columns;
CREATE FOREIGN TABLE describe_text (t text) SERVER describe_bare;
SELECT count FROM seqint_fdw_describe('describe_text');
SELECT * FROM describe_text;
CREATE FOREIGN TABLE describe_overflow (s smallint) SERVER describe_bare
  OPTIONS (start '32760', end '32770');
SELECT count FROM seqint_fdw_describe('describe_overflow');
SELECT * FROM describe_overflow;
-- (a query whose WHERE clause is constant false never reaches the wrapper: no rows, no error)
SELECT * FROM describe_overflow WHERE false;

-- a sequence that never reaches its end fails as a query does, naming the origins
ALTER SERVER describe_srv OPTIONS (ADD step '-1');
SELECT * FROM seqint_fdw_describe('describe_server');
SELECT * FROM describe_server;

-- a wrapper under another name with seqint_fdw's handler makes seqint tables too
CREATE FOREIGN DATA WRAPPER describe_alias HANDLER seqint_fdw_handler
  VALIDATOR seqint_fdw_validator;
CREATE SERVER describe_alias_srv FOREIGN DATA WRAPPER describe_alias;
CREATE FOREIGN TABLE describe_aliased (n int) SERVER describe_alias_srv OPTIONS (end '3');
SELECT count, last FROM seqint_fdw_describe('describe_aliased');

-- what it refuses
SELECT * FROM seqint_fdw_describe(NULL);                      -- STRICT: NULL in, NULL out
CREATE TABLE describe_heap (n int);
CREATE VIEW describe_view AS SELECT 1 AS n;
SELECT * FROM seqint_fdw_describe('describe_heap');
SELECT * FROM seqint_fdw_describe('describe_view');
SELECT * FROM seqint_fdw_describe('pg_class');
SELECT * FROM seqint_fdw_describe(0);
SELECT * FROM seqint_fdw_describe('describe_missing');     -- the regclass cast fails first
CREATE FOREIGN DATA WRAPPER describe_other;                    -- no handler at all
CREATE SERVER describe_other_srv FOREIGN DATA WRAPPER describe_other;
CREATE FOREIGN TABLE describe_foreign (n int) SERVER describe_other_srv;
SELECT * FROM seqint_fdw_describe('describe_foreign');
-- the SQLSTATEs: wrong_object_type and undefined_table
DO $$
DECLARE
    relations regclass[] := ARRAY['describe_heap', 'describe_foreign', 0]::regclass[];
    r regclass;
BEGIN
    FOREACH r IN ARRAY relations LOOP
        BEGIN
            PERFORM seqint_fdw_describe(r);
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE '%: %', SQLSTATE, SQLERRM;
        END;
    END LOOP;
END
$$;

DROP TABLE describe_heap;
DROP VIEW describe_view;
DROP SERVER describe_srv, describe_bare CASCADE;
SET client_min_messages = warning;   -- not the list of every table it drops
DROP SERVER describe_time_srv CASCADE;
RESET client_min_messages;
DROP DOMAIN describe_workday;
DROP FOREIGN DATA WRAPPER describe_alias, describe_other CASCADE;
