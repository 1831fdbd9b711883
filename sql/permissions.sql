-- permissions.sql — who may create, change and read seqint servers and tables.
\set state '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'
CREATE ROLE regress_seqint_owner;
CREATE ROLE regress_seqint_reader;
CREATE ROLE regress_seqint_admin;
CREATE SCHEMA seqint_perm;
GRANT USAGE, CREATE ON SCHEMA seqint_perm
  TO regress_seqint_owner, regress_seqint_reader, regress_seqint_admin;
SET search_path = seqint_perm, public;
CREATE SERVER perm_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (end '10');

-- without USAGE on the server, a role cannot put a table on it
SET ROLE regress_seqint_owner;
CREATE FOREIGN TABLE perm_t (val int) SERVER perm_srv;
:state
RESET ROLE;
GRANT USAGE ON FOREIGN SERVER perm_srv TO regress_seqint_owner;
SET ROLE regress_seqint_owner;
CREATE FOREIGN TABLE perm_t (val int) SERVER perm_srv OPTIONS (start '2');
SELECT array_agg(val) FROM perm_t;
-- the validator checks an owner's options as it checks a superuser's
ALTER FOREIGN TABLE perm_t OPTIONS (ADD step '0');
:state
-- the owner may change the table's options
ALTER FOREIGN TABLE perm_t OPTIONS (SET start '7');
SELECT array_agg(val) FROM perm_t;
-- but not the server's, which it does not own
ALTER SERVER perm_srv OPTIONS (SET end '20');
:state

-- another role can neither read nor change the table, nor use the server
SET ROLE regress_seqint_reader;
SELECT * FROM perm_t;
:state
ALTER FOREIGN TABLE perm_t OPTIONS (SET start '0');
:state
ALTER FOREIGN TABLE perm_t ADD COLUMN extra int;
:state
DROP FOREIGN TABLE perm_t;
:state
CREATE FOREIGN TABLE reader_t (val int) SERVER perm_srv;
:state
-- nor create servers of its own without USAGE on the wrapper
CREATE SERVER reader_srv FOREIGN DATA WRAPPER seqint_fdw;
:state
-- nor touch the wrapper or the extension
ALTER FOREIGN DATA WRAPPER seqint_fdw OPTIONS (ADD start '1');
:state
CREATE FOREIGN DATA WRAPPER reader_fdw HANDLER public.seqint_fdw_handler;
:state
DROP EXTENSION seqint_fdw;
:state

-- SELECT is granted on the table as on any table; the reader sees the owner's options
RESET ROLE;
GRANT SELECT ON perm_t TO regress_seqint_reader;
SET ROLE regress_seqint_reader;
SELECT array_agg(val) FROM perm_t;
-- column privileges work too
RESET ROLE;
REVOKE SELECT ON perm_t FROM regress_seqint_reader;
GRANT SELECT (val) ON perm_t TO regress_seqint_reader;
SET ROLE regress_seqint_reader;
SELECT max(val) FROM perm_t;
SELECT count(*) FROM perm_t;

-- USAGE on the wrapper lets a role own servers; their options are validated the same way
RESET ROLE;
GRANT USAGE ON FOREIGN DATA WRAPPER seqint_fdw TO regress_seqint_admin;
SET ROLE regress_seqint_admin;
CREATE SERVER admin_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start 'ten');
:state
CREATE SERVER admin_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '100', end '103');
CREATE FOREIGN TABLE admin_t (val bigint) SERVER admin_srv;
ALTER SERVER admin_srv OPTIONS (SET end '105');
SELECT array_agg(val) FROM admin_t;
-- the server's owner cannot change a table it does not own, even on its own server
ALTER FOREIGN TABLE perm_t OPTIONS (SET start '0');
:state

-- revoking USAGE stops new tables; existing ones keep answering, as with any wrapper
RESET ROLE;
REVOKE USAGE ON FOREIGN SERVER perm_srv FROM regress_seqint_owner;
SET ROLE regress_seqint_owner;
CREATE FOREIGN TABLE perm_t2 (val int) SERVER perm_srv;
:state
SELECT array_agg(val) FROM perm_t;
RESET ROLE;

-- the extension is not trusted: only a superuser may create it, in any database
SELECT current_database() AS regress_db \gset
CREATE DATABASE regress_seqint_perm_db;
GRANT CREATE ON DATABASE regress_seqint_perm_db TO regress_seqint_admin;
\c regress_seqint_perm_db
SET ROLE regress_seqint_admin;
CREATE EXTENSION seqint_fdw;
:state
RESET ROLE;
\c :regress_db
DROP DATABASE regress_seqint_perm_db;

SET client_min_messages = warning;
DROP SCHEMA seqint_perm CASCADE;
DROP SERVER admin_srv, perm_srv CASCADE;
RESET client_min_messages;
REVOKE USAGE ON FOREIGN DATA WRAPPER seqint_fdw FROM regress_seqint_admin;
DROP ROLE regress_seqint_owner, regress_seqint_reader, regress_seqint_admin;
