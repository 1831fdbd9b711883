-- time_timestamptz.sql — timestamptz sequences and the session's TimeZone: a step of hours is
-- a fixed length; a step of days or months is calendar arithmetic in the session's zone (a day
-- across a DST change is 23 or 25 hours), as PostgreSQL's own timestamptz + interval; a
-- zone-less start or end is read in the zone of each execution, like a literal. Prepared
-- statements stay right when the zone changes between executions.
\i sql/helpers/explain_analyze.sql
SET TimeZone = 'Europe/Berlin';
CREATE SERVER tz_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE utc_hours (t timestamptz) SERVER tz_srv
  OPTIONS (start '2026-03-28 22:00+00', end '2026-03-29 03:00+00', step '1 hour');
CREATE FOREIGN TABLE local_days (t timestamptz) SERVER tz_srv
  OPTIONS (start '2026-03-27', end '2026-04-01', step '1 day');
CREATE FOREIGN TABLE autumn_days (t timestamptz) SERVER tz_srv
  OPTIONS (start '2026-10-23 12:00', end '2026-10-28', step '1 day');
CREATE FOREIGN TABLE local_months (t timestamptz) SERVER tz_srv
  OPTIONS (start '2026-01-31 02:30', end '2026-07-01', step '1 mon');
CREATE FOREIGN TABLE gap_days (t timestamptz) SERVER tz_srv
  OPTIONS (start '2026-03-27 02:30', end '2026-03-31', step '1 day');

-- hours are 3600 seconds, in any zone: across the spring change, 01:00 is followed by 03:00
SELECT t, t AT TIME ZONE 'UTC' AS utc FROM utc_hours;
SELECT array(SELECT t FROM utc_hours)
     = array(SELECT g FROM generate_series('2026-03-28 22:00+00'::timestamptz, '2026-03-29 02:59+00', '1 hour') g)
       AS same;
-- days are calendar days in the session's zone: the 29th lasts 23 hours, 25 October 25
SELECT t, lead(t) OVER (ORDER BY t) - t AS length FROM local_days;
SELECT t, lead(t) OVER (ORDER BY t) - t AS length FROM autumn_days;
SELECT array(SELECT t FROM local_days)
     = array(SELECT g FROM generate_series('2026-03-27'::timestamptz, '2026-03-31', '1 day') g)
       AS same;
-- 02:30 on the 29th does not exist in Berlin: PostgreSQL reads it as 03:30
SELECT * FROM gap_days;
SELECT array(SELECT t FROM gap_days)
     = array(SELECT '2026-03-27 02:30'::timestamptz + k * interval '1 day' FROM generate_series(0, 3) k)
       AS same_as_k_times_step;
SELECT * FROM local_months;

-- bounds of every time type, exact: a date is its local midnight
SELECT explain_analyze($$SELECT * FROM local_days WHERE t >= '2026-03-29'::date AND t < '2026-03-31 00:00'::timestamp$$);
SELECT * FROM local_days WHERE t > '2026-03-28 23:00+00' AND t <= '2026-03-30';
SELECT * FROM local_months WHERE t IN ('2026-02-28 02:30', '2026-03-31 02:30+02', '2026-04-30 00:30+00');
SELECT count(*), min(t), max(t) FROM local_months WHERE t > '2026-03-01'::date;
EXPLAIN (COSTS OFF) SELECT count(*), min(t), max(t) FROM local_months WHERE t > '2026-03-01'::date;
SELECT * FROM utc_hours ORDER BY t DESC LIMIT 2;

-- the same table in another zone: its zone-less start and its days move with the zone
SET TimeZone = 'America/New_York';
SELECT * FROM local_days;
SELECT * FROM utc_hours LIMIT 1;
SET DateStyle = 'ISO, YMD';  -- as psql shows them (pg_regress sets Postgres, MDY)
SET IntervalStyle = postgres;  -- likewise (pg_regress sets postgres_verbose)
SET TimeZone = 'UTC';
SELECT t, lead(t) OVER (ORDER BY t) - t AS length FROM local_days;

-- prepared statements: each execution reads the sequence in the zone of the moment, with a
-- custom plan or a generic one
SET TimeZone = 'Europe/Berlin';
PREPARE days AS SELECT t FROM local_days;
PREPARE days_after(timestamptz) AS SELECT count(*), min(t) FROM local_days WHERE t >= $1;
PREPARE days_on_or_after(date) AS SELECT t FROM local_days WHERE t >= $1 ORDER BY t LIMIT 2;
EXECUTE days;
EXECUTE days_after('2026-03-30 00:00+02');
EXECUTE days_on_or_after('2026-03-30');
SET TimeZone = 'Asia/Kolkata';
EXECUTE days;
EXECUTE days_after('2026-03-30 00:00+02');
EXECUTE days_on_or_after('2026-03-30');
SET plan_cache_mode = force_generic_plan;
PREPARE generic_days AS SELECT count(*), min(t), max(t) FROM local_days;
PREPARE generic_on_or_after(date) AS SELECT t FROM local_days WHERE t >= $1 ORDER BY t LIMIT 2;
EXECUTE generic_days;
EXECUTE generic_on_or_after('2026-03-30');
SET TimeZone = 'Australia/Lord_Howe';
EXECUTE generic_days;
EXECUTE generic_on_or_after('2026-03-30');
SET TimeZone = 'Europe/Berlin';
EXECUTE generic_days;
EXECUTE generic_on_or_after('2026-03-30');
EXPLAIN (COSTS OFF) EXECUTE generic_on_or_after('2026-03-30');
RESET plan_cache_mode;

-- a cursor keeps the zone it started in, as its values are already defined
BEGIN;
DECLARE days_cursor CURSOR FOR SELECT t FROM local_days;
FETCH 2 FROM days_cursor;
SET LOCAL TimeZone = 'UTC';
FETCH 2 FROM days_cursor;
COMMIT;

DROP FUNCTION explain_analyze(text);

SET client_min_messages = warning;
DROP SERVER tz_srv CASCADE;
RESET client_min_messages;
