-- time_date.sql — date sequences: a calendar with no storage. Steps of days are sequences of
-- day numbers (what PostgreSQL stores); steps with months are start + k * step, by
-- PostgreSQL's own calendar rules. Every feature of integer tables applies: bounds of any time
-- type, order both ways, OFFSET/LIMIT, aggregates, parameterized joins.
\i sql/helpers/explain_analyze.sql
\i sql/helpers/estimated_rows.sql
SET DateStyle = 'ISO, YMD';  -- as psql shows them (pg_regress sets Postgres, MDY)
SET IntervalStyle = postgres;  -- likewise (pg_regress sets postgres_verbose)
SET TimeZone = 'UTC';
CREATE SERVER date_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE days_2026 (day date) SERVER date_srv
  OPTIONS (start '2026-01-01', end '2027-01-01', step '1 day');
CREATE FOREIGN TABLE default_step (day date) SERVER date_srv
  OPTIONS (start '2024-02-27', end '2024-03-02');
CREATE FOREIGN TABLE weeks_down (day date) SERVER date_srv
  OPTIONS (start '2026-03-02', end '2026-01-01', step '-1 week');
CREATE FOREIGN TABLE month_starts (m date) SERVER date_srv
  OPTIONS (start '2020-01-01', end '2030-01-01', step '1 month');
CREATE FOREIGN TABLE month_ends (m date) SERVER date_srv
  OPTIONS (start '2024-01-31', end '2025-01-01', step '1 mon');
CREATE FOREIGN TABLE leap_years (d date) SERVER date_srv
  OPTIONS (start '2000-02-29', end '2030-01-01', step '1 year');
CREATE FOREIGN TABLE months_down (m date) SERVER date_srv
  OPTIONS (start '2026-03-31', end '2025-01-01', step '-2 mons');
CREATE FOREIGN TABLE quarters_and_days (d date) SERVER date_srv
  OPTIONS (start '2026-01-31', end '2027-01-01', step '3 mons 1 day');
CREATE FOREIGN TABLE date_edges (d date) SERVER date_srv
  OPTIONS (start '4714-11-24 BC', end '5874897-12-31', step '1000000 days');
CREATE FOREIGN TABLE empty_days (d date) SERVER date_srv
  OPTIONS (start '2026-01-01', end '2026-01-01');

-- a year of days, exactly generate_series's, with the count the planner knows
SELECT count(*), min(day), max(day) FROM days_2026;
SELECT array(SELECT day FROM days_2026)
     = array(SELECT g::date FROM generate_series('2026-01-01'::timestamp, '2026-12-31', '1 day') g)
       AS same;
SELECT estimated_rows('SELECT * FROM days_2026');
-- step defaults to a day for a date column; leap day included
SELECT * FROM default_step;
-- counting down by weeks
SELECT * FROM weeks_down;

-- months: start + k * step, so a month end stays a month end (Jan 31, Feb 29, Mar 31, …),
-- where generate_series's repeated addition stays on the 29th once it reached it
SELECT * FROM month_ends;
SELECT array(SELECT m FROM month_ends)
     = array(SELECT ('2024-01-31'::date + k * interval '1 month')::date
               FROM generate_series(0, 11) k) AS same_as_k_times_step,
       array(SELECT m FROM month_ends)
     = array(SELECT g::date
               FROM generate_series('2024-01-31'::timestamp, '2024-12-31', '1 month') g)
       AS same_as_generate_series;
SELECT * FROM leap_years;
SELECT * FROM months_down;
SELECT * FROM quarters_and_days;
SELECT count(*), min(m), max(m) FROM month_starts;

-- the whole range of date, in steps of a million days
SELECT count(*), min(d), max(d) FROM date_edges;
SELECT d FROM date_edges ORDER BY d DESC LIMIT 2;
SELECT count(*), min(d) FROM empty_days;

