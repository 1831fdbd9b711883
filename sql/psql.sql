-- psql.sql — what psql shows of seqint_fdw: the comments on the wrapper and its functions,
-- the options of servers and foreign tables (\dew+, \des+, \det+, \df, and what \dx shows).
--
-- psql shows owners, and the bootstrap superuser's name differs between installations, so
-- everything shown belongs to roles of this test, in one transaction rolled back at the end.
BEGIN;
CREATE ROLE regress_seqint_admin SUPERUSER;   -- a wrapper's owner must be a superuser
CREATE ROLE regress_seqint_user;
ALTER FOREIGN DATA WRAPPER seqint_fdw OWNER TO regress_seqint_admin;
ALTER FUNCTION seqint_fdw_handler() OWNER TO regress_seqint_admin;
ALTER FUNCTION seqint_fdw_validator(text[], oid) OWNER TO regress_seqint_admin;
ALTER FUNCTION seqint_fdw_describe(regclass) OWNER TO regress_seqint_admin;

-- the extension needs a superuser; after that, USAGE on the wrapper lets a role make servers
GRANT USAGE ON FOREIGN DATA WRAPPER seqint_fdw TO regress_seqint_user;
GRANT CREATE ON SCHEMA public TO regress_seqint_user;
SET ROLE regress_seqint_user;
CREATE SERVER psql_odd FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '1', step '2');
COMMENT ON SERVER psql_odd IS 'odd numbers';
CREATE FOREIGN TABLE psql_odd_below_20 (n int) SERVER psql_odd OPTIONS (end '20');
COMMENT ON FOREIGN TABLE psql_odd_below_20 IS 'the odd numbers below 20';
CREATE SERVER psql_plain FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE psql_defaults (n int) SERVER psql_plain;
CREATE FOREIGN TABLE psql_countdown (n int) SERVER psql_plain
  OPTIONS (start '10', end '0', step '-1');
SELECT * FROM seqint_fdw_describe('psql_odd_below_20');
RESET ROLE;

\dew+ seqint_fdw
\des+ psql_*
\det+ psql_*
-- what \dx shows, from the catalog: 18's psql adds a "Default version" column
SELECT e.extname AS name, e.extversion AS version, a.default_version, n.nspname AS schema,
       obj_description(e.oid, 'pg_extension') AS description
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
  JOIN pg_available_extensions a ON a.name = e.extname
 WHERE e.extname = 'seqint_fdw';
\df seqint_fdw_*
-- what \df+ adds, from the catalog: newer psql versions changed its columns ("Source code"
-- became "Internal name")
SELECT p.proname AS name, p.provolatile AS volatility, p.proparallel AS parallel,
       pg_get_userbyid(p.proowner) AS owner, p.prosecdef AS security_definer, p.proacl,
       l.lanname AS language, p.prosrc AS internal_name
  FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
 WHERE p.proname LIKE 'seqint\_fdw\_%'
 ORDER BY p.proname;

-- every member of the extension has a comment
SELECT pg_describe_object(d.classid, d.objid, 0) AS member,
       obj_description(d.objid, d.classid::regclass::name) AS comment
  FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND e.extname = 'seqint_fdw'
 ORDER BY member;

ROLLBACK;
