-- test/lib/checksums.sql — what the objects of test/lib/objects.sql answer, printed the same
-- way on every copy of them (an upgraded cluster, a standby) so that the copies can be
-- compared as text: options (as sets: their order is not kept), comments and privileges,
-- then one checksum row per foreign table (count, sum, min, max, and an md5 of its first and
-- last 1000 values in order: the 10^15-value table answers the aggregates in closed form
-- and the ends through the ordered scan), then the views. Read-only: runs on a standby.
-- The timeout is a guard against a walk of the 10^15 values, not a bound on speed.
SET statement_timeout = '300s';
SET extra_float_digits = 0;

SELECT srvname, array(SELECT o FROM unnest(srvoptions) o ORDER BY o) AS options
  FROM pg_foreign_server ORDER BY 1;
SELECT ftrelid::regclass AS "table", array(SELECT o FROM unnest(ftoptions) o ORDER BY o) AS options
  FROM pg_foreign_table ORDER BY ftrelid::regclass::text;
SELECT a.attrelid::regclass AS "table", a.attname, format_type(a.atttypid, a.atttypmod) AS type
  FROM pg_attribute a JOIN pg_foreign_table ft ON ft.ftrelid = a.attrelid
 WHERE a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attrelid::regclass::text, a.attnum;
SELECT obj_description('calendar.days'::regclass) AS days, col_description('calendar.days'::regclass, 1) AS day,
       obj_description('evens'::regclass) AS evens,
       (SELECT obj_description(oid, 'pg_foreign_server') FROM pg_foreign_server WHERE srvname = 'ranged_srv') AS ranged_srv;
SELECT has_table_privilege('regress_seqint_reader', 't_bigint_huge', 'SELECT') AS huge,
       has_table_privilege('regress_seqint_reader', 'calendar.days', 'SELECT') AS days,
       has_table_privilege('regress_seqint_reader', 'evens', 'SELECT') AS evens,
       has_table_privilege('regress_seqint_reader', 't_integer', 'SELECT') AS t_integer,
       has_server_privilege('regress_seqint_reader', 'ranged_srv', 'USAGE') AS ranged_srv,
       has_server_privilege('regress_seqint_reader', 'plain_srv', 'USAGE') AS plain_srv,
       has_foreign_data_wrapper_privilege('regress_seqint_reader', 'seqint_fdw', 'USAGE') AS wrapper;

-- one row per foreign table
SELECT format($q$SELECT %1$L AS "table", count(*) AS count, sum(%2$I) AS sum, min(%2$I) AS min, max(%2$I) AS max,
  (SELECT md5(string_agg(v::text, ',')) FROM (SELECT %2$I AS v FROM %1$s ORDER BY %2$I LIMIT 1000) s) AS head,
  (SELECT md5(string_agg(v::text, ',')) FROM (SELECT %2$I AS v FROM %1$s ORDER BY %2$I DESC LIMIT 1000) s) AS tail
  FROM %1$s$q$, c.oid::regclass, a.attname)
  FROM pg_foreign_table ft JOIN pg_class c ON c.oid = ft.ftrelid
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = 1
 ORDER BY c.oid::regclass::text
\gexec

SELECT count(*), sum(val), min(val), max(val) FROM evens;
SELECT day, hits FROM weekday_hits ORDER BY day;
SELECT count(*), sum(x) FROM probes p JOIN t_integer i ON i.val = p.x;
