-- ordering.sql — ORDER BY the column needs no Sort: the scan walks the sequence either way.
--
-- Each order is compared with generate_series in the same order; the 10^15-value tables show
-- that an ordered scan under a LIMIT stops after the rows it returns.

\i sql/helpers/explain_analyze.sql

CREATE SERVER ordering_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE o_up (val int) SERVER ordering_srv OPTIONS (start '1', end '30', step '3');
CREATE FOREIGN TABLE o_down (val int) SERVER ordering_srv OPTIONS (start '28', end '0', step '-3');
CREATE FOREIGN TABLE o_huge (val bigint) SERVER ordering_srv OPTIONS (end '1000000000000000');
CREATE FOREIGN TABLE o_huge_down (val bigint) SERVER ordering_srv
  OPTIONS (start '1000000000000000', end '0', step '-7');

-- ascending sequence: ORDER BY val walks forward, ORDER BY val DESC backward
EXPLAIN (COSTS OFF) SELECT val FROM o_up ORDER BY val;
EXPLAIN (COSTS OFF) SELECT val FROM o_up ORDER BY val DESC;
-- descending sequence: the other way round
EXPLAIN (COSTS OFF) SELECT val FROM o_down ORDER BY val;
EXPLAIN (COSTS OFF) SELECT val FROM o_down ORDER BY val DESC;
-- the column is never NULL, so NULLS FIRST / LAST change nothing
EXPLAIN (COSTS OFF) SELECT val FROM o_up ORDER BY val NULLS FIRST;
EXPLAIN (COSTS OFF) SELECT val FROM o_down ORDER BY val DESC NULLS LAST;
-- an order of an expression still needs a Sort
EXPLAIN (COSTS OFF) SELECT val FROM o_up ORDER BY val::text;
EXPLAIN (COSTS OFF) SELECT val FROM o_up ORDER BY -val;

SELECT array(SELECT val FROM o_up ORDER BY val) AS up_asc,
       array(SELECT val FROM o_up ORDER BY val) = array(SELECT g FROM generate_series(1, 29, 3) g ORDER BY g) AS same;
SELECT array(SELECT val FROM o_up ORDER BY val DESC) AS up_desc,
       array(SELECT val FROM o_up ORDER BY val DESC) = array(SELECT g FROM generate_series(1, 29, 3) g ORDER BY g DESC) AS same;
SELECT array(SELECT val FROM o_down ORDER BY val) AS down_asc,
       array(SELECT val FROM o_down ORDER BY val) = array(SELECT g FROM generate_series(28, 1, -3) g ORDER BY g) AS same;
SELECT array(SELECT val FROM o_down ORDER BY val DESC) AS down_desc,
       array(SELECT val FROM o_down ORDER BY val DESC) = array(SELECT g FROM generate_series(28, 1, -3) g ORDER BY g DESC) AS same;
SELECT array(SELECT val FROM o_up ORDER BY val NULLS FIRST) AS up_nulls_first,
       array(SELECT val FROM o_down ORDER BY val DESC NULLS LAST) AS down_desc_nulls_last;

-- with LIMIT and OFFSET
EXPLAIN (COSTS OFF) SELECT val FROM o_up ORDER BY val DESC LIMIT 3 OFFSET 2;
SELECT array(SELECT val FROM o_up ORDER BY val DESC LIMIT 3 OFFSET 2) AS up_desc_page,
       array(SELECT g FROM generate_series(1, 29, 3) g ORDER BY g DESC LIMIT 3 OFFSET 2) AS expected;
SELECT array(SELECT val FROM o_down ORDER BY val LIMIT 4) AS down_asc_first4,
       array(SELECT g FROM generate_series(28, 1, -3) g ORDER BY g LIMIT 4) AS expected;

-- with bounds and IN lists, in both directions
SELECT explain_analyze($$SELECT val FROM o_up WHERE val BETWEEN 5 AND 20 ORDER BY val DESC$$);
SELECT explain_analyze($$SELECT val FROM o_down WHERE val IN (4, 25, 5, 13, 13) ORDER BY val$$);
SELECT array(SELECT val FROM o_up WHERE val BETWEEN 5 AND 20 ORDER BY val DESC) AS up_between_desc,
       array(SELECT g FROM generate_series(1, 29, 3) g WHERE g BETWEEN 5 AND 20 ORDER BY g DESC) AS expected;
