-- explain.sql — EXPLAIN shows the sequence a scan generates and how many values it has.
-- explain_analyze(query): EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) as PostgreSQL 13
-- to 17 print it. 18 also shows buffers unless told not to, and row counts with two decimals
-- ("rows=6.00", or 66666.67 over 3 loops), which this rounds back.
CREATE FUNCTION explain_analyze(query text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    line text;
    nrows text;
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF, BUFFERS OFF) ' || query
    LOOP
        nrows := substring(line FROM 'rows=([0-9]+\.[0-9]+) ');
        IF nrows IS NOT NULL THEN
            line := replace(line, 'rows=' || nrows || ' ', 'rows=' || round(nrows::numeric) || ' ');
        END IF;
        RETURN NEXT line;
    END LOOP;
END $$;

CREATE SERVER explain_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE ex (val int) SERVER explain_srv OPTIONS (start '10', end '0', step '-3');
CREATE FOREIGN TABLE ex_empty (val int) SERVER explain_srv OPTIONS (start '10', end '10');

EXPLAIN (COSTS OFF) SELECT * FROM ex;
EXPLAIN (COSTS OFF, VERBOSE) SELECT * FROM ex;
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE val % 2 = 0;
EXPLAIN (COSTS OFF, VERBOSE) SELECT * FROM ex_empty;
EXPLAIN (COSTS OFF, FORMAT JSON) SELECT * FROM ex;

-- ANALYZE counts the rows that came out
SELECT explain_analyze($$SELECT * FROM ex WHERE val > 3$$);

-- the row estimate is the exact count
EXPLAIN SELECT * FROM ex;
CREATE FOREIGN TABLE ex_million (val int) SERVER explain_srv OPTIONS (end '1000000');
EXPLAIN SELECT * FROM ex_million;

DROP FUNCTION explain_analyze(text);
DROP SERVER explain_srv CASCADE;
