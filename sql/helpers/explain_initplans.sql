-- sql/helpers/explain_initplans.sql — read by the tests that need it (\i, from the folder
-- make installcheck runs in); each test drops it when it ends.
-- explain_initplans(query): EXPLAIN (COSTS OFF) of a query with sub-selects as every version
-- prints it. An initplan's value is "$0" up to PostgreSQL 16 and "(InitPlan 1).col1" from 17,
-- where its "InitPlan 1 (returns $0)" line no longer names it: here it is "(initplan value)".
CREATE FUNCTION explain_initplans(query text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    line text;
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
        line := regexp_replace(line, '^( *InitPlan [0-9]+) \(returns [^)]*\)$', '\1');
        RETURN NEXT regexp_replace(line, '\$[0-9]+|\(InitPlan [0-9]+\)\.col[0-9]+',
                                   '(initplan value)', 'g');
    END LOOP;
END $$;
