-- time_options.sql — options of time sequences: each option is a bigint or in time form (a
-- date or timestamp for start and end, an interval for step), checked by the validator; the
-- column decides at plan time which form applies. Every refusal names the table, the option
-- and where it came from, with its SQLSTATE.
\set VERBOSITY default
SET DateStyle = 'ISO, YMD';  -- as psql shows them (pg_regress sets Postgres, MDY)
SET IntervalStyle = postgres;  -- likewise (pg_regress sets postgres_verbose)
SET TimeZone = 'UTC';
CREATE SERVER topt_srv FOREIGN DATA WRAPPER seqint_fdw;

-- the validator accepts the time forms, refuses what is in no form
CREATE SERVER topt_ok FOREIGN DATA WRAPPER seqint_fdw
  OPTIONS (start '2026-01-01 00:00+02', end 'Jan 5 2026', step 'P1DT2H');
CREATE FOREIGN TABLE topt_iso (t timestamptz) SERVER topt_ok;
SELECT * FROM topt_iso;
\set ON_ERROR_STOP 0
-- a field out of range gets the SQLSTATE PostgreSQL's own input gives it (22008, 22009 for a
-- zone's offset); a malformed number stays 22P02
CREATE SERVER topt_bad FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '2026-02-30');
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_t (t timestamp) SERVER topt_srv OPTIONS (end '2026-01-01 25:00');
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_t (t timestamptz) SERVER topt_srv OPTIONS (end '2026-01-01 10:00+99');
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_t (t timestamp) SERVER topt_srv OPTIONS (end '2026.5');
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_t (d date) SERVER topt_srv OPTIONS (start 'yesterday-ish');
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_t (d date) SERVER topt_srv OPTIONS (step '1 fortnight');
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_t (d date) SERVER topt_srv OPTIONS (end 'infinity');
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_t (d date) SERVER topt_srv OPTIONS (start '-infinity');
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_t (d date) SERVER topt_srv OPTIONS (start 'today');
\echo :LAST_ERROR_SQLSTATE
ALTER SERVER topt_srv OPTIONS (ADD end 'now');
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_t (d date) SERVER topt_srv OPTIONS (start 'Tomorrow');
\echo :LAST_ERROR_SQLSTATE

-- a missing start or end, or a timestamp's missing step (a date's defaults to a day)
CREATE FOREIGN TABLE topt_no_end (d date) SERVER topt_srv OPTIONS (start '2026-01-01');
SELECT * FROM topt_no_end;
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_no_start (t timestamptz) SERVER topt_srv OPTIONS (end '2026-01-01');
SELECT * FROM topt_no_start;
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_no_step (t timestamp) SERVER topt_srv
  OPTIONS (start '2026-01-01', end '2026-01-02');
SELECT count(*) FROM topt_no_step;
\echo :LAST_ERROR_SQLSTATE

-- the wrong form for the column, from the table or from its server
CREATE FOREIGN TABLE topt_int_step (t timestamp) SERVER topt_srv
  OPTIONS (start '2026-01-01', end '2026-01-02', step '5');
SELECT * FROM topt_int_step;
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_int_start (d date) SERVER topt_srv OPTIONS (start '20260101', end '2027-01-01');
SELECT * FROM topt_int_start;
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_date_on_int (v int) SERVER topt_srv OPTIONS (end '2026-01-01');
SELECT * FROM topt_date_on_int;
\echo :LAST_ERROR_SQLSTATE
CREATE SERVER topt_time_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (step '1 hour');
CREATE FOREIGN TABLE topt_int_under_time (v int) SERVER topt_time_srv OPTIONS (end '10');
SELECT count(*) FROM topt_int_under_time;
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_date_hours (d date) SERVER topt_time_srv
  OPTIONS (start '2026-01-01', end '2026-01-02');
SELECT * FROM topt_date_hours;
\echo :LAST_ERROR_SQLSTATE
-- a table option overrides the server's
ALTER FOREIGN TABLE topt_int_under_time OPTIONS (ADD step '2');
SELECT count(*) FROM topt_int_under_time;

-- steps: zero, of mixed signs (not monotonic), finer than a date
CREATE FOREIGN TABLE topt_zero (t timestamp) SERVER topt_srv
  OPTIONS (start '2026-01-01', end '2026-01-02', step '0 seconds');
