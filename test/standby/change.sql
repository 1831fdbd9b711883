-- test/standby/change.sql — options changed on the primary while the replica serves queries:
-- server and table options, SET, ADD and DROP (test/standby/run.sh checks the replica).
ALTER SERVER ranged_srv OPTIONS (SET step '4', SET start '-4');
ALTER FOREIGN TABLE calendar.days OPTIONS (SET end '5', ADD start '1');
ALTER FOREIGN TABLE t_bigint_huge OPTIONS (SET end '2000000000000000');
ALTER FOREIGN TABLE t_numeric OPTIONS (DROP step, SET start '-90', SET end '900');
ALTER FOREIGN TABLE t_double OPTIONS (SET step '3');
