-- upgrade.sql — CREATE EXTENSION of the released 1.0, then ALTER EXTENSION UPDATE to 1.1 and
-- to 1.2: servers and tables survive, 1.1's function appears, 1.2 changes its result to text,
-- and the result is the same extension a fresh install makes. Between the updates this
-- build's module runs under 1.1's definition of seqint_fdw_describe() (bigint columns), as in
-- a database not yet updated after make install. The scripts name their schema themselves
-- (@extschema@), so the extension installs into a schema that is not on the search_path and
-- then stays there.
--
-- One transaction, rolled back at the end: the database keeps the extension that
-- pg_regress --load-extension made for the other tests, whatever happens here.
BEGIN;
DROP EXTENSION seqint_fdw;   -- no CASCADE: the other tests leave no servers behind

-- which versions exist and how each is reached (no full script but 1.0's: 1.0, then
-- 1.0--1.1, then 1.1--1.2)
SELECT name, version, installed, superuser, relocatable, schema, requires
  FROM pg_available_extension_versions WHERE name = 'seqint_fdw' ORDER BY version;
SELECT source, target, path FROM pg_extension_update_paths('seqint_fdw') ORDER BY 1, 2;

-- 1.0, in a schema whose name needs quoting, off the search_path
CREATE SCHEMA "seqint ext";
CREATE EXTENSION seqint_fdw VERSION '1.0' SCHEMA "seqint ext";
SELECT extversion, extrelocatable, extnamespace::regnamespace AS schema
  FROM pg_extension WHERE extname = 'seqint_fdw';
\dx+ seqint_fdw
SELECT fdwhandler::regprocedure AS handler, fdwvalidator::regprocedure AS validator
  FROM pg_foreign_data_wrapper WHERE fdwname = 'seqint_fdw';

CREATE SERVER upgrade_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (step '3');
CREATE FOREIGN TABLE upgrade_t (val int) SERVER upgrade_srv OPTIONS (end '10');
SELECT array_agg(val) FROM upgrade_t;
-- a time table: the handler and validator are this module's, whatever the version's SQL
CREATE FOREIGN TABLE upgrade_days (day date) SERVER upgrade_srv
  OPTIONS (start '2026-01-01', end '2026-01-04', step '1 day');
SELECT count(*) FROM upgrade_days;
SAVEPOINT before_describe;
SELECT * FROM "seqint ext".seqint_fdw_describe('upgrade_t');   -- not in 1.0
ROLLBACK TO before_describe;

-- the update
ALTER EXTENSION seqint_fdw UPDATE TO '1.1';
SELECT extversion, extrelocatable, extnamespace::regnamespace AS schema
  FROM pg_extension WHERE extname = 'seqint_fdw';
\dx+ seqint_fdw
SELECT array_agg(val) FROM upgrade_t;
-- 1.1's definition: bigint columns, which this module still fills for number tables…
SELECT * FROM "seqint ext".seqint_fdw_describe('upgrade_t');
SELECT pg_typeof(start), pg_typeof("end"), pg_typeof(step), pg_typeof(last)
  FROM "seqint ext".seqint_fdw_describe('upgrade_t');
ALTER SERVER upgrade_srv OPTIONS (SET step '4');
SELECT array_agg(val) FROM upgrade_t;
SELECT start, step, count, last FROM "seqint ext".seqint_fdw_describe('upgrade_t');
-- …but a time table's values are no bigints: refused, with the way out
SAVEPOINT before_time_describe;
SELECT * FROM "seqint ext".seqint_fdw_describe('upgrade_days');
ROLLBACK TO before_time_describe;
DO $$
BEGIN
    PERFORM "seqint ext".seqint_fdw_describe('upgrade_days');
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'SQLSTATE %', SQLSTATE;
END
$$;

-- 1.1 → 1.2 drops and makes the function again (its OUT columns change type): an object that
-- depends on it stops the update, which then changes nothing
CREATE VIEW upgrade_described AS
  SELECT * FROM "seqint ext".seqint_fdw_describe('upgrade_t');
SAVEPOINT before_blocked_update;
\set SHOW_CONTEXT never
-- (without the context that 18 adds: the script's statement and line)
ALTER EXTENSION seqint_fdw UPDATE TO '1.2';
\set SHOW_CONTEXT errors
ROLLBACK TO before_blocked_update;
SELECT extversion FROM pg_extension WHERE extname = 'seqint_fdw';
DROP VIEW upgrade_described;

ALTER EXTENSION seqint_fdw UPDATE TO '1.2';
SELECT extversion, extrelocatable, extnamespace::regnamespace AS schema
  FROM pg_extension WHERE extname = 'seqint_fdw';
SELECT array_agg(val) FROM upgrade_t;
SELECT * FROM "seqint ext".seqint_fdw_describe('upgrade_t');
SELECT pg_typeof(start), pg_typeof("end"), pg_typeof(step), pg_typeof(last)
  FROM "seqint ext".seqint_fdw_describe('upgrade_t');
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SELECT * FROM "seqint ext".seqint_fdw_describe('upgrade_days');
RESET DateStyle;
RESET IntervalStyle;
ALTER EXTENSION seqint_fdw UPDATE;   -- already at the default version: a notice, no change

-- not relocatable after installation: the scripts named their schema
SAVEPOINT before_set_schema;
ALTER EXTENSION seqint_fdw SET SCHEMA public;
ROLLBACK TO before_set_schema;

-- every member of the extension, with its comment and definition, as updated…
CREATE TEMP VIEW seqint_members AS
SELECT pg_describe_object(d.classid, d.objid, 0) AS member,
       obj_description(d.objid, d.classid::regclass::name) AS comment,
       CASE d.classid
         WHEN 'pg_proc'::regclass THEN pg_get_functiondef(d.objid)
         WHEN 'pg_foreign_data_wrapper'::regclass THEN
           (SELECT format('handler %s validator %s options %s', fdwhandler::regprocedure,
                          fdwvalidator::regprocedure, fdwoptions)
              FROM pg_foreign_data_wrapper WHERE oid = d.objid)
       END AS definition
  FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND e.extname = 'seqint_fdw';
CREATE TEMP TABLE updated_members AS SELECT * FROM seqint_members;
SELECT member, comment FROM updated_members ORDER BY member;

-- …is what a fresh install of the default version makes
DROP EXTENSION seqint_fdw CASCADE;
CREATE EXTENSION seqint_fdw SCHEMA "seqint ext";
SELECT extversion FROM pg_extension WHERE extname = 'seqint_fdw';
(SELECT 'fresh only' AS side, * FROM seqint_members EXCEPT SELECT 'fresh only', * FROM updated_members)
UNION ALL
(SELECT 'updated only', * FROM updated_members EXCEPT SELECT 'updated only', * FROM seqint_members);
SELECT count(*) AS members FROM seqint_members;

ROLLBACK;
-- the suite's extension is untouched
SELECT extversion, extnamespace::regnamespace AS schema FROM pg_extension
 WHERE extname = 'seqint_fdw';
