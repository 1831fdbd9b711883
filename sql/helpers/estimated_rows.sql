-- sql/helpers/estimated_rows.sql — read by the tests that need it (\i, from the folder
-- make installcheck runs in); each test drops it when it ends.
-- estimated_rows(query): the planner's row estimate of the query's top plan node.
CREATE FUNCTION estimated_rows(query text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
    plan json;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) ' || query INTO plan;
    RETURN (plan->0->'Plan'->>'Plan Rows')::numeric;
END $$;
