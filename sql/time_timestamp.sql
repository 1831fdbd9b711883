-- time_timestamp.sql — timestamp sequences: minutes, seconds, fractions of a second, days
-- (always 24 hours without a time zone) and months; bounds across the time types, order,
-- OFFSET/LIMIT, aggregates, parallel scans and ANALYZE.
\i sql/helpers/explain_analyze.sql
\i sql/helpers/estimated_rows.sql
SET DateStyle = 'ISO, YMD';  -- as psql shows them (pg_regress sets Postgres, MDY)
SET IntervalStyle = postgres;  -- likewise (pg_regress sets postgres_verbose)
SET TimeZone = 'UTC';
CREATE SERVER ts_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (step '1 minute');
CREATE FOREIGN TABLE minutes (t timestamp) SERVER ts_srv
  OPTIONS (start '2026-01-01 00:00', end '2026-02-01 00:00');
CREATE FOREIGN TABLE quarter_seconds (t timestamp) SERVER ts_srv
  OPTIONS (start '2026-01-01 00:00:00', end '2026-01-01 00:00:01.01', step '250 milliseconds');
CREATE FOREIGN TABLE days_and_hours (t timestamp) SERVER ts_srv
  OPTIONS (start '2026-03-28 12:00', end '2026-04-02', step '1 day 1 hour');
CREATE FOREIGN TABLE month_ends_at_noon (t timestamp) SERVER ts_srv
  OPTIONS (start '2024-01-31 12:00', end '2024-06-01', step '1 mon');
CREATE FOREIGN TABLE hours_down (t timestamp) SERVER ts_srv
  OPTIONS (start '2026-01-01 03:00', end '2025-12-31 22:00', step '-90 minutes');
CREATE FOREIGN TABLE ts_edges (t timestamp) SERVER ts_srv
  OPTIONS (start '4713-11-24 00:00 BC', end '294276-12-31 23:59:59.999999', step '36500000 days');
CREATE FOREIGN TABLE ts_huge_step (t timestamp) SERVER ts_srv
  OPTIONS (start '2000-01-01', end '2000-01-03', step '200000000 days');
CREATE FOREIGN TABLE ts_seconds (t timestamp(0)) SERVER ts_srv
  OPTIONS (start '2026-01-01', end '2026-01-01 00:00:03', step '1 second');

-- a month of minutes, exactly generate_series's
SELECT count(*), min(t), max(t) FROM minutes;
SELECT array(SELECT t FROM minutes)
     = array(SELECT g FROM generate_series('2026-01-01 00:00'::timestamp, '2026-01-31 23:59', '1 minute') g)
       AS same;
SELECT * FROM quarter_seconds;
-- days and time: 25 hours, every time (no time zone)
SELECT * FROM days_and_hours;
SELECT array(SELECT t FROM days_and_hours)
     = array(SELECT g FROM generate_series('2026-03-28 12:00'::timestamp, '2026-04-01 23:59', '1 day 1 hour') g)
       AS same;
SELECT * FROM month_ends_at_noon;
SELECT * FROM hours_down;
SELECT * FROM ts_edges;
SELECT * FROM ts_huge_step;
SELECT * FROM ts_seconds;

