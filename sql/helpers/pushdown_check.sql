-- sql/helpers/pushdown_check.sql — read by the tests that need it (\i, from the folder
-- make installcheck runs in); each test drops it when it ends.
-- pushdown_check(table, series, conditions): for each condition, the Bounds, Filter and
-- Values Walked (unless show_walked is false) of `SELECT val FROM table WHERE condition`, and
-- its answer (sorted, as `display`), or MISMATCH with both answers when
-- `SELECT val FROM (series) s WHERE condition` answers differently.
CREATE FUNCTION pushdown_check(tab regclass, series text, conds text[], display text DEFAULT 'val',
                               show_walked boolean DEFAULT true)
RETURNS TABLE (cond text, bounds text, filter boolean, walked numeric, answer text)
LANGUAGE plpgsql AS $$
DECLARE
    plan jsonb;
    scan jsonb;
    a text;
    b text;
BEGIN
    FOREACH cond IN ARRAY conds LOOP
        EXECUTE format('EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF, FORMAT JSON) '
                       'SELECT val FROM %s WHERE %s', tab, cond) INTO plan;
        scan := jsonb_path_query_first(plan, 'strict $.**? (@."Node Type" == "Foreign Scan")');
        bounds := scan->>'Bounds';
        filter := scan ? 'Filter';
        walked := CASE WHEN show_walked THEN (scan->>'Values Walked')::numeric END;
        EXECUTE format('SELECT array_agg(%s ORDER BY val)::text FROM %s WHERE %s', display, tab, cond)
            INTO a;
        EXECUTE format('SELECT array_agg(%s ORDER BY val)::text FROM (%s) s WHERE %s', display, series, cond)
            INTO b;
        answer := CASE WHEN a IS NOT DISTINCT FROM b THEN coalesce(a, '{}')
                       ELSE format('MISMATCH: %s, generate_series gives %s', coalesce(a, '{}'), coalesce(b, '{}'))
                  END;
        RETURN NEXT;
    END LOOP;
END $$;