-- bounds: constants of every time type, BETWEEN, IN, = ANY; no filter stays, and only the
-- matching days are walked
SELECT explain_analyze($$SELECT * FROM days_2026 WHERE day >= '2026-03-01' AND day < '2026-03-04'$$);
SELECT * FROM days_2026 WHERE day BETWEEN '2026-12-30' AND '2027-02-01';
SELECT * FROM days_2026 WHERE day > '2026-02-26 12:00'::timestamp AND day <= '2026-03-02'::timestamp;
SELECT explain_analyze($$SELECT * FROM days_2026 WHERE day > '2026-02-26 12:00'::timestamp AND day <= '2026-03-02'::timestamp$$);
SELECT * FROM days_2026 WHERE day = '2026-06-01 00:00'::timestamp;
SELECT * FROM days_2026 WHERE day = '2026-06-01 00:01'::timestamp;
SELECT * FROM days_2026 WHERE day IN ('2026-02-03', '2026-02-05', '2025-12-31', NULL);
SELECT * FROM days_2026 WHERE day = ANY (ARRAY['2026-04-01 00:00', '2026-04-02 10:00']::timestamp[]);
SELECT explain_analyze($$SELECT * FROM days_2026 WHERE day IN ('2026-02-03', '2026-02-05', '2025-12-31')$$);
SELECT * FROM days_2026 WHERE day < '2026-01-03' OR day >= '2026-12-30';
SELECT estimated_rows($$SELECT * FROM days_2026 WHERE day >= '2026-03-01' AND day < '2026-04-01'$$);
-- against a timestamptz, a date compares as its midnight in the session's TimeZone
SET TimeZone = 'Asia/Tokyo';
SELECT * FROM days_2026 WHERE day >= '2026-05-01 14:00+00'::timestamptz AND day < '2026-05-04 15:00+00'::timestamptz;
SELECT explain_analyze($$SELECT * FROM days_2026 WHERE day >= '2026-05-01 14:00+00'::timestamptz AND day < '2026-05-04 15:00+00'::timestamptz$$);
SET TimeZone = 'UTC';
-- stable expressions are bounds too, evaluated once when the scan starts: the days around
-- today in a table around today, compared with what generate_series gives
CREATE FOREIGN TABLE days_around_now (day date) SERVER date_srv
  OPTIONS (start '2000-01-01', end '2100-01-01');
EXPLAIN (COSTS OFF) SELECT * FROM days_around_now WHERE day >= current_date - 3 AND day < now() + interval '2 days';
SELECT array(SELECT day FROM days_around_now WHERE day >= current_date - 3 AND day < now() + interval '2 days')
     = array(SELECT g::date FROM generate_series(current_date - 3, now() + interval '2 days', '1 day') g
              WHERE g < now() + interval '2 days') AS same,
       (SELECT count(*) FROM days_around_now WHERE day >= current_date - 3 AND day < now() + interval '2 days')
       BETWEEN 5 AND 6 AS five_or_six;
-- infinities bound nothing or everything
SELECT count(*) FROM days_2026 WHERE day < 'infinity';
SELECT count(*) FROM days_2026 WHERE day > 'infinity'::timestamp;
SELECT count(*) FROM days_2026 WHERE day >= '-infinity'::timestamptz;

-- bounds on month steps are searches among the months: exact, walking only what matches
SELECT explain_analyze($$SELECT * FROM month_starts WHERE m >= '2025-03-02' AND m < '2025-07-01'$$);
SELECT * FROM month_ends WHERE m > '2024-02-29' AND m <= '2024-06-30';
SELECT * FROM month_ends WHERE m = '2024-02-29';
SELECT * FROM month_ends WHERE m = '2024-02-28';
SELECT * FROM month_ends WHERE m IN ('2024-04-30', '2024-04-29', '2024-12-31');
SELECT * FROM months_down WHERE m BETWEEN '2025-05-01' AND '2025-12-31';
SELECT * FROM months_down WHERE m < '2025-06-01' OR m > '2026-01-01';
SELECT estimated_rows($$SELECT * FROM month_starts WHERE m >= '2025-03-02' AND m < '2025-07-01'$$);

