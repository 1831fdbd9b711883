-- readonly.sql — writes to a seqint table fail clearly, and the table still reads afterwards.
CREATE SERVER readonly_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE readonly_t (val int) SERVER readonly_srv OPTIONS (start '1', end '6');

SELECT array_agg(val) FROM readonly_t;

-- the catalog says it cannot be written
SELECT pg_relation_is_updatable('readonly_t'::regclass, false) AS updatable,
       pg_relation_is_updatable('readonly_t'::regclass, true) AS updatable_incl_triggers;
SELECT pg_column_is_updatable('readonly_t'::regclass, 1::smallint, false) AS column_updatable;
SELECT table_type, is_insertable_into FROM information_schema.tables WHERE table_name = 'readonly_t';
SELECT is_updatable FROM information_schema.columns WHERE table_name = 'readonly_t';

-- every write is refused
INSERT INTO readonly_t VALUES (7);
INSERT INTO readonly_t SELECT g FROM generate_series(1, 3) g;
UPDATE readonly_t SET val = val + 1;
UPDATE readonly_t SET val = 0 WHERE val = 3;
DELETE FROM readonly_t;
DELETE FROM readonly_t WHERE val = 1;
-- COPY FROM fails before reading a row; psql still sends the data up to \.
COPY readonly_t FROM STDIN;
7
\.
-- TRUNCATE and MERGE, checked from PostgreSQL 15 on (expected/readonly_1.out is 13 and 14):
-- 13 refuses TRUNCATE of any foreign table in words of its own, and MERGE arrived in 15
SELECT current_setting('server_version_num')::int >= 150000 AS has_merge \gset
\if :has_merge
TRUNCATE readonly_t;
MERGE INTO readonly_t t USING (VALUES (1)) v(x) ON t.val = v.x WHEN MATCHED THEN DELETE;
\endif
-- row locks: PostgreSQL copies foreign rows instead of locking them, so these read fine
SELECT val FROM readonly_t WHERE val = 2 FOR UPDATE;
SELECT val FROM readonly_t ORDER BY val FOR SHARE;

-- a refused write inside a transaction aborts it
BEGIN;
SELECT count(*) FROM readonly_t;
DELETE FROM readonly_t WHERE val > 2;
SELECT count(*) FROM readonly_t;
ROLLBACK;

-- reading still works; COPY of a foreign table itself is refused, COPY (SELECT ...) TO reads
SELECT (SELECT array_agg(val) FROM readonly_t) = (SELECT array_agg(g) FROM generate_series(1, 5) g) AS same;
COPY readonly_t TO STDOUT;
COPY (SELECT val * 10 FROM readonly_t) TO STDOUT;

DROP SERVER readonly_srv CASCADE;
