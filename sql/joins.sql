-- joins.sql — seqint tables in joins, set operations, CTEs and INSERT ... SELECT with ordinary tables.
CREATE SERVER joins_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE joins_days (val int) SERVER joins_srv OPTIONS (start '1', end '11');
CREATE FOREIGN TABLE joins_evens (val int) SERVER joins_srv OPTIONS (start '0', end '13', step '2');
CREATE FOREIGN TABLE joins_threes (val int) SERVER joins_srv OPTIONS (start '12', end '-1', step '-3');
CREATE FOREIGN TABLE joins_big (val bigint) SERVER joins_srv OPTIONS (start '4', end '40', step '4');
CREATE FOREIGN TABLE joins_num (val numeric) SERVER joins_srv OPTIONS (start '0', end '31', step '6');
CREATE FOREIGN TABLE joins_small (val smallint) SERVER joins_srv OPTIONS (start '1', end '4');

CREATE TEMP TABLE events (day int, what text);
INSERT INTO events VALUES (1, 'start'), (2, 'build'), (2, 'test'), (5, 'review'),
                          (6, 'merge'), (9, 'release'), (12, 'outside');

-- gap finding: days with no event
SELECT val FROM joins_days LEFT JOIN events ON day = val WHERE day IS NULL ORDER BY val;

-- inner join
SELECT val, what FROM joins_days JOIN events ON day = val ORDER BY val, what;

-- anti-join and semi-join
SELECT val FROM joins_days d WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.day = d.val) ORDER BY val;
SELECT val FROM joins_days d WHERE EXISTS (SELECT 1 FROM events e WHERE e.day = d.val) ORDER BY val;
SELECT day, what FROM events WHERE day NOT IN (SELECT val FROM joins_days) ORDER BY day;

-- right and full joins
SELECT val, day, what FROM joins_days RIGHT JOIN events ON day = val WHERE val IS NULL;
SELECT count(*) AS total, count(val) AS with_val, count(day) AS with_day
  FROM joins_days FULL JOIN events ON day = val;

-- the same join under each join method gives the same rows
SET enable_hashjoin = on;  SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT val, what FROM joins_days JOIN events ON day = val;
SELECT string_agg(val || ':' || what, ' ' ORDER BY val, what) FROM joins_days JOIN events ON day = val;
SELECT string_agg(val::text, ',' ORDER BY val) FROM joins_days LEFT JOIN events ON day = val WHERE day IS NULL;
SET enable_hashjoin = off; SET enable_mergejoin = on;  SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT val, what FROM joins_days JOIN events ON day = val;
SELECT string_agg(val || ':' || what, ' ' ORDER BY val, what) FROM joins_days JOIN events ON day = val;
SELECT string_agg(val::text, ',' ORDER BY val) FROM joins_days LEFT JOIN events ON day = val WHERE day IS NULL;
SET enable_hashjoin = off; SET enable_mergejoin = off; SET enable_nestloop = on;
EXPLAIN (COSTS OFF) SELECT val, what FROM joins_days JOIN events ON day = val;
SELECT string_agg(val || ':' || what, ' ' ORDER BY val, what) FROM joins_days JOIN events ON day = val;
SELECT string_agg(val::text, ',' ORDER BY val) FROM joins_days LEFT JOIN events ON day = val WHERE day IS NULL;
RESET enable_hashjoin; RESET enable_mergejoin; RESET enable_nestloop;

-- set operations between seqint tables
SELECT val FROM joins_days UNION SELECT val FROM joins_evens ORDER BY val;
SELECT count(*), sum(val) FROM (SELECT val FROM joins_days UNION ALL SELECT val FROM joins_evens) u;
SELECT val FROM joins_days INTERSECT SELECT val FROM joins_evens ORDER BY val;
SELECT val FROM joins_days EXCEPT SELECT val FROM joins_evens ORDER BY val;
SELECT val FROM joins_evens EXCEPT SELECT val FROM joins_days ORDER BY val;
SELECT val FROM joins_evens INTERSECT SELECT val FROM joins_threes ORDER BY val;

-- and with generate_series
SELECT (SELECT array_agg(v ORDER BY v) FROM (SELECT val FROM joins_threes UNION SELECT g FROM generate_series(0, 12, 3) g) s(v))
     = (SELECT array_agg(g) FROM generate_series(0, 12, 3) g) AS union_same;
SELECT (SELECT count(*) FROM (SELECT val FROM joins_threes EXCEPT SELECT g FROM generate_series(12, 0, -3) g) s) AS except_empty,
       (SELECT count(*) FROM (SELECT val FROM joins_threes INTERSECT SELECT g FROM generate_series(0, 100) g) s) AS intersect_count;
SELECT val FROM joins_evens EXCEPT ALL SELECT g FROM generate_series(0, 6) g ORDER BY val;

-- self-join: a multiplication table
SELECT a.val AS a, string_agg((a.val * b.val)::text, ' ' ORDER BY b.val) AS row
  FROM joins_small a CROSS JOIN joins_small b GROUP BY a.val ORDER BY a.val;
SELECT (SELECT array_agg(a.val * b.val ORDER BY a.val, b.val) FROM joins_days a, joins_days b)
     = (SELECT array_agg(a * b ORDER BY a, b) FROM generate_series(1, 10) a, generate_series(1, 10) b) AS same;

-- columns of different types join on their values
SELECT e.val AS int_val, b.val AS bigint_val, n.val AS numeric_val
  FROM joins_evens e JOIN joins_big b ON b.val = e.val JOIN joins_num n ON n.val = e.val
 ORDER BY e.val;
SELECT b.val AS bigint_val, n.val AS numeric_val FROM joins_big b JOIN joins_num n ON n.val = b.val ORDER BY 1;
SELECT s.val AS smallint_val, d.val AS int_val FROM joins_small s JOIN joins_days d ON d.val = s.val * 3 ORDER BY 1;
SELECT pg_typeof(b.val) AS b, pg_typeof(n.val) AS n, pg_typeof(s.val) AS s
  FROM joins_big b, joins_num n, joins_small s LIMIT 1;

-- a CTE
WITH busy AS (
  SELECT val, count(what) AS n FROM joins_days LEFT JOIN events ON day = val GROUP BY val
)
SELECT n, string_agg(val::text, ',' ORDER BY val) AS days FROM busy GROUP BY n ORDER BY n;

WITH RECURSIVE walk(v) AS (
  SELECT min(val) FROM joins_days
  UNION ALL
  SELECT d.val FROM walk JOIN joins_days d ON d.val = walk.v * 2
)
SELECT array_agg(v ORDER BY v) FROM walk;

-- copying from a seqint table into a heap table
CREATE TEMP TABLE joins_copy (n bigint);
INSERT INTO joins_copy SELECT * FROM joins_big;
INSERT INTO joins_copy (n) SELECT val FROM joins_threes WHERE val > 5;
SELECT count(*), sum(n), array_agg(n ORDER BY n) FROM joins_copy;
SELECT (SELECT array_agg(n ORDER BY n) FROM joins_copy)
     = (SELECT array_agg(g ORDER BY g)
          FROM (SELECT generate_series(4::bigint, 36, 4) UNION ALL SELECT generate_series(6, 12, 3)) s(g)) AS copied;
CREATE TEMP TABLE joins_ctas AS SELECT val FROM joins_num;
SELECT array_agg(val ORDER BY val), pg_typeof(min(val)) FROM joins_ctas;

DROP TABLE joins_copy, joins_ctas, events;
DROP SERVER joins_srv CASCADE;
