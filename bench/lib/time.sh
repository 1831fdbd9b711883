# bench/lib/time.sh — the time-sequence cases of bench/run.sh (issue 14): timestamp tables
# against generate_series(timestamp, timestamp, interval) in FROM and in the select list, heap
# tables of the same timestamps, and the previous seqint_fdw when it has time sequences.
#
# Sourced by bench/run.sh after bench/lib/measure.sh and bench/lib/report.sh, whose helpers
# it uses (case_slots, time_slots, median_cell, fmt_ratio, json_str, …). measure.sh's dispatchers
# (case_rows, case_cap, case_runs, variant_available, query_for) hand the ids of TIME_IDS to
# the time_* functions here; the cases live in their own section of every output: a table
# per JIT mode with its targets in results.txt, rows of their own in the CSV, "time_cases" in
# the JSON, their plans in plans.txt.
# shellcheck shell=bash

# Every relation is aliased x and has one timestamp column t, as the integer cases have val.
TIME_IDS=(tyear tsecs tgap twindow)
declare -A TIME_START=() TIME_END=() TIME_STEP=() TIME_ROWS=() TIME_TABLE=()

# A year of minutes: the per-value cost, with a filter nothing pushes (timestamp_hash is the
# timestamp column's hashint8: cheap, opaque).
TIME_START[tyear]='2026-01-01 00:00' TIME_END[tyear]='2027-01-01 00:00'
TIME_STEP[tyear]='1 minute' TIME_ROWS[tyear]=525600 TIME_TABLE[tyear]=year
# Ten years (3650 days) of seconds, the same filter. Its generate_series forms take minutes
# and its heap would take 11 GB: a quick run uses ten days of seconds instead, and says so.
TIME_STEP[tsecs]='1 second' TIME_TABLE[tsecs]=secs TIME_START[tsecs]='2026-01-01 00:00'
if [ "$QUICK" = 1 ]; then
    TIME_END[tsecs]='2026-01-11 00:00' TIME_ROWS[tsecs]=864000
else
    TIME_END[tsecs]='2035-12-30 00:00' TIME_ROWS[tsecs]=315360000
fi
# Gap filling: the hours of a year, LEFT JOINed to an events table (TIME_EVENTS rows).
TIME_START[tgap]='2026-01-01 00:00' TIME_END[tgap]='2027-01-01 00:00'
TIME_STEP[tgap]='1 hour' TIME_ROWS[tgap]=8760 TIME_TABLE[tgap]=hours
# A month window out of a hundred years of minutes (2000 to 2100: 52,596,000 values).
TIME_START[twindow]='2000-01-01 00:00' TIME_END[twindow]='2100-01-01 00:00'
TIME_STEP[twindow]='1 minute' TIME_ROWS[twindow]=52596000 TIME_TABLE[twindow]=century
TIME_WINDOW_FROM='2050-03-01' TIME_WINDOW_TO='2050-04-01'
TIME_EVENTS=1000000

if [ "$QUICK" = 1 ]; then
    CASE_DESC+=([tsecs]='10 days of seconds (quick)')
else
    CASE_DESC+=([tsecs]='10 years of seconds')
fi
CASE_DESC+=(
    [tyear]='a year of minutes'
    [tgap]='gap fill, 1e6 events'
    [twindow]='month of a 100-year minute table'
)
CASE_SQL+=(
    [tyear]='SELECT count(*) FROM {X} WHERE timestamp_hash(t) & 7 = 3'
    [tsecs]='SELECT count(*) FROM {X} WHERE timestamp_hash(t) & 7 = 3'
    [tgap]="SELECT x.t, coalesce(sum(e.amount), 0) FROM {X} LEFT JOIN events e ON e.at >= x.t AND e.at < x.t + interval '1 hour' GROUP BY x.t"
    # count(*) alone would be answered in closed form; the FILTER makes the scan walk the
    # 44,640 values of the window, so that what is timed is finding them and walking them.
    [twindow]="SELECT count(*) FILTER (WHERE timestamp_hash(t) & 7 = 3) FROM {X} WHERE t >= '$TIME_WINDOW_FROM' AND t < '$TIME_WINDOW_TO'"
)

