-- oracle.sql — randomized comparison of seqint tables with generate_series.
--
-- oracle_run(n) draws n random cases from a fixed seed: a sequence (small ranges both ways,
-- empty and single-value ones, huge steps across the whole int64 range, ranges crossing the
-- smallint / integer / numeric(6,0) bounds, and a few specs that never reach end), a column
-- type, options split between the server (ALTER SERVER) and the table, a WHERE clause, an
-- order and a LIMIT / OFFSET. Each case runs on the seqint table and on
--   SELECT * FROM (SELECT g::TYPE AS val FROM generate_series(start, last, step) g) s …
-- and the answers must be equal: the same values as text, in the same order when the query
-- orders them and as multisets when it does not (also checked with EXCEPT ALL both ways),
-- or the same SQLSTATE when both fail. A spec that never reaches end (or steps by 0) must
-- fail with 22023, wherever the options that make it sit, and a sequence with a value the
-- column cannot hold must fail every query with 22003 (whether casting its first and last
-- value fails decides, as generate_series does not cast rows a LIMIT 0 never reads). Each
-- mismatch is reported as a NOTICE with everything needed to replay it; the result is one
-- line. Run oracle_run(n, true) by hand to see every case.

CREATE SERVER oracle_srv FOREIGN DATA WRAPPER seqint_fdw;

-- A uniformly random integer in [lo, hi].
CREATE FUNCTION oracle_ri(lo numeric, hi numeric) RETURNS numeric
LANGUAGE sql AS $$ SELECT lo + floor(random() * (hi - lo + 1)) $$;

-- A random constant near the sequence: one of its values, nudged, or one just outside it.
CREATE FUNCTION oracle_near(s numeric, st numeric, n numeric) RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
    v numeric;
    r numeric := oracle_ri(1, 10);
BEGIN
    IF n = 0 THEN
        v := s + oracle_ri(-3, 3);
    ELSIF r <= 5 THEN
        v := s + oracle_ri(0, n - 1) * st;
    ELSIF r <= 8 THEN
        v := s + oracle_ri(0, n - 1) * st + oracle_ri(-2, 2);
    ELSIF r = 9 THEN
        v := s - st * oracle_ri(0, 2) + oracle_ri(-1, 1);
    ELSE
        v := s + st * (n + oracle_ri(-1, 1));
    END IF;
    RETURN greatest(-9223372036854775808, least(9223372036854775807, v));
END $$;

-- The answer of a query (ordered as it orders, or sorted when it does not) as
-- "count|{values as text}". The caller catches errors.
CREATE FUNCTION oracle_answer(q text, ordered boolean) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    a text[];
BEGIN
    IF ordered THEN
        EXECUTE 'SELECT array(SELECT val::text FROM (' || q || ') x)' INTO a;
    ELSE
        EXECUTE 'SELECT array(SELECT val::text FROM (' || q || ') x ORDER BY x.val)' INTO a;
    END IF;
    RETURN cardinality(a) || '|' || a::text;
END $$;

CREATE FUNCTION oracle_run(ncases int, chatty boolean DEFAULT false) RETURNS text
LANGUAGE plpgsql AS $fn$
DECLARE
    imin CONSTANT numeric := -9223372036854775808;
    imax CONSTANT numeric := 9223372036854775807;
    types CONSTANT text[] := ARRAY['smallint', 'integer', 'bigint', 'real',
        'double precision', 'numeric', 'numeric(6,0)', 'numeric(8,2)'];
    bounds CONSTANT numeric[] := ARRAY[32767, 32768, -32768, -32769, 2147483647, 2147483648,
        -2147483648, -2147483649, 999999, 1000000, -999999, -1000000, 99999, -99999];
    names CONSTANT text[] := ARRAY['start', 'end', 'step'];
    defaults CONSTANT numeric[] := ARRAY[0, 64, 1];
    mismatches int := 0;
    n_err int := 0;
    n_rows bigint := 0;
    i int;
    j int;
    r numeric;
    s numeric;
    e numeric;
    st numeric;
    dir int;
    n numeric;
    last numeric;
    invalid boolean;
    vals numeric[];
    srv numeric[];
    srv_decoy boolean[];
    on_tbl boolean[];
    srv_sql text;
    tbl_sql text;
    drop_sql text;
    typ text;
    valexpr text;
    cond text;
    ordered boolean;
    tail text;
    gen_src text;
    q_seq text;
    q_gen text;
    seq_ans text;
    gen_ans text;
    seq_msg text;
    gen_msg text;
    d1 bigint;
    d2 bigint;
    bad boolean;