SELECT array(SELECT val FROM o_up WHERE val IN (4, 25, 5, 13, 13) ORDER BY val DESC) AS up_in_desc,
       array(SELECT val FROM o_up WHERE val IN (4, 25, 5, 13, 13) ORDER BY val) AS up_in_asc,
       array(SELECT val FROM o_down WHERE val IN (4, 25, 5, 13, 13) ORDER BY val) AS down_in_asc,
       array(SELECT val FROM o_down WHERE val IN (4, 25, 5, 13, 13) ORDER BY val DESC) AS down_in_desc;
SELECT array(SELECT val FROM o_down WHERE val < 3 OR val > 20 ORDER BY val) AS down_or_asc,
       array(SELECT g FROM generate_series(28, 1, -3) g WHERE g < 3 OR g > 20 ORDER BY g) AS expected;

-- 10^15 values: the top three come at once, whichever way the sequence runs
EXPLAIN (COSTS OFF) SELECT val FROM o_huge ORDER BY val DESC LIMIT 3;
SELECT array(SELECT val FROM o_huge ORDER BY val DESC LIMIT 3) AS huge_top3;
SELECT array(SELECT val FROM o_huge ORDER BY val LIMIT 3 OFFSET 5) AS huge_asc_page;
EXPLAIN (COSTS OFF) SELECT val FROM o_huge_down ORDER BY val LIMIT 3;
SELECT array(SELECT val FROM o_huge_down ORDER BY val LIMIT 3) AS huge_down_bottom3,
       array(SELECT g FROM generate_series(1000000000000000 % 7, 30, 7) g ORDER BY g LIMIT 3) AS expected;
SELECT array(SELECT val FROM o_huge_down ORDER BY val DESC LIMIT 3) AS huge_down_top3;
-- bounds and LIMIT together, in the middle of the sequence
SELECT explain_analyze(
  $$SELECT val FROM o_huge WHERE val BETWEEN 400000000000000 AND 400000000000009 ORDER BY val DESC$$);
SELECT array(SELECT val FROM o_huge WHERE val < 500000000000000.5 ORDER BY val DESC LIMIT 3) AS below_half_top3,
       array(SELECT val FROM o_huge_down WHERE val > 500000000000000 ORDER BY val LIMIT 3) AS down_above_half_bottom3,
       array(SELECT g FROM generate_series(500000000000000 - 500000000000000 % 7 + 1000000000000000 % 7,
                                           500000000000100, 7) g
             WHERE g > 500000000000000 ORDER BY g LIMIT 3) AS expected;
