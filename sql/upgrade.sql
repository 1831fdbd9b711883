-- upgrade.sql — CREATE EXTENSION of the released 1.0, then ALTER EXTENSION UPDATE to 1.1:
-- servers and tables survive, 1.1's function appears, and the result is the same extension a
-- fresh install makes. The scripts name their schema themselves (@extschema@), so the
-- extension installs into a schema that is not on the search_path and then stays there.
--
-- One transaction, rolled back at the end: the database keeps the extension that
-- pg_regress --load-extension made for the other tests, whatever happens here.
BEGIN;
DROP EXTENSION seqint_fdw;   -- no CASCADE: the other tests leave no servers behind

-- which versions exist and how 1.1 is reached (no full 1.1 script: 1.0, then 1.0--1.1)
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
SAVEPOINT before_describe;
SELECT * FROM "seqint ext".seqint_fdw_describe('upgrade_t');   -- not in 1.0
ROLLBACK TO before_describe;

-- the update
ALTER EXTENSION seqint_fdw UPDATE TO '1.1';
SELECT extversion, extrelocatable, extnamespace::regnamespace AS schema
  FROM pg_extension WHERE extname = 'seqint_fdw';
\dx+ seqint_fdw
SELECT array_agg(val) FROM upgrade_t;
SELECT * FROM "seqint ext".seqint_fdw_describe('upgrade_t');
ALTER SERVER upgrade_srv OPTIONS (SET step '4');
SELECT array_agg(val) FROM upgrade_t;
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
