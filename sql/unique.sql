-- unique.sql — a seqint column is declared unique to the planner exactly when its values are
-- distinct as the column stores them (src/pg/unique_column.cpp): joins whose inner side is a
-- seqint table then stop at the first match ("Inner Unique"), and a merge join needs no
-- Materialize. Where values collide (real, double precision and numeric with a negative scale
-- round neighbours together; a timestamptz calendar step can meet a day its zone skipped)
-- nothing is declared, and every match is returned. Negative scales, which PostgreSQL 13
-- and 14 do not have, are in numeric_negative_scale.sql.
CREATE SERVER unique_srv FOREIGN DATA WRAPPER seqint_fdw;

\i sql/helpers/inner_unique.sql

CREATE TABLE probes (v bigint);  -- not TEMP: EXPLAIN VERBOSE names its schema
INSERT INTO probes SELECT g FROM generate_series(-3, 40) g;
ANALYZE probes;
SET enable_hashjoin = off;
SET enable_mergejoin = off;

-- integers of every width, a domain (with a check, too), numeric without rounding
CREATE FOREIGN TABLE unique_int (val int) SERVER unique_srv OPTIONS (start '1', end '31', step '3');
CREATE FOREIGN TABLE unique_small (val smallint) SERVER unique_srv OPTIONS (start '30', end '0', step '-2');
CREATE FOREIGN TABLE unique_big (val bigint) SERVER unique_srv OPTIONS (start '0', end '1000000000000');
CREATE DOMAIN unique_positive AS bigint CHECK (VALUE > 0);
CREATE FOREIGN TABLE unique_domain (val unique_positive) SERVER unique_srv OPTIONS (start '1', end '20');
CREATE FOREIGN TABLE unique_num (val numeric(6, 2)) SERVER unique_srv OPTIONS (start '5', end '25');

EXPLAIN (VERBOSE, COSTS OFF) SELECT p.v FROM probes p JOIN unique_int x ON x.val = p.v;
SELECT inner_unique('SELECT 1 FROM probes p JOIN unique_small x ON x.val = p.v') AS small,
       inner_unique('SELECT 1 FROM probes p JOIN unique_big x ON x.val = p.v') AS big,
       inner_unique('SELECT 1 FROM probes p JOIN unique_domain x ON x.val = p.v') AS domain,
       inner_unique('SELECT 1 FROM probes p JOIN unique_num x ON x.val = p.v') AS num;
-- the answers are generate_series's
SELECT (SELECT array_agg(p.v ORDER BY p.v) FROM probes p JOIN unique_int x ON x.val = p.v)
     = (SELECT array_agg(p.v ORDER BY p.v) FROM probes p JOIN generate_series(1, 30, 3) g ON g = p.v) AS int_ok,
       (SELECT array_agg(p.v ORDER BY p.v) FROM probes p JOIN unique_small x ON x.val = p.v)
     = (SELECT array_agg(p.v ORDER BY p.v) FROM probes p JOIN generate_series(30, 1, -2) g ON g = p.v) AS small_ok,
       (SELECT array_agg(p.v ORDER BY p.v) FROM probes p JOIN unique_domain x ON x.val = p.v)
     = (SELECT array_agg(p.v ORDER BY p.v) FROM probes p JOIN generate_series(1, 19) g ON g = p.v) AS domain_ok,
       (SELECT array_agg(p.v ORDER BY p.v) FROM probes p JOIN unique_num x ON x.val = p.v)
     = (SELECT array_agg(p.v ORDER BY p.v) FROM probes p JOIN generate_series(5, 24) g ON g = p.v) AS num_ok;

-- a merge join over a unique inner side needs no Materialize to mark and restore
SET enable_mergejoin = on;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT a.val FROM unique_int a JOIN unique_small b ON a.val = b.val;
SELECT array_agg(a.val ORDER BY a.val) FROM unique_int a JOIN unique_small b ON a.val = b.val;
SET enable_mergejoin = off;
SET enable_nestloop = on;