-- bounds: timestamps and dates exactly; timestamptz through the session's zone, so a filter
-- stays (a timestamp reads as a different instant on each side of a DST change)
SELECT explain_analyze($$SELECT * FROM minutes WHERE t >= '2026-01-05 10:00' AND t < '2026-01-05 10:03'$$);
SELECT * FROM minutes WHERE t BETWEEN '2026-01-31 23:58' AND '2027-01-01';
SELECT count(*) FROM minutes WHERE t >= '2026-01-31'::date;
SELECT explain_analyze($$SELECT count(*) FROM minutes WHERE t < '2026-01-02'::date$$);
SELECT * FROM minutes WHERE t = '2026-01-10 10:10:00' OR t = '2026-01-10 10:10:30';
SELECT * FROM minutes WHERE t IN ('2026-01-10 10:10', '2026-01-10 10:10:30', '2026-01-01'::date);
SET TimeZone = 'Europe/Berlin';
SELECT explain_analyze($$SELECT * FROM minutes WHERE t >= '2026-01-10 09:00+00'::timestamptz AND t < '2026-01-10 09:02+00'::timestamptz$$);
SELECT * FROM minutes WHERE t >= '2026-01-10 09:00+00'::timestamptz AND t < '2026-01-10 09:02+00'::timestamptz;
SELECT count(*) FROM minutes WHERE t = ANY (ARRAY['2026-01-10 09:00+00']::timestamptz[]);
SET TimeZone = 'UTC';
-- months: searched
SELECT * FROM month_ends_at_noon WHERE t > '2024-02-29 12:00' AND t <= '2024-04-30 12:00';
SELECT * FROM month_ends_at_noon WHERE t >= '2024-02-29'::date AND t < '2024-03-31'::date;
SELECT estimated_rows($$SELECT * FROM minutes WHERE t >= '2026-01-05' AND t < '2026-01-06'$$);

-- order, OFFSET and LIMIT
SELECT * FROM minutes ORDER BY t DESC LIMIT 2;
EXPLAIN (COSTS OFF) SELECT * FROM minutes WHERE t < '2026-01-02' ORDER BY t DESC OFFSET 10 LIMIT 2;
SELECT * FROM minutes WHERE t < '2026-01-02' ORDER BY t DESC OFFSET 10 LIMIT 2;
SELECT * FROM hours_down ORDER BY t LIMIT 1;

-- aggregates in closed form; no sum or avg exists for timestamps
EXPLAIN (COSTS OFF) SELECT count(*), min(t), max(t) FROM minutes WHERE t >= '2026-01-20';
SELECT count(*), min(t), max(t) FROM minutes WHERE t >= '2026-01-20';
SELECT count(*), min(t), max(t) FROM month_ends_at_noon;

-- time-series gap filling: every hour, with the events that fall in it
CREATE TABLE events (at timestamp, amount int);
INSERT INTO events VALUES ('2026-01-01 00:10', 5), ('2026-01-01 00:50', 7), ('2026-01-01 03:15', 1);
CREATE FOREIGN TABLE hours (t timestamp) SERVER ts_srv
  OPTIONS (start '2026-01-01 00:00', end '2026-01-01 05:00', step '1 hour');
SELECT h.t, coalesce(sum(e.amount), 0) AS amount
  FROM hours h LEFT JOIN events e ON e.at >= h.t AND e.at < h.t + interval '1 hour'
 GROUP BY h.t ORDER BY h.t;
-- a range join probes the minutes of each event's hour
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SELECT explain_analyze($$SELECT count(*) FROM events e JOIN minutes m ON m.t >= e.at AND m.t < e.at + interval '3 minutes'$$);
SELECT e.at, count(*) FROM events e JOIN minutes m ON m.t >= e.at AND m.t < e.at + interval '3 minutes' GROUP BY 1 ORDER BY 1;
RESET enable_hashjoin;
RESET enable_mergejoin;

-- parallel workers share the minutes out, every one exactly once
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT count(*), min(t), max(t) FROM minutes WHERE date_part('minute', t) = 7;
SELECT count(*), min(t), max(t) FROM minutes WHERE date_part('minute', t) = 7;
SELECT count(*), count(DISTINCT date_trunc('day', t)) FROM month_ends_at_noon WHERE extract(hour FROM t) = 12;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

ANALYZE minutes;
SELECT n_distinct, correlation, histogram_bounds[1] AS first, histogram_bounds[101] AS last
  FROM (SELECT n_distinct, correlation, histogram_bounds::text::timestamp[] AS histogram_bounds
          FROM pg_stats WHERE tablename = 'minutes') s;

DROP TABLE events;
DROP FUNCTION explain_analyze(text);
DROP FUNCTION estimated_rows(text);

SET client_min_messages = warning;
DROP SERVER ts_srv CASCADE;
RESET client_min_messages;