-- a window ordered by the column needs no Sort either: the scan walks backward. (The plan's
-- lines are checked rather than printed: 18 adds the window's definition to them.)
CREATE FUNCTION plan_lines(query text) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE 'EXPLAIN (COSTS OFF) ' || query;
END $$;
SELECT bool_or(line ~ '^ *WindowAgg') AS window_agg, bool_or(line ~ 'Sort') AS sorts,
       bool_or(line ~ '->  Foreign Scan on o_up') AS scans_o_up,
       bool_or(line ~ 'Direction: backward') AS backward
  FROM plan_lines('SELECT val, row_number() OVER (ORDER BY val DESC) FROM o_up') line;
SELECT array(SELECT row(val, rank)::text FROM (SELECT val, row_number() OVER (ORDER BY val DESC) AS rank FROM o_up) s
             ORDER BY rank LIMIT 3) AS ranked;

-- floating-point and numeric columns
CREATE FOREIGN TABLE o_float (val double precision) SERVER ordering_srv OPTIONS (start '-5', end '6', step '2');
CREATE FOREIGN TABLE o_real (val real) SERVER ordering_srv OPTIONS (start '16777210', end '16777222');
CREATE FOREIGN TABLE o_num (val numeric) SERVER ordering_srv OPTIONS (start '10', end '-10', step '-4');
EXPLAIN (COSTS OFF) SELECT val FROM o_float ORDER BY val DESC;
EXPLAIN (COSTS OFF) SELECT val FROM o_real ORDER BY val;
EXPLAIN (COSTS OFF) SELECT val FROM o_num ORDER BY val;
EXPLAIN (COSTS OFF) SELECT val FROM o_num ORDER BY val DESC;
SELECT array(SELECT val FROM o_float ORDER BY val DESC) AS float_desc,
       array(SELECT g::float8 FROM generate_series(-5, 5, 2) g ORDER BY 1 DESC) AS expected;
-- past 2^24 neighbouring values round to the same real: still in order
SELECT array(SELECT val::bigint FROM o_real ORDER BY val) AS real_asc,
       array(SELECT val FROM o_real ORDER BY val) = array(SELECT g::real FROM generate_series(16777210, 16777221) g ORDER BY 1) AS same;
SELECT array(SELECT val::bigint FROM o_real ORDER BY val DESC) AS real_desc,
       array(SELECT val FROM o_real ORDER BY val DESC) = array(SELECT g::real FROM generate_series(16777210, 16777221) g ORDER BY 1 DESC) AS same;
SELECT array(SELECT val FROM o_num ORDER BY val) AS num_asc,
       array(SELECT val FROM o_num ORDER BY val DESC) AS num_desc,
       array(SELECT g::numeric FROM generate_series(10, -9, -4) g ORDER BY 1) AS expected_asc;

-- merge joins use the scans' order: no Sort on the seqint sides
SET enable_hashjoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT a.val FROM o_up a JOIN o_down b ON a.val = b.val;
SELECT array(SELECT a.val FROM o_up a JOIN o_down b ON a.val = b.val ORDER BY a.val) AS up_join_down;
EXPLAIN (COSTS OFF) SELECT a.val FROM o_up a JOIN o_down b ON a.val = b.val ORDER BY a.val DESC;
SELECT array(SELECT a.val FROM o_up a JOIN o_down b ON a.val = b.val ORDER BY a.val DESC) AS up_join_down_desc;
CREATE TEMP TABLE o_heap (x int, tag text);
INSERT INTO o_heap SELECT g, 'tag' || g FROM generate_series(0, 30) g WHERE g % 2 = 0;
ANALYZE o_heap;
EXPLAIN (COSTS OFF) SELECT a.val, h.tag FROM o_up a JOIN o_heap h ON a.val = h.x;
SELECT array(SELECT a.val FROM o_up a JOIN o_heap h ON a.val = h.x ORDER BY a.val) AS up_join_heap,
       array(SELECT g FROM generate_series(1, 29, 3) g JOIN o_heap h ON g = h.x ORDER BY g) AS expected;
EXPLAIN (COSTS OFF) SELECT a.val FROM o_num a JOIN o_float b ON a.val = b.val;
SELECT array(SELECT a.val FROM o_num a FULL JOIN o_float b ON a.val = b.val ORDER BY a.val, b.val) AS num_full_join_float;
RESET enable_hashjoin;
RESET enable_nestloop;

-- ORDER BY val, then another column: the scan's order still saves the first key's sort
CREATE TEMP TABLE o_tags (tag text);
INSERT INTO o_tags VALUES ('b'), ('a'), ('c');
ANALYZE o_tags;
EXPLAIN (COSTS OFF) SELECT val, tag FROM o_huge, o_tags ORDER BY val DESC, tag LIMIT 4;
SELECT array(SELECT row(val, tag)::text FROM o_huge, o_tags ORDER BY val DESC, tag LIMIT 4) AS huge_desc_then_tag;
-- (on a table this small, a full Sort and an Incremental Sort cost about the same, and
-- versions choose differently: only the answer is checked)
SELECT array(SELECT row(val, tag)::text FROM o_up, o_tags ORDER BY val, tag) =
       array(SELECT row(g, tag)::text FROM generate_series(1, 29, 3) g, o_tags ORDER BY g, tag) AS same;

DROP FUNCTION explain_analyze(text);
DROP FUNCTION plan_lines(text);
DROP SERVER ordering_srv CASCADE;
