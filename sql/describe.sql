-- describe.sql — seqint_fdw_describe(regclass): the sequence a query scans, where each option
-- came from, how many values and the last one; and what it refuses to describe.
CREATE SERVER describe_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '5', step '5');
CREATE FOREIGN TABLE describe_server (n int) SERVER describe_srv OPTIONS (end '100');
CREATE FOREIGN TABLE describe_own (n int) SERVER describe_srv
  OPTIONS (start '10', end '0', step '-3');
CREATE SERVER describe_bare FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE describe_defaults (n int) SERVER describe_bare;
CREATE FOREIGN TABLE describe_empty (n int) SERVER describe_bare OPTIONS (start '7', end '7');
CREATE FOREIGN TABLE describe_widest (n bigint) SERVER describe_bare
  OPTIONS (start '-9223372036854775808', end '9223372036854775807');
CREATE FOREIGN TABLE describe_down (n bigint) SERVER describe_bare
  OPTIONS (start '9223372036854775807', end '-9223372036854775808', step '-4611686018427387904');

-- each value with its origin: the table, its server or the built-in default
SELECT * FROM seqint_fdw_describe('describe_server');
SELECT * FROM seqint_fdw_describe('describe_own');
SELECT * FROM seqint_fdw_describe('describe_defaults');
-- an empty sequence has no last value; 2^64 - 1 values need numeric
SELECT * FROM seqint_fdw_describe('describe_empty');
SELECT * FROM seqint_fdw_describe('describe_widest');
SELECT * FROM seqint_fdw_describe('describe_down');
SELECT pg_typeof(count), pg_typeof(last) FROM seqint_fdw_describe('describe_widest');

-- count and last are what a query finds
SELECT c.relname, d.count, d.last, (SELECT count(*) FROM describe_server) AS counted
  FROM pg_class c, seqint_fdw_describe(c.oid) d WHERE c.relname = 'describe_server';
SELECT d.count, d.last, s.count AS counted, s.min AS smallest   -- counting down: last is least
  FROM seqint_fdw_describe('describe_own') d, (SELECT count(*), min(n) FROM describe_own) s;

-- every seqint table at once, with its server
SELECT c.relname, s.srvname, d.start, d."end", d.step, d.count
  FROM pg_foreign_table ft
  JOIN pg_class c ON c.oid = ft.ftrelid
  JOIN pg_foreign_server s ON s.oid = ft.ftserver
  CROSS JOIN LATERAL seqint_fdw_describe(ft.ftrelid) d
 WHERE c.relname LIKE 'describe\_%'
 ORDER BY c.relname;

-- ALTER shows at once; a dropped table option falls back to the server, then the default
ALTER FOREIGN TABLE describe_server OPTIONS (ADD step '50');
SELECT start, start_origin, step, step_origin, count FROM seqint_fdw_describe('describe_server');
ALTER FOREIGN TABLE describe_server OPTIONS (DROP step);
ALTER SERVER describe_srv OPTIONS (DROP step);
SELECT start, start_origin, step, step_origin, count FROM seqint_fdw_describe('describe_server');

-- a table no query can read is refused with the error the query gets: two columns, a
-- column of a type seqint cannot fill, values the column cannot hold
CREATE FOREIGN TABLE describe_two_columns (a int, b int) SERVER describe_bare;
SELECT count FROM seqint_fdw_describe('describe_two_columns');
SELECT * FROM describe_two_columns;
CREATE FOREIGN TABLE describe_text (t text) SERVER describe_bare;
SELECT count FROM seqint_fdw_describe('describe_text');
SELECT * FROM describe_text;
CREATE FOREIGN TABLE describe_overflow (s smallint) SERVER describe_bare
  OPTIONS (start '32760', end '32770');
SELECT count FROM seqint_fdw_describe('describe_overflow');
SELECT * FROM describe_overflow;
-- (a query whose WHERE clause is constant false never reaches the wrapper: no rows, no error)
SELECT * FROM describe_overflow WHERE false;

-- a sequence that never reaches its end fails as a query does, naming the origins
ALTER SERVER describe_srv OPTIONS (ADD step '-1');
SELECT * FROM seqint_fdw_describe('describe_server');
SELECT * FROM describe_server;

-- a wrapper under another name with seqint_fdw's handler makes seqint tables too
CREATE FOREIGN DATA WRAPPER describe_alias HANDLER seqint_fdw_handler
  VALIDATOR seqint_fdw_validator;
CREATE SERVER describe_alias_srv FOREIGN DATA WRAPPER describe_alias;
CREATE FOREIGN TABLE describe_aliased (n int) SERVER describe_alias_srv OPTIONS (end '3');
SELECT count, last FROM seqint_fdw_describe('describe_aliased');

-- what it refuses
SELECT * FROM seqint_fdw_describe(NULL);                      -- STRICT: NULL in, NULL out
CREATE TABLE describe_heap (n int);
CREATE VIEW describe_view AS SELECT 1 AS n;
SELECT * FROM seqint_fdw_describe('describe_heap');
SELECT * FROM seqint_fdw_describe('describe_view');
SELECT * FROM seqint_fdw_describe('pg_class');
SELECT * FROM seqint_fdw_describe(0);
SELECT * FROM seqint_fdw_describe('describe_missing');     -- the regclass cast fails first
CREATE FOREIGN DATA WRAPPER describe_other;                    -- no handler at all
CREATE SERVER describe_other_srv FOREIGN DATA WRAPPER describe_other;
CREATE FOREIGN TABLE describe_foreign (n int) SERVER describe_other_srv;
SELECT * FROM seqint_fdw_describe('describe_foreign');
-- the SQLSTATEs: wrong_object_type and undefined_table
DO $$
DECLARE
    relations regclass[] := ARRAY['describe_heap', 'describe_foreign', 0]::regclass[];
    r regclass;
BEGIN
    FOREACH r IN ARRAY relations LOOP
        BEGIN
            PERFORM seqint_fdw_describe(r);
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE '%: %', SQLSTATE, SQLERRM;
        END;
    END LOOP;
END
$$;

DROP TABLE describe_heap;
DROP VIEW describe_view;
DROP SERVER describe_srv, describe_bare CASCADE;
DROP FOREIGN DATA WRAPPER describe_alias, describe_other CASCADE;