# The heap variants: a plain heap table of the same timestamps for the scans and the join's
# hours; for the window, the numbers table a DBA would build, with a primary key (52.6M rows:
# only where the heap tables may reach 10^8 rows, so never in a quick run).
TIME_HEAP_CASES=(tyear tsecs tgap)
TIME_HEAP_PK_CASES=(twindow)

# Targets (issue 14), on seqint's median, judged in each JIT mode's table: a full scan at most
# TIME_GS_TARGET of generate_series in FROM and at most TIME_GSS_TARGET of the select-list
# form; the window under TIME_WINDOW_TARGET_MS.
TIME_SCAN_IDS=(tyear tsecs)
TIME_GS_TARGET=0.3
TIME_GSS_TARGET=0.7
TIME_WINDOW_TARGET_MS=5

# The ten years of seconds take 20-60 s a run for seqint and more for generate_series: fewer
# runs and a cap of their own in a full run.
TIME_BIG_RUNS=3
TIME_BIG_CAP_S=90

# ---- what measure.sh's dispatchers ask ------------------------------------------------------

is_time_case() {
    [[ " ${TIME_IDS[*]} " == *" $1 "* ]]
}

time_case_rows() {
    echo "${TIME_ROWS[$1]}"
}

time_is_big() {
    [ "$1" = tsecs ] && [ "${TIME_ROWS[tsecs]}" -gt 10000000 ]
}

time_case_cap() {
    if time_is_big "$1"; then echo "$TIME_BIG_CAP_S"; else echo "$CAP_S"; fi
}

time_case_runs() {
    if time_is_big "$1"; then echo "$TIME_BIG_RUNS"; else echo "$RUNS"; fi
}

# time_variant_available VARIANT ROWS CASE
time_variant_available() {
    case $1 in
    seqint) true ;;
    generate_series | gs_select) [ "$2" -le "$GS_MAX" ] ;;
    heap) [ "$2" -le "$HEAP_MAX" ] && [[ " ${TIME_HEAP_CASES[*]} " == *" $3 "* ]] ;;
    heap_pk) [ "$2" -le "$HEAP_MAX" ] && [[ " ${TIME_HEAP_PK_CASES[*]} " == *" $3 "* ]] ;;
    previous) [ "$PREV_OK" = 1 ] && [ "${TIME_PREV_OK:-0}" = 1 ] ;;
    *) false ;;
    esac
}

# time_series CASE: the arguments of generate_series that give the case's values (its last
# argument is inclusive: end minus a step).
time_series() {
    printf "timestamp '%s', timestamp '%s' - interval '%s', interval '%s'" "${TIME_START[$1]}" \
        "${TIME_END[$1]}" "${TIME_STEP[$1]}" "${TIME_STEP[$1]}"
}

# time_query_for CASE ROWS VARIANT
time_query_for() {
    local name=${TIME_TABLE[$1]} rel sql
    case $3 in
    seqint) rel="tseq_$name x" ;;
    generate_series) rel="generate_series($(time_series "$1")) AS x(t)" ;;
    gs_select) rel="(SELECT generate_series($(time_series "$1")) AS t) x" ;;
    heap) rel="theap_$name x" ;;
    heap_pk) rel="theap_pk_$name x" ;;
    previous) rel="tprev_$name x" ;;
    esac
    sql=${CASE_SQL[$1]}
    echo "${sql//\{X\}/$rel}"
}

# ---- setup, checks, plans -------------------------------------------------------------------