-- dates, timestamps, and timestamptz with a fixed step: distinct in every zone
SET TimeZone = 'Pacific/Apia';
SET DateStyle = 'ISO, YMD';
CREATE FOREIGN TABLE unique_months (d date) SERVER unique_srv
    OPTIONS (start '2024-01-31', end '2025-01-01', step '1 month');
CREATE FOREIGN TABLE unique_hours (t timestamp) SERVER unique_srv
    OPTIONS (start '2011-12-29 00:00', end '2012-01-01 00:00', step '6 hours');
CREATE FOREIGN TABLE unique_utc_hours (t timestamptz) SERVER unique_srv
    OPTIONS (start '2011-12-29 00:00+00', end '2012-01-01 00:00+00', step '6 hours');
CREATE TEMP TABLE month_ends (d date);
INSERT INTO month_ends SELECT (date '2024-01-01' + (k || ' months')::interval + interval '1 month - 1 day')::date
  FROM generate_series(0, 11) k;
SELECT inner_unique('SELECT 1 FROM month_ends m JOIN unique_months x ON x.d = m.d') AS months,
       inner_unique('SELECT 1 FROM probes p JOIN unique_hours x ON x.t = timestamp ''2011-12-29'' + p.v * interval ''6 hours''') AS hours,
       inner_unique('SELECT 1 FROM probes p JOIN unique_utc_hours x ON x.t = timestamptz ''2011-12-29 00:00+00'' + p.v * interval ''6 hours''') AS utc_hours;
SELECT array_agg(m.d ORDER BY m.d) AS month_ends_found FROM month_ends m JOIN unique_months x ON x.d = m.d;

-- values that collide: nothing declared, every match found (a unique inner side would stop
-- at the first). real keeps 24 bits: 16777217 rounds to 16777216, 16777219 to 16777220.
CREATE FOREIGN TABLE collide_real (val real) SERVER unique_srv OPTIONS (start '16777216', end '16777221');
CREATE FOREIGN TABLE collide_double (val double precision) SERVER unique_srv
    OPTIONS (start '9007199254740992', end '9007199254740996');
CREATE TEMP TABLE float_probes (f double precision);
INSERT INTO float_probes VALUES (16777216), (16777218), (16777220), (9007199254740992), (9007199254740994), (10), (20);
SELECT inner_unique('SELECT 1 FROM float_probes p JOIN collide_real x ON x.val = p.f') AS real_unique,
       inner_unique('SELECT 1 FROM float_probes p JOIN collide_double x ON x.val = p.f') AS double_unique;
SELECT p.f, count(*) FROM float_probes p JOIN collide_real x ON x.val = p.f GROUP BY p.f ORDER BY p.f;
SELECT p.f, count(*) FROM float_probes p JOIN collide_double x ON x.val = p.f GROUP BY p.f ORDER BY p.f;

-- Samoa skipped 30 December 2011: a '1 day' step from the 28th reaches 31 December 00:00
-- twice (the 30th, which did not exist, is read with the offset before the change), so a
-- timestamptz calendar axis is never declared unique, and the join finds both.
CREATE FOREIGN TABLE collide_apia (t timestamptz) SERVER unique_srv
    OPTIONS (start '2011-12-28 00:00', end '2012-01-02 00:00', step '1 day');
SELECT array_agg(t ORDER BY t) AS apia_days FROM collide_apia;
SELECT inner_unique('SELECT 1 FROM probes p JOIN collide_apia x ON x.t = timestamptz ''2011-12-31 00:00'' + p.v * interval ''1 hour''') AS apia_unique;
SELECT p.v, count(*) FROM probes p JOIN collide_apia x ON x.t = timestamptz '2011-12-31 00:00' + p.v * interval '1 hour'
 GROUP BY p.v ORDER BY p.v;
