-- test/standby/queries.sql — the queries a hot standby must answer exactly as its primary,
-- over the objects of test/lib/objects.sql: serial scans, parallel scans, aggregates pushed
-- down into the scan, joins. The plans are printed too (COSTS OFF): the standby must plan
-- the same parallel and pushed-down scans, not just reach the same answers another way.
-- Read-only. The timeout is a guard against a walk of 10^15 values, not a bound on speed.
SET statement_timeout = '300s';
SET extra_float_digits = 0;

-- serial
SELECT array_agg(val) FROM t_integer WHERE val < 40;
SELECT array_agg(day) FROM calendar.days;
SELECT val FROM t_bigint_huge ORDER BY val DESC LIMIT 3;
SELECT val FROM t_bigint_huge OFFSET 999999999999990 LIMIT 3;
SELECT count(*), sum(val) FROM t_smallint WHERE val % 3 = 1;
SELECT array_agg(val) FROM t_numeric_scale WHERE val BETWEEN -3 AND 3;
SELECT * FROM seqint_fdw_describe('t_numeric');

-- parallel: a Gather over a Parallel Foreign Scan, partial aggregates, Gather Merge
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT count(*), sum(val) FROM t_positive WHERE val % 7 = 3;
SELECT count(*), sum(val) FROM t_positive WHERE val % 7 = 3;
SELECT count(*), count(DISTINCT val), min(val), max(val) FROM t_double WHERE val >= 0;
EXPLAIN (COSTS OFF) SELECT val FROM t_positive WHERE val % 10000 = 7 ORDER BY val DESC;
SELECT val FROM t_positive WHERE val % 10000 = 7 ORDER BY val DESC;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- aggregates pushed down: answered in closed form, without walking
EXPLAIN (COSTS OFF) SELECT count(*), sum(val), min(val), max(val), avg(val) FROM t_bigint_huge;
SELECT count(*), sum(val), min(val), max(val), avg(val) FROM t_bigint_huge;
SELECT count(*), sum(val), avg(val) FROM t_bigint_huge WHERE val >= 999999999999990;
SELECT count(*), sum(val), min(val), max(val) FROM t_bigint;

-- joins: seqint with seqint, and with a heap table
SELECT string_agg(a.val || '·' || b.day, ' ' ORDER BY a.val, b.day)
  FROM t_integer a JOIN calendar.days b ON a.val = b.day;
SELECT count(*), sum(p.x) FROM probes p JOIN t_positive t ON t.val = p.x;
SELECT count(*), sum(p.x) FROM probes p JOIN t_bigint_huge t ON t.val = p.x::bigint * 1000000000;
SELECT d.day, w.hits FROM calendar.days d LEFT JOIN weekday_hits w USING (day) ORDER BY d.day;