# time_table_sql PREFIX SERVER CASE: a foreign table of the case's sequence.
time_table_sql() {
    printf "CREATE FOREIGN TABLE %s_%s (t timestamp) SERVER %s\n" "$1" "${TIME_TABLE[$3]}" "$2"
    printf "    OPTIONS (start '%s', \"end\" '%s', step '%s');\n" "${TIME_START[$3]}" \
        "${TIME_END[$3]}" "${TIME_STEP[$3]}"
}

# The seqint tables, the events table (random times over the gap-filling year, fixed seed,
# stored in time order as events are appended, and indexed on its time: without the index,
# every variant's plan would compare each hour with every event), the heap tables, and the previous version's tables if it has time sequences.
setup_time_database() {
    local id name rows
    log "time cases: creating the timestamp tables and events ($TIME_EVENTS rows)"
    {
        for id in "${TIME_IDS[@]}"; do time_table_sql tseq bench_seqint "$id"; done
        cat <<SQL
SELECT setseed(0.75);
CREATE UNLOGGED TABLE events AS
    SELECT timestamp '${TIME_START[tgap]}' + random() * (timestamp '${TIME_END[tgap]}' - timestamp '${TIME_START[tgap]}') AS at,
           round((random() * 100)::numeric, 2) AS amount
      FROM generate_series(1, $TIME_EVENTS)
     ORDER BY 1;
CREATE INDEX events_at ON events (at);
VACUUM (FREEZE, ANALYZE) events;
SQL
        prewarm_sql events
        prewarm_index_sql events events_at
    } | bench_psql >/dev/null
    for id in "${TIME_IDS[@]}"; do
        name=${TIME_TABLE[$id]} rows=${TIME_ROWS[$id]}
        if time_variant_available heap "$rows" "$id"; then
            log "creating theap_$name ($rows timestamps)"
            {
                printf 'CREATE UNLOGGED TABLE theap_%s AS SELECT generate_series(%s) AS t;\n' \
                    "$name" "$(time_series "$id")"
                printf 'VACUUM (FREEZE, ANALYZE) theap_%s;\n' "$name"
                prewarm_sql "theap_$name"
            } | bench_psql >/dev/null
        fi
        if time_variant_available heap_pk "$rows" "$id"; then
            # The key is added after the load (a sorted build, written outside shared_buffers)
            # and the table is not prewarmed: it is larger than what shared_buffers has left,
            # and the window reads a few hundred of its pages, which the warm-up loads.
            log "creating theap_pk_$name ($rows timestamps, primary key; takes a few minutes)"
            {
                printf 'CREATE UNLOGGED TABLE theap_pk_%s AS SELECT generate_series(%s) AS t;\n' \
                    "$name" "$(time_series "$id")"
                printf 'ALTER TABLE theap_pk_%s ADD PRIMARY KEY (t);\n' "$name"
                printf 'VACUUM (FREEZE, ANALYZE) theap_pk_%s;\n' "$name"
            } | bench_psql >/dev/null
        fi
    done
    setup_time_previous
}

# The previous version's time tables. A build from before time sequences refuses them (or
# their first query): the previous column is then n/a for these cases, with a note.
setup_time_previous() {
    local id sql err
    TIME_PREV_OK=0
    [ "$PREV_OK" = 1 ] || return 0
    sql=$(for id in "${TIME_IDS[@]}"; do time_table_sql tprev bench_prev "$id"; done)
    if ! err=$(bench_psql -c "$sql" 2>&1 >/dev/null) ||
        ! err=$(bench_psql -c "SELECT count(*) FROM tprev_${TIME_TABLE[tgap]}" 2>&1 >/dev/null); then
        NOTES+=("time cases: the previous version has no time sequences (previous n/a): ${err//$'\n'/ }")
        log "${NOTES[-1]}"
        return 0
    fi
    TIME_PREV_OK=1
}

