-- sql/helpers/inner_unique.sql — read by the tests that need it (\i, from the folder
-- make installcheck runs in); each test drops it when it ends.
-- inner_unique(query): whether the query's plan has a join whose inner side PostgreSQL knows
-- to be unique on the join key (EXPLAIN VERBOSE's "Inner Unique: true").
CREATE FUNCTION inner_unique(query text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    line text;
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (VERBOSE, COSTS OFF) ' || query LOOP
        IF line LIKE '%Inner Unique: true%' THEN
            RETURN true;
        END IF;
    END LOOP;
    RETURN false;
END
$$;