SELECT count(*) AS apia_matches
  FROM probes p JOIN (SELECT timestamptz '2011-12-28 00:00' + k * interval '1 day' AS t FROM generate_series(0, 4) k) g
    ON g.t = timestamptz '2011-12-31 00:00' + p.v * interval '1 hour';

-- Join removal and semi-join reduction run before the row estimates, so where the column's
-- type alone proves the values distinct (integers, numeric that does not round, date,
-- timestamp) the declaration comes earlier, from a get_relation_info_hook: a LEFT JOIN that
-- reads nothing from the seqint side is removed, and IN (SELECT …) becomes a plain join on a
-- unique inner side. timestamptz, real and double precision need the sequence, read later:
-- their joins stay.
EXPLAIN (COSTS OFF) SELECT p.v FROM probes p LEFT JOIN unique_big x ON x.val = p.v;
EXPLAIN (COSTS OFF) SELECT p.v FROM probes p LEFT JOIN unique_domain x ON x.val = p.v;
EXPLAIN (COSTS OFF) SELECT m.d FROM month_ends m LEFT JOIN unique_months x ON x.d = m.d;
EXPLAIN (COSTS OFF) SELECT p.v FROM probes p
  LEFT JOIN unique_hours x ON x.t = timestamp '2011-12-29' + p.v * interval '6 hours';
EXPLAIN (COSTS OFF) SELECT p.v FROM probes p
  LEFT JOIN unique_utc_hours x ON x.t = timestamptz '2011-12-29 00:00+00' + p.v * interval '6 hours';
EXPLAIN (COSTS OFF) SELECT p.f FROM float_probes p LEFT JOIN collide_real x ON x.val = p.f;
-- every probe once, as with generate_series
SELECT (SELECT array_agg(p.v ORDER BY p.v) FROM probes p LEFT JOIN unique_int x ON x.val = p.v)
     = (SELECT array_agg(p.v ORDER BY p.v) FROM probes p LEFT JOIN generate_series(1, 30, 3) g ON g = p.v)
    AS left_join_ok;
EXPLAIN (COSTS OFF) SELECT p.v FROM probes p WHERE p.v IN (SELECT val FROM unique_int);
SELECT (SELECT array_agg(p.v ORDER BY p.v) FROM probes p WHERE p.v IN (SELECT val FROM unique_int))
     = (SELECT array_agg(p.v ORDER BY p.v) FROM probes p WHERE p.v IN (SELECT generate_series(1, 30, 3)))
    AS semi_join_ok;
-- an inheritance parent stands for its children too, whose values repeat its own: its join
-- stays, and finds every match
CREATE FOREIGN TABLE unique_family (val int) SERVER unique_srv OPTIONS (end '10');
CREATE FOREIGN TABLE unique_family_child () INHERITS (unique_family) SERVER unique_srv OPTIONS (end '10');
SELECT count(*) AS family_rows FROM probes p LEFT JOIN unique_family x ON x.val = p.v;
SELECT count(*) AS family_in FROM probes p WHERE p.v IN (SELECT val FROM unique_family);
SELECT inner_unique('SELECT 1 FROM probes p JOIN unique_family x ON x.val = p.v') AS family_unique,
       inner_unique('SELECT 1 FROM probes p JOIN ONLY unique_family x ON x.val = p.v') AS only_unique;
-- the hook reads no options and raises nothing: a table whose values do not fit its column
-- fails where it is read, and a removed join never reads it (as WHERE false never does)
CREATE FOREIGN TABLE unique_too_big (val smallint) SERVER unique_srv OPTIONS (end '40000');
SELECT count(*) FROM probes p LEFT JOIN unique_too_big x ON x.val = p.v;
SELECT count(x.val) FROM probes p LEFT JOIN unique_too_big x ON x.val = p.v;
RESET TimeZone;
RESET DateStyle;
RESET enable_hashjoin;
RESET enable_mergejoin;
DROP SERVER unique_srv CASCADE;
DROP DOMAIN unique_positive;
DROP TABLE probes;
DROP FUNCTION inner_unique(text);
