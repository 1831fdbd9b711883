-- defaults.sql — a table with no options is 0 … 63 in an integer column.
CREATE SERVER defaults_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE sequential_ints (val int) SERVER defaults_srv;

SELECT * FROM sequential_ints;
SELECT count(*), min(val), max(val), sum(val) FROM sequential_ints;

-- the wrapper the extension made, with its handler and validator
SELECT fdwname, fdwhandler::regproc, fdwvalidator::regproc, fdwoptions
  FROM pg_foreign_data_wrapper WHERE fdwname = 'seqint_fdw';

DROP SERVER defaults_srv CASCADE;
