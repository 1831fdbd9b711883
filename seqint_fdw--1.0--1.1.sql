/* seqint_fdw--1.0--1.1.sql — 1.1: seqint_fdw_describe(), and comments on every function */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION seqint_fdw UPDATE TO '1.1'" to load this file. \quit

-- The sequence a query on a seqint foreign table scans, with where each option came from.
-- "end" is quoted because END is a reserved word; count is numeric because a sequence can
-- have 2^64 - 1 values; last is NULL for an empty sequence.
CREATE FUNCTION @extschema@.seqint_fdw_describe(
    foreign_table regclass,
    OUT start bigint, OUT start_origin text,
    OUT "end" bigint, OUT end_origin text,
    OUT step bigint, OUT step_origin text,
    OUT count numeric, OUT last bigint)
RETURNS record
AS 'MODULE_PATHNAME'
LANGUAGE C STRICT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.seqint_fdw_describe(regclass) IS
  'start, end and step of a seqint_fdw foreign table with the origin of each, its number of values and its last value';

COMMENT ON FUNCTION @extschema@.seqint_fdw_handler() IS
  'handler of the seqint_fdw foreign-data wrapper';

COMMENT ON FUNCTION @extschema@.seqint_fdw_validator(text[], oid) IS
  'checks the start, end and step options of seqint_fdw servers and foreign tables';
