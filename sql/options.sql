-- options.sql — server options are defaults, table options override them, ALTER is immediate.
CREATE SERVER options_srv FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '100', step '10');
CREATE FOREIGN TABLE from_server (val int) SERVER options_srv;
CREATE FOREIGN TABLE own_end (val int) SERVER options_srv OPTIONS (end '150');
CREATE FOREIGN TABLE overrides (val int) SERVER options_srv OPTIONS (start '1', end '4', step '1');

-- start 100 with the default end 64 and step 10 never reaches end: an error naming where
-- each value came from, raised when queried because no single object holds all three
SELECT * FROM from_server;
SELECT array_agg(val) FROM own_end;
SELECT array_agg(val) FROM overrides;

-- the issue's examples
CREATE SERVER nums FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE evens (n bigint) SERVER nums OPTIONS (start '0', end '1000000', step '2');
CREATE FOREIGN TABLE countdown (n smallint) SERVER nums OPTIONS (start '10', end '0', step '-1');
SELECT count(*), min(n), max(n), sum(n) FROM evens;
SELECT array_agg(n) FROM countdown;

-- what psql and the catalogs show
SELECT srvname, srvoptions FROM pg_foreign_server
 WHERE srvname IN ('options_srv', 'nums') ORDER BY srvname;
SELECT c.relname, ft.ftoptions FROM pg_foreign_table ft JOIN pg_class c ON c.oid = ft.ftrelid
 WHERE c.relname IN ('from_server', 'own_end', 'overrides', 'evens', 'countdown')
 ORDER BY c.relname;

-- ALTER SERVER changes every table that inherits, at once
ALTER SERVER options_srv OPTIONS (ADD end '130');
SELECT array_agg(val) FROM from_server;
ALTER SERVER options_srv OPTIONS (SET step '-10', SET end '60');
SELECT array_agg(val) FROM from_server;
SELECT array_agg(val) FROM own_end;     -- end 150 with step -10 from 100: query-time error
ALTER SERVER options_srv OPTIONS (DROP start, DROP end, DROP step);
SELECT array_agg(val) = array(SELECT generate_series(0, 63)) FROM from_server;

-- ALTER FOREIGN TABLE: ADD, SET, DROP
ALTER FOREIGN TABLE overrides OPTIONS (SET end '7', SET step '2');
SELECT array_agg(val) FROM overrides;
ALTER FOREIGN TABLE overrides OPTIONS (DROP step);
SELECT array_agg(val) FROM overrides;
ALTER FOREIGN TABLE overrides OPTIONS (ADD step '3');
SELECT array_agg(val) FROM overrides;

-- option values take bigint's input syntax: a sign, surrounding spaces
ALTER FOREIGN TABLE overrides OPTIONS (SET start ' +2 ', SET end '	-7 ', SET step '-3');
SELECT array_agg(val) FROM overrides;

DROP SERVER options_srv CASCADE;
DROP SERVER nums CASCADE;
