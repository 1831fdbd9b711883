-- smoke_test.sql — the first thing a user tries: the extension, a server, a table, its rows.
CREATE EXTENSION seqint_fdw;
CREATE SERVER nums FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE sequential_ints (val int) SERVER nums;
SELECT * FROM sequential_ints;
