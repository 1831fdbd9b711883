-- bad_options.sql — every malformed option is refused by the statement that sets it.
CREATE SERVER bad_srv FOREIGN DATA WRAPPER seqint_fdw;
\set VERBOSITY verbose
-- the messages name the option, the value and the kind of object; SQLSTATEs:
-- 22P02 not an integer, 22003 out of bigint's range, 22023 zero step or wrong direction,
-- HV00D unknown option name

-- at CREATE SERVER
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '   ');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (end '1.5');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (end '1e3');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (step 'abc');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '9223372036854775808');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '-9223372036854775809');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '12abc');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '0x10');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '1_000');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '+-5');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (step '0');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (step '-0');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (stride '2');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS ("Start" '2');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '10', end '0', step '1');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '0', end '10', step '-1');
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '1', start '2');

-- at CREATE FOREIGN TABLE
CREATE FOREIGN TABLE t1 (val int) SERVER bad_srv OPTIONS (start 'abc');
CREATE FOREIGN TABLE t1 (val int) SERVER bad_srv OPTIONS (end '99999999999999999999');
CREATE FOREIGN TABLE t1 (val int) SERVER bad_srv OPTIONS (step '0');
CREATE FOREIGN TABLE t1 (val int) SERVER bad_srv OPTIONS (begin '1');
CREATE FOREIGN TABLE t1 (val int) SERVER bad_srv OPTIONS (start '5', end '1', step '2');
CREATE FOREIGN TABLE t1 (val int) SERVER bad_srv OPTIONS (start '-9223372036854775808', end '9223372036854775807', step '-9223372036854775808');

-- at ALTER SERVER and ALTER FOREIGN TABLE: the object keeps its old options
CREATE FOREIGN TABLE t1 (val int) SERVER bad_srv OPTIONS (start '1', end '5');
ALTER SERVER bad_srv OPTIONS (ADD start 'x');
ALTER SERVER bad_srv OPTIONS (ADD step '0');
ALTER SERVER bad_srv OPTIONS (ADD width '3');
ALTER SERVER bad_srv OPTIONS (ADD start '9', ADD end '1', ADD step '1');
ALTER FOREIGN TABLE t1 OPTIONS (SET start '1.0');
ALTER FOREIGN TABLE t1 OPTIONS (SET end '');
ALTER FOREIGN TABLE t1 OPTIONS (ADD step '0');
ALTER FOREIGN TABLE t1 OPTIONS (ADD step '-1');
ALTER FOREIGN TABLE t1 OPTIONS (ADD count '4');
ALTER FOREIGN TABLE t1 OPTIONS (SET step '1');   -- no step to SET: PostgreSQL's own error
\set VERBOSITY default
SELECT array_agg(val) FROM t1;
SELECT srvoptions FROM pg_foreign_server WHERE srvname = 'bad_srv';

-- the wrapper itself and user mappings take no options
\set VERBOSITY verbose
ALTER FOREIGN DATA WRAPPER seqint_fdw OPTIONS (ADD start '1');
CREATE USER MAPPING FOR CURRENT_USER SERVER bad_srv OPTIONS (step '2');
\set VERBOSITY default
CREATE USER MAPPING FOR CURRENT_USER SERVER bad_srv;   -- without options it is fine
DROP USER MAPPING FOR CURRENT_USER SERVER bad_srv;

DROP SERVER bad_srv CASCADE;