# time_check_query CASE VARIANT: the query whose answer must be the same for every variant:
# the gap-filling rows summed up, the others as they are.
time_check_query() {
    local q
    q=$(time_query_for "$1" "${TIME_ROWS[$1]}" "$2")
    if [ "$1" = tgap ]; then q="SELECT count(*), sum(c) FROM ($q) q(t, c)"; fi
    echo "$q"
}

# Every variant's answer against a reference before anything is timed: generate_series in
# the select list for the scans (at up to 10^7 values: the ten years of seconds of a full run
# are not checked, it would take minutes), in FROM for the join, and generate_series over the
# window's own bounds for the window. TIME_WRONG[case:variant] marks a wrong answer; a wrong
# seqint fails its target.
check_time_results() {
    local id variant expected got query rows rel
    declare -gA TIME_WRONG=()
    for id in "${TIME_IDS[@]}"; do
        rows=${TIME_ROWS[$id]}
        case $id in
        tgap) expected=$(bench_psql -c "$(time_check_query tgap generate_series)") ;;
        twindow)
            query=${CASE_SQL[twindow]}
            rel="generate_series(timestamp '$TIME_WINDOW_FROM', timestamp '$TIME_WINDOW_TO' - interval '${TIME_STEP[twindow]}', interval '${TIME_STEP[twindow]}') AS x(t)"
            expected=$(bench_psql -c "${query//\{X\}/$rel}")
            ;;
        *)
            if [ "$rows" -gt 10000000 ]; then
                NOTES+=("time cases: ${CASE_DESC[$id]} is not checked before timing (the reference would take minutes)")
                continue
            fi
            expected=$(bench_psql -c "$(time_check_query "$id" gs_select)")
            ;;
        esac
        for variant in seqint heap heap_pk previous; do
            time_variant_available "$variant" "$rows" "$id" || continue
            got=$(PGOPTIONS="-c statement_timeout=$(time_case_cap "$id")s" \
                bench_psql -c "$(time_check_query "$id" "$variant")" 2>&1) || true
            if [ "$got" != "$expected" ]; then
                TIME_WRONG[$id:$variant]=1
                NOTES+=("WRONG RESULT: $variant gives '${got//$'\n'/ }' for ${CASE_DESC[$id]}: $(time_check_query "$id" "$variant") (expected '${expected//$'\n'/ }')")
                log "${NOTES[-1]}"
            fi
        done
    done
}

# Appends EXPLAIN of every time query to plans.txt (one session per variant) and keeps
# seqint's EXPLAIN (COSTS OFF) of each case for results.txt: TIME_PLAN[case].
write_time_plans() {
    local variant id query
    declare -gA TIME_PLAN=()
    echo "== time cases (bench/lib/time.sh)" >>"$OUT/plans.txt"
    for variant in seqint generate_series gs_select heap heap_pk previous; do
        for id in "${TIME_IDS[@]}"; do
            time_variant_available "$variant" "${TIME_ROWS[$id]}" "$id" || continue
            query=$(time_query_for "$id" "${TIME_ROWS[$id]}" "$variant")
            printf '\\echo == %s\nEXPLAIN %s;\n' "$query" "$query"
        done | bench_psql >>"$OUT/plans.txt" 2>&1 || echo "(EXPLAIN failed for $variant)" >>"$OUT/plans.txt"
    done
    for id in "${TIME_IDS[@]}"; do
        TIME_PLAN[$id]=$(bench_psql -c "EXPLAIN (COSTS OFF) $(time_query_for "$id" "${TIME_ROWS[$id]}" seqint)" 2>&1) || true
    done
}

# Everything before the timings: run.sh calls it once the other cases' plans are written.
prepare_time_cases() {
    setup_time_database
    check_time_results
    write_time_plans
}

# ---- timing -----------------------------------------------------------------------------------

