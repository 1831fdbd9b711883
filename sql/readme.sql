-- readme.sql — the README's examples, in the README's order. test/docs/readme_examples.pl
-- checks that each ```sql block of README.md is here, word for word, and each ```psql block
-- (statements with psql's output) is in expected/readme.out; pg_regress checks the rest.
--
-- The README starts with CREATE EXTENSION, so the suite's extension is dropped first, in one
-- transaction that is rolled back at the end: the other tests find their extension intact.
BEGIN;
DROP EXTENSION seqint_fdw;

CREATE EXTENSION seqint_fdw;
CREATE SERVER nums FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE sequential_ints (val int) SERVER nums;                 -- 0 … 63
CREATE FOREIGN TABLE evens (n bigint) SERVER nums OPTIONS (start '0', end '1000000', step '2');
CREATE FOREIGN TABLE countdown (n smallint) SERVER nums OPTIONS (start '10', end '0', step '-1');

CREATE SERVER odd FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '1', step '2');
CREATE FOREIGN TABLE odd_below_100 (n int) SERVER odd OPTIONS (end '100');
COMMENT ON FOREIGN TABLE odd_below_100 IS 'the odd numbers 1 ... 99';

SELECT * FROM seqint_fdw_describe('odd_below_100');
\det+

-- psql's default date style, which pg_regress changes
SET DateStyle = 'ISO, MDY';
SET TimeZone = 'UTC';
CREATE FOREIGN TABLE days_2026 (day date) SERVER nums
    OPTIONS (start '2026-01-01', end '2027-01-01', step '1 day');
CREATE FOREIGN TABLE minutes (t timestamp) SERVER nums
    OPTIONS (start '2026-01-01 00:00', end '2026-02-01 00:00', step '1 minute');
CREATE FOREIGN TABLE utc_hours (t timestamptz) SERVER nums
    OPTIONS (start '2026-03-28 00:00+00', end '2026-04-01 00:00+00', step '1 hour');
CREATE FOREIGN TABLE month_starts (m date) SERVER nums
    OPTIONS (start '2020-01-01', end '2030-01-01', step '1 month');

-- gap filling, the way people write it today with generate_series
CREATE TABLE events (at timestamptz, amount numeric);
INSERT INTO events VALUES ('2026-03-28 00:10+00', 5), ('2026-03-28 00:50+00', 7),
                          ('2026-03-28 03:15+00', 1);
SELECT h.t, coalesce(sum(e.amount), 0)
  FROM utc_hours h LEFT JOIN events e ON e.at >= h.t AND e.at < h.t + interval '1 hour'
 GROUP BY h.t ORDER BY h.t;

CREATE FOREIGN TABLE month_ends (m date) SERVER nums
    OPTIONS (start '2024-01-31', end '2024-06-01', step '1 month');
SELECT m, g::date AS generate_series
  FROM month_ends
  JOIN (SELECT g, row_number() OVER () AS k
          FROM generate_series('2024-01-31'::timestamp, '2024-05-31', '1 month') g) gs
    ON gs.k = (SELECT count(*) FROM month_ends e WHERE e.m <= month_ends.m);
-- psql's default interval style, which pg_regress changes
SET IntervalStyle = 'postgres';
SELECT * FROM seqint_fdw_describe('month_ends');

-- a calendar: every day of 2026
CREATE FOREIGN TABLE day_numbers (n int) SERVER nums OPTIONS (end '365');
SELECT date '2026-01-01' + n AS day FROM day_numbers;

-- gap finding: which ids are missing?
CREATE TABLE orders (id int PRIMARY KEY);
INSERT INTO orders VALUES (1), (2), (4), (7);
CREATE FOREIGN TABLE ids (id int) SERVER nums OPTIONS (start '1', end '8');
SELECT ids.id FROM ids LEFT JOIN orders USING (id) WHERE orders.id IS NULL;   -- 3, 5, 6

-- test data
CREATE FOREIGN TABLE million (n bigint) SERVER nums OPTIONS (end '1000000');
CREATE TABLE accounts AS SELECT n AS id, md5(n::text) AS name FROM million;

CREATE ROLE app_admin;
CREATE ROLE app_owner;
CREATE ROLE app_reader;
-- may create seqint servers (and own them: their options are theirs to change)
GRANT USAGE ON FOREIGN DATA WRAPPER seqint_fdw TO app_admin;
-- may create foreign tables on the server nums (and alter the options of its own tables)
GRANT USAGE ON FOREIGN SERVER nums TO app_owner;
-- may read a table: an ordinary table privilege
GRANT SELECT ON day_numbers TO app_reader;

EXPLAIN SELECT * FROM countdown;

CREATE FOREIGN TABLE big (n bigint) SERVER nums OPTIONS (end '1000000000000000');
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF, BUFFERS OFF)
  SELECT n FROM big WHERE n BETWEEN 1000 AND 1005 ORDER BY n DESC;

EXPLAIN (COSTS OFF) SELECT count(*), sum(n), avg(n) FROM big WHERE n < 500;

ALTER EXTENSION seqint_fdw UPDATE;

ROLLBACK;