BEGIN
    PERFORM setseed(0.2718);
    FOR i IN 1..ncases LOOP
        -- the sequence
        r := oracle_ri(1, 100);
        dir := CASE WHEN random() < 0.5 THEN -1 ELSE 1 END;
        IF r <= 4 THEN                                  -- the defaults
            s := 0; e := 64; st := 1;
        ELSIF r <= 45 THEN                              -- small, both directions
            s := oracle_ri(-30, 30);
            st := dir * oracle_ri(1, 9);
            r := oracle_ri(1, 10);
            IF r = 1 THEN
                e := s;                                 -- empty
            ELSIF r = 2 THEN
                e := s + dir * oracle_ri(1, abs(st));   -- one value
            ELSE
                e := s + dir * oracle_ri(2, 60);
            END IF;
        ELSIF r <= 65 THEN                              -- near the int64 edges
            r := oracle_ri(1, 5);
            IF r <= 2 THEN                              -- across everything, huge steps
                s := CASE WHEN dir = 1 THEN imin + oracle_ri(0, 5) ELSE imax - oracle_ri(0, 5) END;
                e := CASE WHEN dir = 1 THEN imax - oracle_ri(0, 5) ELSE imin + oracle_ri(0, 5) END;
                st := dir * (div(abs(e - s), oracle_ri(1, 999)) + oracle_ri(0, 3));
            ELSIF r = 3 THEN                            -- the extreme steps
                IF dir = 1 THEN
                    s := imin + oracle_ri(0, 2);
                    e := imax - oracle_ri(0, 2);
                    st := imax - oracle_ri(0, 2);
                ELSE
                    s := imax - oracle_ri(0, 2);
                    e := imin + oracle_ri(0, 2);
                    st := imin + oracle_ri(0, 2);
                END IF;
            ELSIF r = 4 THEN                            -- small steps up to an edge
                st := dir * oracle_ri(1, 9);
                IF dir = 1 THEN
                    e := imax - oracle_ri(0, 1) * oracle_ri(0, 20); s := e - oracle_ri(0, 60);
                ELSE
                    e := imin + oracle_ri(0, 1) * oracle_ri(0, 20); s := e + oracle_ri(0, 60);
                END IF;
            ELSE                                        -- small steps away from an edge
                st := dir * oracle_ri(1, 9);
                IF dir = 1 THEN
                    s := imin + oracle_ri(0, 5); e := s + oracle_ri(0, 60);
                ELSE
                    s := imax - oracle_ri(0, 5); e := s - oracle_ri(0, 60);
                END IF;
            END IF;
        ELSIF r <= 85 THEN                              -- across a type's bound
            s := bounds[oracle_ri(1, array_length(bounds, 1))] + oracle_ri(-40, 40);
            IF random() < 0.7 THEN
                st := dir * oracle_ri(1, 9);
                e := s + dir * oracle_ri(0, 80);
            ELSE
                st := dir * oracle_ri(1, 5000);
                e := s + dir * oracle_ri(0, abs(st) * 100);
            END IF;
        ELSIF r <= 95 THEN                              -- medium
            s := oracle_ri(-1000000, 1000000);
            st := dir * oracle_ri(1, 5000);
            e := s + dir * oracle_ri(0, abs(st) * 300);
        ELSE                                            -- never reaches end, or step 0
            s := oracle_ri(-20, 20);
            e := s + dir * oracle_ri(1, 20);
            st := CASE WHEN random() < 0.25 THEN 0 ELSE -dir * oracle_ri(1, 9) END;
        END IF;
        s := greatest(imin, least(imax, s));
        e := greatest(imin, least(imax, e));
        st := greatest(imin, least(imax, st));

        invalid := st = 0 OR (st > 0 AND e < s) OR (st < 0 AND e > s);
        IF invalid OR s = e THEN
            n := 0;
        ELSE
            n := div(abs(e - s) + abs(st) - 1, abs(st));
        END IF;
        last := s + (n - 1) * st;
        IF n = 0 THEN
            gen_src := 'generate_series(1::bigint, 0::bigint)';
        ELSE
            gen_src := format('generate_series(%L::bigint, %L::bigint, %L::bigint)', s, last, st);
        END IF;

        -- where the options go: the table, the server, both (the server's is a decoy the
        -- table overrides), or nowhere when the value is the default
        vals := ARRAY[s, e, st];
        srv := ARRAY[NULL, NULL, NULL]::numeric[];
        srv_decoy := ARRAY[false, false, false];
        on_tbl := ARRAY[false, false, false];
        FOR j IN 1..3 LOOP
            r := oracle_ri(1, 100);
            IF vals[j] = defaults[j] AND r <= 30 THEN
                NULL;
            ELSIF r <= 55 THEN
                on_tbl[j] := true;
            ELSIF r <= 80 THEN
                srv[j] := vals[j];
            ELSE
                on_tbl[j] := true;
                srv_decoy[j] := true;
                srv[j] := CASE WHEN j = 3
                               THEN oracle_ri(1, 9) * (CASE WHEN random() < 0.5 THEN -1 ELSE 1 END)
                               ELSE oracle_ri(-100, 100) END;
            END IF;
        END LOOP;
        -- a complete server whose decoys never reach end would fail for the decoys' sake
        IF srv[1] IS NOT NULL AND srv[2] IS NOT NULL AND srv[3] IS NOT NULL
           AND ((srv[3] > 0 AND srv[2] < srv[1]) OR (srv[3] < 0 AND srv[2] > srv[1])) THEN
            FOR j IN 1..3 LOOP
                IF srv_decoy[j] THEN
                    srv[j] := NULL;
                    srv_decoy[j] := false;
                END IF;
            END LOOP;
        END IF;
        srv_sql := NULL;
        tbl_sql := NULL;
        drop_sql := NULL;
        FOR j IN 1..3 LOOP
            IF srv[j] IS NOT NULL THEN
                srv_sql := concat_ws(', ', srv_sql, format('ADD %I %L', names[j], srv[j]));
                drop_sql := concat_ws(', ', drop_sql, format('DROP %I', names[j]));
            END IF;
            IF on_tbl[j] THEN
                tbl_sql := concat_ws(', ', tbl_sql, format('%I %L', names[j], vals[j]));
            END IF;
        END LOOP;

        -- the column and the query
        typ := types[oracle_ri(1, array_length(types, 1))];
        valexpr := CASE WHEN typ IN ('real', 'double precision') THEN 'val::numeric' ELSE 'val' END;
        r := oracle_ri(0, 7);
        cond := CASE r
            WHEN 0 THEN ''
            WHEN 1 THEN format(' WHERE val < %s', oracle_near(s, st, n))
            WHEN 2 THEN format(' WHERE val >= %s', oracle_near(s, st, n))
            WHEN 3 THEN format(' WHERE val BETWEEN %s AND %s',
                               oracle_near(s, st, n), oracle_near(s, st, n))
            WHEN 4 THEN ''
            WHEN 5 THEN ''
            WHEN 6 THEN ' WHERE val IS NOT NULL'
            ELSE format(' WHERE NOT (val > %s)', oracle_near(s, st, n))
        END;
        IF r = 4 THEN
            j := oracle_ri(2, 10);
            cond := format(' WHERE %s %% %s = %s', valexpr, j, oracle_ri(-(j - 1), j - 1));
        ELSIF r = 5 THEN
            cond := format(' WHERE val IN (%s', oracle_near(s, st, n));
            FOR j IN 1..oracle_ri(0, 4) LOOP
                cond := cond || ', ' || oracle_near(s, st, n);
            END LOOP;
            cond := cond || ')';
        END IF;
        ordered := random() < 0.6;
        tail := '';
        IF ordered THEN
            tail := CASE WHEN random() < 0.5 THEN ' ORDER BY val' ELSE ' ORDER BY val DESC' END;
            IF random() < 0.5 THEN
                IF random() < 0.7 THEN
                    tail := tail || ' LIMIT ' || oracle_ri(0, 10);
                END IF;
                IF random() < 0.5 THEN
                    tail := tail || ' OFFSET ' || oracle_ri(0, 10);
                END IF;
            END IF;
        END IF;
        q_seq := 'SELECT val FROM oracle_t' || cond || tail;
        q_gen := format('SELECT * FROM (SELECT g::%s AS val FROM %s g) s', typ, gen_src)
                 || cond || tail;

        -- the oracle: generate_series, or 22023 for a spec that never reaches end
        -- (a value that does not fit the column fails every query, even one such as
        -- LIMIT 0 that never makes generate_series cast it: casting the sequence's two
        -- ends, the least and the greatest value, decides)
        gen_msg := NULL;
        IF invalid THEN
            gen_ans := 'ERROR 22023';
        ELSE
            IF n > 0 THEN
                BEGIN
                    EXECUTE format('SELECT %L::bigint::%s, %L::bigint::%s', s, typ, last, typ);
                EXCEPTION WHEN OTHERS THEN
                    gen_ans := 'ERROR ' || SQLSTATE;
                    gen_msg := SQLERRM;
                END;
            END IF;
        END IF;
        IF NOT invalid AND gen_msg IS NULL THEN
            BEGIN
                gen_ans := oracle_answer(q_gen, ordered);
            EXCEPTION WHEN OTHERS THEN
                gen_ans := 'ERROR ' || SQLSTATE;
                gen_msg := SQLERRM;
            END;
        END IF;

        -- the seqint table; an error anywhere rolls the case back, server options included
        seq_msg := NULL;
        d1 := 0;
        d2 := 0;
        BEGIN
            IF srv_sql IS NOT NULL THEN
                EXECUTE 'ALTER SERVER oracle_srv OPTIONS (' || srv_sql || ')';
            END IF;
            EXECUTE format('CREATE FOREIGN TABLE oracle_t (val %s) SERVER oracle_srv', typ)
                || coalesce(' OPTIONS (' || tbl_sql || ')', '');
            seq_ans := oracle_answer(q_seq, ordered);
            IF NOT ordered AND gen_ans NOT LIKE 'ERROR%' THEN
                EXECUTE format('SELECT (SELECT count(*) FROM ((%s) EXCEPT ALL (%s)) d), '
                               '(SELECT count(*) FROM ((%s) EXCEPT ALL (%s)) d)',
                               q_seq, q_gen, q_gen, q_seq) INTO d1, d2;
            END IF;
            DROP FOREIGN TABLE oracle_t;
            IF drop_sql IS NOT NULL THEN
                EXECUTE 'ALTER SERVER oracle_srv OPTIONS (' || drop_sql || ')';
            END IF;
        EXCEPTION WHEN OTHERS THEN
            seq_ans := 'ERROR ' || SQLSTATE;
            seq_msg := SQLERRM;
        END;

        bad := seq_ans IS DISTINCT FROM gen_ans OR d1 <> 0 OR d2 <> 0;
        IF gen_ans LIKE 'ERROR%' THEN
            n_err := n_err + 1;
        ELSE
            n_rows := n_rows + split_part(gen_ans, '|', 1)::bigint;
        END IF;
        IF bad OR chatty THEN
            IF bad THEN
                mismatches := mismatches + 1;
            END IF;
            RAISE NOTICE E'%case %: start %, end %, step % (count %, last %), column %\n'
                         '  server: %\n  table:  %\n  query:  %\n  oracle: %\n'
                         '  seqint answer: % %\n  oracle answer: % %\n  except all: % / %',
                CASE WHEN bad THEN 'MISMATCH ' ELSE '' END, i, s, e, st, n,
                CASE WHEN n > 0 THEN last::text ELSE '-' END, typ,
                coalesce('ALTER SERVER oracle_srv OPTIONS (' || srv_sql || ')', '-'),
                format('CREATE FOREIGN TABLE oracle_t (val %s) SERVER oracle_srv', typ)
                    || coalesce(' OPTIONS (' || tbl_sql || ')', ''),
                q_seq, q_gen, seq_ans, coalesce(' (' || seq_msg || ')', ''),
                gen_ans, coalesce(' (' || gen_msg || ')', ''), d1, d2;
        END IF;
    END LOOP;
    IF chatty THEN
        RAISE NOTICE 'oracle: % rows compared, % cases where both sides fail', n_rows, n_err;
    END IF;
    RETURN format('oracle: %s cases, %s mismatches', ncases, mismatches);
END $fn$;

SELECT oracle_run(300);

DROP FUNCTION oracle_run(int, boolean);
DROP FUNCTION oracle_answer(text, boolean);
DROP FUNCTION oracle_near(numeric, numeric, numeric);
DROP FUNCTION oracle_ri(numeric, numeric);
DROP SERVER oracle_srv CASCADE;