# Every variant of every case, in both JIT modes, interleaved (time_slots), into the same
# timings files as the other cases.
run_time_timings() {
    local id rows slots
    for id in "${TIME_IDS[@]}"; do
        rows=${TIME_ROWS[$id]}
        log "timing $id ($rows values): $(time_query_for "$id" "$rows" seqint)"
        mapfile -t slots < <(case_slots "$id" "$rows" seqint generate_series gs_select heap heap_pk previous)
        time_slots "${slots[@]}"
    done
}

# ---- report ------------------------------------------------------------------------------------

# time_ratio_bound CASE VARIANT: seqint's median over the variant's, as a number; when the
# variant hit the cap, over the cap (so an upper bound). Empty when there is no such number.
time_ratio_bound() {
    local s o cap_ms
    s=$(ratio_input "$1" "${TIME_ROWS[$1]}" seqint)
    o=$(ratio_input "$1" "${TIME_ROWS[$1]}" "$2")
    cap_ms=$(($(time_case_cap "$1") * 1000))
    [ -n "$s" ] && [ "$s" != T ] && [ -n "$o" ] || return 0
    [ "$o" != T ] || o=$cap_ms
    awk -v a="$s" -v b="$o" 'BEGIN { printf "%.4f", a / b }'
}

# time_target CASE: the case's target on the loaded T_* (one JIT mode). Sets TT_TEXT,
# TT_RESULT (PASS, FAIL, or - when the case has none), TT_WHY, and TT_GS, TT_GSS (the scan's
# ratios, upper bounds where generate_series hit the cap) or TT_MS (the window's median).
time_target() {
    local id=$1 s
    TT_WHY='' TT_GS='' TT_GSS='' TT_MS='' TT_RESULT=FAIL
    s=$(ratio_input "$id" "${TIME_ROWS[$id]}" seqint)
    if [[ " ${TIME_SCAN_IDS[*]} " == *" $id "* ]]; then
        TT_TEXT="<= $TIME_GS_TARGET gs, <= $TIME_GSS_TARGET gss"
        TT_GS=$(time_ratio_bound "$id" generate_series)
        TT_GSS=$(time_ratio_bound "$id" gs_select)
        if [ -z "$s" ] || [ "$s" = T ]; then
            TT_WHY="no time: ${T_STATUS[$id:${TIME_ROWS[$id]}:seqint]:-n/a}"
        elif [ -z "$TT_GS" ] || [ -z "$TT_GSS" ]; then
            TT_WHY='no generate_series time'
        elif [ -n "${TIME_WRONG[$id:seqint]:-}" ]; then
            TT_WHY='wrong result'
        elif awk -v a="$TT_GS" -v b="$TT_GSS" -v la="$TIME_GS_TARGET" -v lb="$TIME_GSS_TARGET" \
            'BEGIN { exit !(a <= la && b <= lb) }'; then
            TT_RESULT=PASS
        fi
    elif [ "$id" = twindow ]; then
        TT_TEXT="< $TIME_WINDOW_TARGET_MS ms"
        if [ -z "$s" ] || [ "$s" = T ]; then
            TT_WHY="no time: ${T_STATUS[$id:${TIME_ROWS[$id]}:seqint]:-n/a}"
        elif [ -n "${TIME_WRONG[$id:seqint]:-}" ]; then
            TT_MS=$s TT_WHY='wrong result'
        else
            TT_MS=$s
            if awk -v m="$s" -v l="$TIME_WINDOW_TARGET_MS" 'BEGIN { exit !(m < l) }'; then TT_RESULT=PASS; fi
        fi
    else
        TT_TEXT='-' TT_RESULT='-'
        [ -z "${TIME_WRONG[$id:seqint]:-}" ] || TT_RESULT='FAIL' TT_WHY='wrong result'
    fi
}

time_target_cell() {
    local cell=$TT_RESULT
    [ -z "$TT_WHY" ] || cell+=" ($TT_WHY)"
    echo "$cell"
}

