-- prepared.sql — prepared statements and PL/pgSQL see ALTER ... OPTIONS at once (plans are invalidated).
CREATE SERVER prepared_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE prepared_t (val int) SERVER prepared_srv OPTIONS (start '1', end '11');

PREPARE q AS SELECT count(*), min(val), max(val) FROM prepared_t;
PREPARE p(int) AS SELECT val FROM prepared_t WHERE val > $1 ORDER BY val;

-- generic plans, reused across executions
SET plan_cache_mode = force_generic_plan;
EXECUTE q;
EXECUTE q;
EXECUTE p(7);
EXECUTE p(8);
EXPLAIN (COSTS OFF) EXECUTE q;

-- table option changed: the next EXECUTE sees it
ALTER FOREIGN TABLE prepared_t OPTIONS (SET end '21');
EXECUTE q;
EXPLAIN (COSTS OFF) EXECUTE q;
EXECUTE p(17);

-- a table option added
ALTER FOREIGN TABLE prepared_t OPTIONS (ADD step '5');
EXECUTE q;
EXECUTE p(5);
EXPLAIN (COSTS OFF) EXECUTE q;

-- a table option dropped: back to the default step 1
ALTER FOREIGN TABLE prepared_t OPTIONS (DROP step);
EXECUTE q;
EXECUTE p(18);

-- server defaults matter where the table sets nothing
ALTER FOREIGN TABLE prepared_t OPTIONS (DROP start, DROP end);
EXECUTE q;
ALTER SERVER prepared_srv OPTIONS (ADD start '100', ADD end '110');
EXECUTE q;
EXECUTE p(106);
EXPLAIN (COSTS OFF) EXECUTE q;
ALTER SERVER prepared_srv OPTIONS (SET end '103');
EXECUTE q;
ALTER SERVER prepared_srv OPTIONS (ADD step '-1', SET start '5', SET end '0');
EXECUTE q;
EXECUTE p(2);
ALTER SERVER prepared_srv OPTIONS (DROP step, DROP start, DROP end);
EXECUTE q;

-- custom plans behave the same
SET plan_cache_mode = force_custom_plan;
ALTER FOREIGN TABLE prepared_t OPTIONS (ADD start '3', ADD end '9');
EXECUTE q;
EXECUTE p(6);
ALTER FOREIGN TABLE prepared_t OPTIONS (SET start '-3', ADD step '2');
EXECUTE q;
EXECUTE p(-2);
EXPLAIN (COSTS OFF) EXECUTE p(0);
-- the results agree with generate_series
SELECT (SELECT array_agg(val) FROM prepared_t) = (SELECT array_agg(g) FROM generate_series(-3, 8, 2) g) AS same;

RESET plan_cache_mode;
DEALLOCATE q;
DEALLOCATE p;

-- a PL/pgSQL function caches its plan; it must still see the new options
CREATE FUNCTION prepared_summary() RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  SELECT count(*) AS n, min(val) AS lo, max(val) AS hi, sum(val) AS total
    INTO r FROM prepared_t;
  RETURN format('n=%s lo=%s hi=%s sum=%s', r.n, r.lo, r.hi, r.total);
END
$$;

ALTER FOREIGN TABLE prepared_t OPTIONS (SET start '1', SET end '5', DROP step);
SELECT prepared_summary();
SELECT prepared_summary();
ALTER FOREIGN TABLE prepared_t OPTIONS (SET end '101');
SELECT prepared_summary();
ALTER FOREIGN TABLE prepared_t OPTIONS (ADD step '10');
SELECT prepared_summary();
ALTER FOREIGN TABLE prepared_t OPTIONS (DROP start, DROP end, DROP step);
ALTER SERVER prepared_srv OPTIONS (ADD end '4');
SELECT prepared_summary();

DROP FUNCTION prepared_summary();
DROP SERVER prepared_srv CASCADE;
