-- sql/helpers/explain_analyze.sql — read by the tests that need it (\i, from the folder
-- make installcheck runs in); each test drops it when it ends.
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