# time_table TITLE: the time cases' medians in T_* (one JIT mode), ratios and targets.
time_cases_table() {
    local id rows s cap
    local fmt='%-34s %9s %9s %10s %10s %9s %9s %9s   %9s %10s %11s %10s %11s  %-24s %s\n'
    echo "Time sequences, $1: median in ms of $RUNS runs (${CASE_DESC[tsecs]}: $(time_case_runs tsecs) runs, cap $(time_case_cap tsecs) s)"
    # shellcheck disable=SC2059  # the format is the table's layout
    printf "$fmt" case values seqint gen_series gs_select heap heap_pk previous seqint/gs \
        seqint/gss seqint/heap seqint/hpk seqint/prev target result
    for id in "${TIME_IDS[@]}"; do
        rows=${TIME_ROWS[$id]}
        s=$(ratio_input "$id" "$rows" seqint)
        cap=$(time_case_cap "$id")
        time_target "$id"
        # shellcheck disable=SC2059
        printf "$fmt" "${CASE_DESC[$id]}" "$rows" \
            "$(median_cell "$id" "$rows" seqint)" \
            "$(median_cell "$id" "$rows" generate_series)" \
            "$(median_cell "$id" "$rows" gs_select)" \
            "$(median_cell "$id" "$rows" heap)" \
            "$(median_cell "$id" "$rows" heap_pk)" \
            "$(median_cell "$id" "$rows" previous)" \
            "$(fmt_ratio "$s" "$(ratio_input "$id" "$rows" generate_series)" "$cap")" \
            "$(fmt_ratio "$s" "$(ratio_input "$id" "$rows" gs_select)" "$cap")" \
            "$(fmt_ratio "$s" "$(ratio_input "$id" "$rows" heap)" "$cap")" \
            "$(fmt_ratio "$s" "$(ratio_input "$id" "$rows" heap_pk)" "$cap")" \
            "$(fmt_ratio "$s" "$(ratio_input "$id" "$rows" previous)" "$cap")" \
            "$TT_TEXT" "$(time_target_cell)"
    done
}

time_spread_table() {
    local id rows
    local fmt='%-34s %17s %17s %17s %17s %17s %17s\n'
    echo "Time sequences, spread, $1: fastest-slowest run, ms"
    # shellcheck disable=SC2059
    printf "$fmt" case seqint gen_series gs_select heap heap_pk previous
    for id in "${TIME_IDS[@]}"; do
        rows=${TIME_ROWS[$id]}
        # shellcheck disable=SC2059
        printf "$fmt" "${CASE_DESC[$id]}" \
            "$(spread_cell "$id" "$rows" seqint)" "$(spread_cell "$id" "$rows" generate_series)" \
            "$(spread_cell "$id" "$rows" gs_select)" "$(spread_cell "$id" "$rows" heap)" \
            "$(spread_cell "$id" "$rows" heap_pk)" "$(spread_cell "$id" "$rows" previous)"
    done
}

# The section of results.txt: both JIT modes' tables, the spreads, the queries and seqint's
# plans. Leaves T_* loaded with the default mode.
time_section() {
    local id
    load_timings default
    time_cases_table "server default JIT"
    echo
    load_timings off
    time_cases_table "jit = off"
    echo
    load_timings default
    time_spread_table "server default JIT"
    echo
    load_timings off
    time_spread_table "jit = off"
    load_timings default
    echo
    echo "Targets (issue 14): a full scan at most $TIME_GS_TARGET of generate_series in FROM and at most $TIME_GSS_TARGET of it in the select list;"
    echo "the window under $TIME_WINDOW_TARGET_MS ms. A ratio to a capped generate_series is the bound the cap gives."
    echo "Heap: an UNLOGGED table of the same timestamps, frozen and prewarmed; heap_pk: the window's 100 years with a primary key on t,"
    echo "built only where heap tables reach 10^8 rows (not in a quick run), not prewarmed (its warm-up run reads the window's pages)."
    echo "events: $TIME_EVENTS rows (at timestamp, amount numeric), random times over the year stored in time order, index on at."
    echo
    echo "The queries (seqint's) and seqint's plans (EXPLAIN (COSTS OFF); every variant's in plans.txt):"
    for id in "${TIME_IDS[@]}"; do
        printf '  %s  (%s, step %s, values from %s, before %s)\n' \
            "$(time_query_for "$id" "${TIME_ROWS[$id]}" seqint)" "${CASE_DESC[$id]}" \
            "${TIME_STEP[$id]}" "${TIME_START[$id]}" "${TIME_END[$id]}"
        # shellcheck disable=SC2001  # indents every line
        sed 's/^/      /' <<<"${TIME_PLAN[$id]:-}"
    done
}

