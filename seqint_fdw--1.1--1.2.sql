/* seqint_fdw--1.1--1.2.sql — 1.2: seqint_fdw_describe() describes time sequences too */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION seqint_fdw UPDATE TO '1.2'" to load this file. \quit

-- start, "end", step and last become text, each in the output syntax of the column's type:
-- '2026-01-01' for a date column, an interval such as '1 mon' for its step, the decimal
-- integers for a number column. CREATE OR REPLACE cannot change the type of an OUT
-- parameter, so the function is dropped and made again: a view or function of the user's
-- that depends on it makes the update fail (drop it first, make it again after), and
-- privileges granted on it are those of a new function (grant them again).
DROP FUNCTION @extschema@.seqint_fdw_describe(regclass);

-- "end" is quoted because END is a reserved word; count is numeric because a sequence can
-- have 2^64 - 1 values; last is NULL for an empty sequence.
CREATE FUNCTION @extschema@.seqint_fdw_describe(
    foreign_table regclass,
    OUT start text, OUT start_origin text,
    OUT "end" text, OUT end_origin text,
    OUT step text, OUT step_origin text,
    OUT count numeric, OUT last text)
RETURNS record
AS 'MODULE_PATHNAME'
LANGUAGE C STRICT STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.seqint_fdw_describe(regclass) IS
  'start, end and step of a seqint_fdw foreign table with the origin of each, its number of values and its last value, as text in the column type''s syntax';
