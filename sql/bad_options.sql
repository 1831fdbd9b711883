-- bad_options.sql — every malformed option is refused by the statement that sets it.
CREATE SERVER bad_srv FOREIGN DATA WRAPPER seqint_fdw;
\set state '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'
-- the messages name the option, the value and the kind of object; SQLSTATEs:
-- 22P02 not an integer, 22003 out of bigint's range, 22023 zero step or wrong direction,
-- HV00D unknown option name

-- at CREATE SERVER
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '   ');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (end '1.5');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (end '1e3');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (step 'abc');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '9223372036854775808');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '-9223372036854775809');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '12abc');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '0x10');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '1_000');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '+-5');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (step '0');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (step '-0');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (stride '2');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS ("Start" '2');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '10', end '0', step '1');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '0', end '10', step '-1');
:state
CREATE SERVER s1 FOREIGN DATA WRAPPER seqint_fdw OPTIONS (start '1', start '2');
:state

-- at CREATE FOREIGN TABLE
CREATE FOREIGN TABLE t1 (val int) SERVER bad_srv OPTIONS (start 'abc');
:state
CREATE FOREIGN TABLE t1 (val int) SERVER bad_srv OPTIONS (end '99999999999999999999');
:state
CREATE FOREIGN TABLE t1 (val int) SERVER bad_srv OPTIONS (step '0');
:state
CREATE FOREIGN TABLE t1 (val int) SERVER bad_srv OPTIONS (begin '1');
:state
CREATE FOREIGN TABLE t1 (val int) SERVER bad_srv OPTIONS (start '5', end '1', step '2');
:state
CREATE FOREIGN TABLE t1 (val int) SERVER bad_srv OPTIONS (start '-9223372036854775808', end '9223372036854775807', step '-9223372036854775808');
:state

-- at ALTER SERVER and ALTER FOREIGN TABLE: the object keeps its old options
CREATE FOREIGN TABLE t1 (val int) SERVER bad_srv OPTIONS (start '1', end '5');
ALTER SERVER bad_srv OPTIONS (ADD start 'x');
:state
ALTER SERVER bad_srv OPTIONS (ADD step '0');
:state
ALTER SERVER bad_srv OPTIONS (ADD width '3');
:state
ALTER SERVER bad_srv OPTIONS (ADD start '9', ADD end '1', ADD step '1');
:state
ALTER FOREIGN TABLE t1 OPTIONS (SET start '1.0');
:state
ALTER FOREIGN TABLE t1 OPTIONS (SET end '');
:state
ALTER FOREIGN TABLE t1 OPTIONS (ADD step '0');
:state
ALTER FOREIGN TABLE t1 OPTIONS (ADD step '-1');
:state
ALTER FOREIGN TABLE t1 OPTIONS (ADD count '4');
:state
ALTER FOREIGN TABLE t1 OPTIONS (SET step '1');   -- no step to SET: PostgreSQL's own error
:state
SELECT array_agg(val) FROM t1;
SELECT srvoptions FROM pg_foreign_server WHERE srvname = 'bad_srv';

-- the wrapper itself and user mappings take no options
\set state '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'
ALTER FOREIGN DATA WRAPPER seqint_fdw OPTIONS (ADD start '1');
:state
CREATE USER MAPPING FOR CURRENT_USER SERVER bad_srv OPTIONS (step '2');
:state
CREATE USER MAPPING FOR CURRENT_USER SERVER bad_srv;   -- without options it is fine
DROP USER MAPPING FOR CURRENT_USER SERVER bad_srv;

DROP SERVER bad_srv CASCADE;