SELECT * FROM topt_zero;
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_mixed (d date) SERVER topt_srv
  OPTIONS (start '2026-01-01', end '2026-06-01', step '1 mon -1 day');
SELECT * FROM topt_mixed;
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_mixed_time (t timestamptz) SERVER topt_srv
  OPTIONS (start '2026-01-01', end '2026-06-01', step '1 day -1 hour');
SELECT * FROM topt_mixed_time;
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_fine (d date) SERVER topt_srv
  OPTIONS (start '2026-01-01', end '2026-06-01', step '1 day 1 second');
SELECT * FROM topt_fine;
\echo :LAST_ERROR_SQLSTATE

-- a sequence that never reaches its end
CREATE FOREIGN TABLE topt_backwards (d date) SERVER topt_srv
  OPTIONS (start '2026-01-01', end '2025-01-01');
SELECT * FROM topt_backwards;
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_backwards_months (t timestamp) SERVER topt_srv
  OPTIONS (start '2025-01-01', end '2026-01-01', step '-1 mon');
SELECT * FROM topt_backwards_months;
\echo :LAST_ERROR_SQLSTATE

-- values past the range: an option the type cannot read, calendar arithmetic past 294276 AD,
-- a precision the column would round to
CREATE FOREIGN TABLE topt_far (t timestamp) SERVER topt_srv
  OPTIONS (start '2026-01-01', end '300000-01-01', step '1000 years');
SELECT count(*) FROM topt_far;
\echo :LAST_ERROR_SQLSTATE
CREATE FOREIGN TABLE topt_far_months (d date) SERVER topt_srv
  OPTIONS (start '294276-01-01', end '294277-06-01', step '1 mon');
SELECT count(*) FROM topt_far_months;
\echo :LAST_ERROR_SQLSTATE
-- counting down, a step below the range is below the end too (dates and timestamps begin
-- on the same day): the values before it answer, as generate_series's would
CREATE FOREIGN TABLE topt_bc_years (d date) SERVER topt_srv
  OPTIONS (start '4141-04-09 BC', end '4711-04-03 BC', step '-10 years');
SELECT count(*), min(d), max(d) FROM topt_bc_years;
SELECT array_agg(d ORDER BY d) = array(SELECT ('4141-04-09 BC'::date - k * interval '10 years')::date
                                         FROM generate_series(57, 0, -1) k) AS same
  FROM topt_bc_years;
CREATE FOREIGN TABLE topt_bc_first_day (d date) SERVER topt_srv
  OPTIONS (start '4713-01-25 BC', end '4714-11-24 BC', step '-1 mon');
SELECT count(*), min(d), max(d) FROM topt_bc_first_day;
CREATE FOREIGN TABLE topt_far_start (d date) SERVER topt_srv
  OPTIONS (start '300000-01-01', end '300001-01-01', step '1 mon');
SELECT count(*) FROM topt_far_start;
\echo :LAST_ERROR_SQLSTATE
-- by days a date reaches its own end of range
ALTER FOREIGN TABLE topt_far_start OPTIONS (SET step '1 day');
SELECT count(*) FROM topt_far_start;
CREATE FOREIGN TABLE topt_rounded (t timestamp(0)) SERVER topt_srv
  OPTIONS (start '2026-01-01', end '2026-01-01 00:00:02', step '0.5 seconds');
SELECT * FROM topt_rounded;
\echo :LAST_ERROR_SQLSTATE
ALTER FOREIGN TABLE topt_rounded OPTIONS (SET step '1 second');
SELECT * FROM topt_rounded;
CREATE FOREIGN TABLE topt_rounded_tz (t timestamptz(2)) SERVER topt_srv
  OPTIONS (start '2026-01-01 00:00:00.001', end '2026-01-01 00:00:02', step '1 second');
SELECT * FROM topt_rounded_tz;
\echo :LAST_ERROR_SQLSTATE
\set ON_ERROR_STOP 1

-- the ISO 8601 step (P1DT2H: a day and two hours, calendar days in the zone) still reads
SELECT count(*) FROM topt_iso;

SET client_min_messages = warning;
DROP SERVER topt_srv, topt_ok, topt_time_srv CASCADE;
RESET client_min_messages;
