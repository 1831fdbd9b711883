/* seqint_fdw--1.0.sql — the wrapper's functions and the wrapper itself */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION seqint_fdw" to load this file. \quit

-- The extension's own objects are named with @extschema@, never found through the
-- search_path (see seqint_fdw.control); the types are pg_catalog's.

CREATE FUNCTION @extschema@.seqint_fdw_handler()
RETURNS fdw_handler
AS 'MODULE_PATHNAME'
LANGUAGE C STRICT;

CREATE FUNCTION @extschema@.seqint_fdw_validator(text[], oid)
RETURNS void
AS 'MODULE_PATHNAME'
LANGUAGE C STRICT;

CREATE FOREIGN DATA WRAPPER seqint_fdw
  HANDLER @extschema@.seqint_fdw_handler
  VALIDATOR @extschema@.seqint_fdw_validator;

COMMENT ON FOREIGN DATA WRAPPER seqint_fdw IS
  'foreign tables that are the integer sequence start, start+step, ... before end';