-- order both ways without a Sort; OFFSET and LIMIT jump
EXPLAIN (COSTS OFF) SELECT * FROM days_2026 ORDER BY day DESC LIMIT 3;
SELECT * FROM days_2026 ORDER BY day DESC LIMIT 3;
SELECT * FROM days_2026 ORDER BY day OFFSET 362;
EXPLAIN (COSTS OFF) SELECT * FROM month_starts ORDER BY m DESC OFFSET 3 LIMIT 2;
SELECT * FROM month_starts ORDER BY m DESC OFFSET 3 LIMIT 2;
SELECT * FROM months_down ORDER BY m LIMIT 2;

-- count, min and max in closed form
EXPLAIN (COSTS OFF) SELECT count(*), min(day), max(day) FROM days_2026 WHERE day >= '2026-07-01';
SELECT count(*), count(day), min(day), max(day) FROM days_2026 WHERE day >= '2026-07-01';
EXPLAIN (COSTS OFF) SELECT count(*), min(m), max(m) FROM month_ends WHERE m < '2024-07-01';
SELECT count(*), min(m), max(m) FROM month_ends WHERE m < '2024-07-01';
SELECT min(m), max(m) FROM month_ends WHERE m > '2025-01-01';

-- GROUP BY and date arithmetic on top, as a calendar is used
SELECT date_trunc('quarter', day)::date AS quarter, count(*) AS days,
       count(*) FILTER (WHERE extract(isodow FROM day) < 6) AS weekdays
  FROM days_2026 GROUP BY 1 ORDER BY 1;

-- a parameterized nested loop: each outer row probes its day
CREATE TABLE date_orders (id int, ordered date);
INSERT INTO date_orders VALUES (1, '2026-02-01'), (2, '2026-05-05'), (3, '2027-05-05'), (4, NULL);
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SELECT explain_analyze('SELECT * FROM date_orders o JOIN days_2026 d ON d.day = o.ordered WHERE o.id <= 2');
SELECT o.id, d.day FROM date_orders o JOIN days_2026 d ON d.day = o.ordered ORDER BY o.id;
SELECT o.id, m.m FROM date_orders o JOIN month_starts m ON m.m = date_trunc('month', o.ordered) ORDER BY o.id;
-- gap finding: the days with no order, as a LEFT JOIN
SELECT count(*) FROM days_2026 d LEFT JOIN date_orders o ON o.ordered = d.day WHERE o.id IS NULL;
RESET enable_hashjoin;
RESET enable_mergejoin;

-- prepared statements with a date parameter, custom and generic plans
PREPARE days_from(date) AS SELECT count(*), min(day) FROM days_2026 WHERE day >= $1;
EXECUTE days_from('2026-12-25');
SET plan_cache_mode = force_generic_plan;
EXECUTE days_from('2026-12-29');
PREPARE months_upto(timestamp) AS SELECT m FROM month_ends WHERE m <= $1 ORDER BY m DESC LIMIT 2;
EXECUTE months_upto('2024-04-30 00:00');
EXECUTE months_upto('2024-04-29 23:59');
RESET plan_cache_mode;

-- a domain over date with a check sees every value, pushes nothing
CREATE DOMAIN weekday AS date CHECK (extract(isodow FROM VALUE) < 6);
CREATE FOREIGN TABLE weekdays (d weekday) SERVER date_srv
  OPTIONS (start '2026-01-05', end '2026-01-10');
SELECT * FROM weekdays WHERE d > '2026-01-06';
ALTER FOREIGN TABLE weekdays OPTIONS (SET end '2026-01-11');
SELECT * FROM weekdays WHERE d > '2026-01-06';

-- ANALYZE gives the planner a histogram of dates
ANALYZE days_2026;
SELECT n_distinct, correlation, array_length(histogram_bounds, 1) AS bounds
  FROM pg_stats WHERE tablename = 'days_2026';
SELECT estimated_rows('SELECT DISTINCT day FROM days_2026');

DROP TABLE date_orders;
DROP FUNCTION explain_analyze(text);
DROP FUNCTION estimated_rows(text);

SET client_min_messages = warning;
DROP SERVER date_srv CASCADE;
RESET client_min_messages;
DROP DOMAIN weekday;
