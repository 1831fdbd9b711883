-- columns.sql — a seqint table has exactly one live column of a number type.
CREATE SERVER columns_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (end '5');
\set state '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- shape errors come when the table is queried, naming table and column
CREATE FOREIGN TABLE no_columns () SERVER columns_srv;
SELECT * FROM no_columns;
:state
SELECT count(*) FROM no_columns;
:state
CREATE FOREIGN TABLE two_columns (a int, b int) SERVER columns_srv;
SELECT a FROM two_columns;
:state
CREATE FOREIGN TABLE text_column (label text) SERVER columns_srv;
SELECT * FROM text_column;
:state
CREATE FOREIGN TABLE bool_column (flag boolean) SERVER columns_srv;
SELECT count(*) FROM bool_column;
:state
CREATE FOREIGN TABLE array_column (vals int[]) SERVER columns_srv;
SELECT * FROM array_column;
:state
CREATE DOMAIN label AS text;
CREATE FOREIGN TABLE domain_text (l label) SERVER columns_srv;
SELECT * FROM domain_text;
:state

-- dropped columns do not count, wherever they were
ALTER FOREIGN TABLE two_columns DROP COLUMN a;
SELECT * FROM two_columns;
ALTER FOREIGN TABLE two_columns ADD COLUMN c bigint;
SELECT * FROM two_columns;                 -- two live columns again
ALTER FOREIGN TABLE two_columns DROP COLUMN b;
SELECT array_agg(c), pg_typeof(min(c)) FROM two_columns;
SELECT * FROM two_columns t ORDER BY 1 DESC LIMIT 2;
SELECT t FROM two_columns t LIMIT 2;       -- the whole row has just the live column

-- changing the column's type takes effect at once
ALTER FOREIGN TABLE text_column ALTER COLUMN label TYPE numeric(4,1);
SELECT array_agg(label) FROM text_column;
ALTER FOREIGN TABLE text_column ALTER COLUMN label TYPE text;
SELECT * FROM text_column;

DROP SERVER columns_srv CASCADE;
DROP DOMAIN label;