# CSV rows of the time targets for the loaded T_*: KIND is target or target_jit_off;
# measured is seqint's ratio to generate_series in FROM and in the select list (";"-separated) for the scans,
# its median for the window.
csv_time_targets() {
    local id rows key measured
    for id in "${TIME_IDS[@]}"; do
        time_target "$id"
        [ "$TT_RESULT" != '-' ] || continue
        rows=${TIME_ROWS[$id]}
        key="$id:$rows:seqint"
        if [ "$id" = twindow ]; then measured=$TT_MS; else measured="$TT_GS;$TT_GSS"; fi
        printf '%s,%s,"%s",%s,seqint,%s,%s,,,,,,,"%s",%s,%s\n' "$1" "$id" "${CASE_DESC[$id]}" \
            "$rows" "${T_STATUS[$key]:-n/a}" "${T_MEDIAN[$key]/T/}" "$TT_TEXT" "$measured" \
            "$TT_RESULT"
    done
}

# The JSON targets of the loaded T_*.
json_time_targets() {
    local id sep=''
    for id in "${TIME_IDS[@]}"; do
        time_target "$id"
        printf '%s\n      {"case": %s, "description": %s, "target": %s, "seqint_over_generate_series": %s, "seqint_over_gs_select": %s, "seqint_ms": %s, "result": %s, "why": %s}' \
            "$sep" "$(json_str "$id")" "$(json_str "${CASE_DESC[$id]}")" "$(json_str "$TT_TEXT")" \
            "$(json_num "$TT_GS")" "$(json_num "$TT_GSS")" \
            "$(json_num "$(ratio_input "$id" "${TIME_ROWS[$id]}" seqint)")" \
            "$(json_str "$TT_RESULT")" "$(json_str "$TT_WHY")"
        sep=,
    done
}

# "time_cases" of results.json: the sequences, runs and caps, the targets in both JIT modes
# (timings and ratios are in "timings", "ratios" and their _jit_off twins) and seqint's plans.
json_time() {
    local id sep='' cases=''
    for id in "${TIME_IDS[@]}"; do
        cases+=$(printf '%s\n      {"case": %s, "description": %s, "start": %s, "end": %s, "step": %s, "values": %s, "runs": %s, "timeout_s": %s, "query": %s, "plan": %s}' \
            "$sep" "$(json_str "$id")" "$(json_str "${CASE_DESC[$id]}")" \
            "$(json_str "${TIME_START[$id]}")" "$(json_str "${TIME_END[$id]}")" \
            "$(json_str "${TIME_STEP[$id]}")" "${TIME_ROWS[$id]}" "$(time_case_runs "$id")" \
            "$(time_case_cap "$id")" "$(json_str "$(time_query_for "$id" "${TIME_ROWS[$id]}" seqint)")" \
            "$(json_str "${TIME_PLAN[$id]:-}")")
        sep=,
    done
    printf '{\n    "events_rows": %s,\n    "cases": [%s\n    ],\n' "$TIME_EVENTS" "$cases"
    printf '    "targets": [%s\n    ],\n' "$(json_time_targets)"
    printf '    "targets_jit_off": [%s\n    ]\n  }' "$(load_timings off; json_time_targets)"
}
