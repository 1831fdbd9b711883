-- explain.sql — EXPLAIN shows the sequence a scan generates and how many values it has.
\i sql/helpers/explain_analyze.sql

CREATE SERVER explain_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE ex (val int) SERVER explain_srv OPTIONS (start '10', end '0', step '-3');
CREATE FOREIGN TABLE ex_empty (val int) SERVER explain_srv OPTIONS (start '10', end '10');

EXPLAIN (COSTS OFF) SELECT * FROM ex;
EXPLAIN (COSTS OFF, VERBOSE) SELECT * FROM ex;
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE (val + 0) % 2 = 0;
EXPLAIN (COSTS OFF, VERBOSE) SELECT * FROM ex_empty;
-- FORMAT JSON: the sequence's lines are fields of the scan's node, "Values" a number. Only
-- those and the node's name are shown: the generic fields vary by version ("Async Capable"
-- from 14, "Disabled" from 18).
CREATE FUNCTION explain_json(query text) RETURNS json LANGUAGE plpgsql AS $$
DECLARE
    plan json;
BEGIN
    EXECUTE 'EXPLAIN (COSTS OFF, FORMAT JSON) ' || query INTO plan;
    RETURN plan;
END $$;
SELECT key, value, json_typeof(value)
  FROM json_each(explain_json('SELECT * FROM ex')->0->'Plan')
 WHERE key IN ('Node Type', 'Relation Name', 'Sequence', 'Values');

-- ANALYZE counts the rows that came out
SELECT explain_analyze($$SELECT * FROM ex WHERE val > 3$$);

-- the row estimate is the exact count
EXPLAIN SELECT * FROM ex;
CREATE FOREIGN TABLE ex_million (val int) SERVER explain_srv OPTIONS (end '1000000');
EXPLAIN SELECT * FROM ex_million;

DROP FUNCTION explain_analyze(text);
DROP FUNCTION explain_json(text);
DROP SERVER explain_srv CASCADE;
