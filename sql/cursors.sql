-- cursors.sql — seqint tables behind plain, SCROLL, NO SCROLL and WITH HOLD cursors.
CREATE SERVER cursors_srv FOREIGN DATA WRAPPER seqint_fdw;
CREATE FOREIGN TABLE cursors_t (val int) SERVER cursors_srv OPTIONS (start '10', end '20');
CREATE FOREIGN TABLE cursors_down (val bigint) SERVER cursors_srv OPTIONS (start '10', end '0', step '-3');

-- a plain cursor read forward in pieces
BEGIN;
DECLARE c CURSOR FOR SELECT * FROM cursors_t;
FETCH 3 FROM c;
FETCH 1 FROM c;
FETCH FORWARD 4 FROM c;
FETCH 5 FROM c;
FETCH 1 FROM c;
CLOSE c;
COMMIT;

-- a scroll cursor moves both ways
BEGIN;
DECLARE s SCROLL CURSOR FOR SELECT * FROM cursors_t;
FETCH FORWARD 3 FROM s;
FETCH BACKWARD 2 FROM s;
FETCH ABSOLUTE 5 FROM s;
FETCH RELATIVE 2 FROM s;
FETCH RELATIVE -3 FROM s;
FETCH LAST FROM s;
FETCH PRIOR FROM s;
FETCH FIRST FROM s;
FETCH NEXT FROM s;
MOVE FORWARD 4 IN s;
FETCH 1 FROM s;
MOVE BACKWARD 2 IN s;
FETCH 1 FROM s;
MOVE LAST IN s;
FETCH NEXT FROM s;
FETCH BACKWARD 3 FROM s;
FETCH ABSOLUTE -1 FROM s;
-- backward past the start: the rows before, then nothing
MOVE ABSOLUTE 2 IN s;
FETCH BACKWARD 5 FROM s;
FETCH PRIOR FROM s;
FETCH NEXT FROM s;
FETCH BACKWARD ALL FROM s;
FETCH FORWARD ALL FROM s;
CLOSE s;
COMMIT;

-- a scroll cursor over a descending sequence
BEGIN;
DECLARE d SCROLL CURSOR FOR SELECT * FROM cursors_down;
FETCH ALL FROM d;
FETCH BACKWARD 2 FROM d;
FETCH ABSOLUTE 2 FROM d;
FETCH LAST FROM d;
FETCH FIRST FROM d;
COMMIT;

-- a NO SCROLL cursor refuses to go back
BEGIN;
DECLARE n NO SCROLL CURSOR FOR SELECT * FROM cursors_t;
FETCH 2 FROM n;
FETCH BACKWARD 1 FROM n;
ROLLBACK;

-- a WITH HOLD cursor outlives its transaction
BEGIN;
DECLARE h CURSOR WITH HOLD FOR SELECT val FROM cursors_t WHERE val % 2 = 0;
FETCH 2 FROM h;
COMMIT;
FETCH 2 FROM h;
FETCH ALL FROM h;
FETCH 1 FROM h;
CLOSE h;

-- a held scroll cursor over a join with generate_series
BEGIN;
DECLARE hj SCROLL CURSOR WITH HOLD FOR
  SELECT val, g FROM cursors_t JOIN generate_series(12, 30, 4) g ON g = val ORDER BY val;
COMMIT;
FETCH ALL FROM hj;
FETCH BACKWARD 1 FROM hj;
FETCH FIRST FROM hj;
CLOSE hj;

DROP SERVER cursors_srv CASCADE;
