# bench/lib/report.sh — turns WORK/timings.psv, WORK/memory.psv and OUT/micro.json into
# OUT/results.txt, results.csv, results.json, time.png and memory.png.
#
# Sourced by bench/run.sh after bench/lib/measure.sh (VARIANTS, CASE_*, rows_label, …).
# shellcheck shell=bash

# ---- loading --------------------------------------------------------------------------------

# load_timings MODE: fills T_* (timings, keyed CASE:ROWS:VARIANT) from a JIT mode's file
# (the tables and files read T_*: the default mode's unless a table of the other is printed).
load_timings() {
    declare -gA T_STATUS=() T_MEDIAN=() T_MIN=() T_MAX=() T_RUNS=()
    local id rows variant status median min max runs key
    [ -f "$(timings_file "$1")" ] || return 0
    while IFS='|' read -r id rows variant status median min max runs; do
        key="$id:$rows:$variant"
        T_STATUS[$key]=$status T_MEDIAN[$key]=$median T_MIN[$key]=$min T_MAX[$key]=$max
        T_RUNS[$key]=$runs
    done <"$(timings_file "$1")"
}

# Fills T_* with the default JIT mode's timings and M_* (memory, keyed ROWS:VARIANT).
load_results() {
    declare -gA M_STATUS=() M_KB=() M_BYTES=()
    local rows variant status key kb bytes
    load_timings default
    while IFS='|' read -r rows variant status kb bytes; do
        key="$rows:$variant"
        M_STATUS[$key]=$status M_KB[$key]=$kb M_BYTES[$key]=$bytes
    done <"$WORK/memory.psv"
}

# "name|items_per_second" for each benchmark of Google Benchmark's JSON (one field a line).
micro_rows() {
    [ -s "$OUT/micro.json" ] || return 0
    awk -F': ' '
        /"name":/ { gsub(/[",]/, "", $2); name = $2 }
        /"items_per_second":/ { gsub(/,/, "", $2); print name "|" $2 }
    ' "$OUT/micro.json"
}

# ---- formatting -----------------------------------------------------------------------------

# fmt_ms VALUE [CAP_S]: milliseconds with about three significant digits; T is a run capped
# at CAP_S seconds (default: the cap of the main table).
fmt_ms() {
    case $1 in
    T) echo "> ${2:-$CAP_S} s" ;;
    '') echo "n/a" ;;
    *) awk -v v="$1" 'BEGIN {
            if (v < 0.1) printf "%.3f\n", v; else if (v < 10) printf "%.2f\n", v;
            else if (v < 1000) printf "%.1f\n", v; else printf "%.0f\n", v }' ;;
    esac
}

# fmt_ratio A B [CAP_S]: A/B for two medians; with a capped side, the bound the cap gives.
fmt_ratio() {
    local cap_ms=$((${3:-$CAP_S} * 1000))
    if [ -z "$1" ] || [ -z "$2" ] || { [ "$1" = T ] && [ "$2" = T ]; }; then
        echo "n/a"
    elif [ "$1" = T ]; then
        awk -v a="$cap_ms" -v b="$2" 'BEGIN { r = a / b; printf (r >= 0.1 ? "> %.2f\n" : "> %.2g\n"), r }'
    elif [ "$2" = T ]; then
        awk -v a="$1" -v b="$cap_ms" 'BEGIN { r = a / b; printf (r >= 0.1 ? "< %.2f\n" : "< %.2g\n"), r }'
    else
        awk -v a="$1" -v b="$2" 'BEGIN { r = a / b; printf (r >= 0.1 ? "%.2f\n" : "%.2g\n"), r }'
    fi
}

# A cell of the time table: the median, or why there is none.
median_cell() {
    local key="$1:$2:$3"
    case ${T_STATUS[$key]:-n/a} in
    ok | timeout) fmt_ms "${T_MEDIAN[$key]}" "$(case_cap "$1")" ;;
    *) echo "${T_STATUS[$key]:-n/a}" ;;
    esac
}

# The median a ratio uses: a number, T, or empty when there is none.
ratio_input() {
    local key="$1:$2:$3"
    case ${T_STATUS[$key]:-n/a} in
    ok | timeout) echo "${T_MEDIAN[$key]}" ;;
    esac
}

spread_cell() {
    local key="$1:$2:$3"
    case ${T_STATUS[$key]:-n/a} in
    ok) echo "$(fmt_ms "${T_MIN[$key]}")-$(fmt_ms "${T_MAX[$key]}")" ;;
    timeout) fmt_ms T "$(case_cap "$1")" ;;
    *) echo "${T_STATUS[$key]:-n/a}" ;;
    esac
}

# "peak RSS MB / temp written MB" of one memory measurement.
memory_cell() {
    local key="$1:$2"
    if [ "${M_STATUS[$key]:-n/a}" != ok ]; then
        echo "${M_STATUS[$key]:-n/a}"
        return
    fi
    awk -v kb="${M_KB[$key]}" -v b="${M_BYTES[$key]}" \
        'BEGIN { printf "%.1f / %.0f\n", kb / 1024, b / 1048576 }'
}

# ---- results.txt ----------------------------------------------------------------------------

header_text() {
    cat <<EOF
seqint_fdw benchmark ($MODE run, bench/run.sh)
machine:    $MACHINE
postgresql: $PG_VERSION
date:       $RUN_DATE
commit:     $COMMIT_DESC
baseline:   $BASE_DESC
cluster:    $CLUSTER_SETTINGS
timing:     $TIMING_DESC
jit:        every case of the main and planner tables twice, in sessions with the server's default ($JIT_DESC) and with SET jit = off
heap:       UNLOGGED table, VACUUM (FREEZE, ANALYZE), then $PREWARM_DESC; up to $(rows_label "$HEAP_MAX") rows
load:       load average (1, 5, 15 min) $LOAD_START at the start, $LOAD_END at the end ($NPROC cores)
EOF
}

# time_table TITLE: the main table of the timings in T_*.
time_table() {
    local id rows v s
    local fmt='%-28s %5s %10s %10s %10s %10s %10s %10s %10s   %11s %11s %11s %11s %11s %12s\n'
    echo "Time, $1: median of $RUNS runs in ms (ratio < 1: seqint is faster; > 1: slower)"
    echo "gen_series: generate_series in FROM; gs_select: in the select list; heap_pk: a heap with a primary key;"
    echo "floor: a minimal C wrapper emitting the same virtual tuples (bench/floor)"
    # shellcheck disable=SC2059  # the format is the table's layout
    printf "$fmt" case rows seqint gen_series gs_select heap heap_pk previous floor seqint/gs \
        seqint/gss seqint/heap seqint/hpk seqint/prev seqint/floor
    for id in "${CASE_IDS[@]}"; do
        for rows in $(case_rows "$id"); do
            s=$(ratio_input "$id" "$rows" seqint)
            # shellcheck disable=SC2059
            printf "$fmt" "${CASE_DESC[$id]}" "$(rows_label "$rows")" \
                "$(median_cell "$id" "$rows" seqint)" \
                "$(median_cell "$id" "$rows" generate_series)" \
                "$(median_cell "$id" "$rows" gs_select)" \
                "$(median_cell "$id" "$rows" heap)" \
                "$(median_cell "$id" "$rows" heap_pk)" \
                "$(median_cell "$id" "$rows" previous)" \
                "$(median_cell "$id" "$rows" floor)" \
                "$(fmt_ratio "$s" "$(ratio_input "$id" "$rows" generate_series)")" \
                "$(fmt_ratio "$s" "$(ratio_input "$id" "$rows" gs_select)")" \
                "$(fmt_ratio "$s" "$(ratio_input "$id" "$rows" heap)")" \
                "$(fmt_ratio "$s" "$(ratio_input "$id" "$rows" heap_pk)")" \
                "$(fmt_ratio "$s" "$(ratio_input "$id" "$rows" previous)")" \
                "$(fmt_ratio "$s" "$(ratio_input "$id" "$rows" floor)")"
        done
    done
}

spread_table() {
    local id rows
    local fmt='%-28s %5s %17s %17s %17s %17s %17s %17s %17s\n'
    echo "Spread, $1: fastest-slowest of the $RUNS runs, ms"
    # shellcheck disable=SC2059
    printf "$fmt" case rows seqint gen_series gs_select heap heap_pk previous floor
    for id in "${CASE_IDS[@]}"; do
        for rows in $(case_rows "$id"); do
            # shellcheck disable=SC2059
            printf "$fmt" "${CASE_DESC[$id]}" "$(rows_label "$rows")" \
                "$(spread_cell "$id" "$rows" seqint)" "$(spread_cell "$id" "$rows" generate_series)" \
                "$(spread_cell "$id" "$rows" gs_select)" "$(spread_cell "$id" "$rows" heap)" \
                "$(spread_cell "$id" "$rows" heap_pk)" "$(spread_cell "$id" "$rows" previous)" \
                "$(spread_cell "$id" "$rows" floor)"
        done
    done
}

memory_table() {
    local rows
    local fmt='%-5s %16s %16s %16s %16s %16s\n'
    echo "Memory: ${CASE_SQL[filter]/\{X\}/x}, one fresh backend each"
    echo "peak RSS (VmHWM) MB / temp written MB; an idle fresh backend peaks at $(
        awk -v kb="${IDLE_RSS_KB:-0}" 'BEGIN { printf "%.1f", kb / 1024 }') MB"
    # shellcheck disable=SC2059
    printf "$fmt" rows seqint gen_series gs_select heap previous
    for rows in "${SCALE_ROWS[@]}"; do
        # shellcheck disable=SC2059
        printf "$fmt" "$(rows_label "$rows")" "$(memory_cell "$rows" seqint)" \
            "$(memory_cell "$rows" generate_series)" "$(memory_cell "$rows" gs_select)" \
            "$(memory_cell "$rows" heap)" "$(memory_cell "$rows" previous)"
    done
}

# ---- parallel scan --------------------------------------------------------------------------

# par_target: evaluates the parallel scan's target on seqint's two medians. Sets PTGT_TEXT,
# PTGT_MEASURED (the speedup, serial median / parallel median, or empty), PTGT_RESULT (PASS or
# FAIL) and PTGT_WHY (empty, or why it failed). A fast figure passes only when the plans were
# what the target is about and the answer was right.
par_target() {
    local s p
    s=$(ratio_input pserial "$PAR_ROWS" seqint)
    p=$(ratio_input pparallel "$PAR_ROWS" seqint)
    PTGT_TEXT="$PAR_WORKERS workers at least ${PAR_TARGET}x faster than max_parallel_workers_per_gather = 0"
    PTGT_MEASURED='' PTGT_WHY='' PTGT_RESULT=FAIL
    case "$s$p" in
    *T*) ;;
    *) if [ -n "$s" ] && [ -n "$p" ]; then
        PTGT_MEASURED=$(awk -v a="$s" -v b="$p" 'BEGIN { printf "%.3f", a / b }')
    fi ;;
    esac
    if [ -z "$PTGT_MEASURED" ]; then
        PTGT_WHY="no time: ${T_STATUS[pserial:$PAR_ROWS:seqint]:-n/a} serial, ${T_STATUS[pparallel:$PAR_ROWS:seqint]:-n/a} parallel"
    elif [ "${PAR_WRONG:-0}" = 1 ]; then
        PTGT_WHY='wrong result'
    elif [ "${PAR_SERIAL_OK:-0}" != 1 ]; then
        PTGT_WHY='the serial plan is not a plain Foreign Scan'
    elif [ "${PAR_PLAN_OK:-0}" != 1 ]; then
        PTGT_WHY="the plan is not a Gather with $PAR_WORKERS workers planned over a Parallel Foreign Scan"
    elif [ "${PAR_LAUNCHED:-}" != "$PAR_WORKERS" ]; then
        PTGT_WHY="Workers Launched: ${PAR_LAUNCHED:-none}"
    elif awk -v m="$PTGT_MEASURED" -v l="$PAR_TARGET" 'BEGIN { exit !(m >= l) }'; then
        PTGT_RESULT=PASS
    fi
}

# A speedup cell: serial median / parallel median, "n/a" without both.
speedup_cell() {
    local r
    r=$(fmt_ratio "$(ratio_input pserial "$1" "$2")" "$(ratio_input pparallel "$1" "$2")")
    if [ "$r" = n/a ]; then echo "$r"; else echo "${r}x"; fi
}

# "workers=N", the setting of a parallel-section case.
par_workers_label() {
    if [ "$1" = pparallel ]; then echo "workers=$PAR_WORKERS"; else echo "workers=0"; fi
}

# The variants' column names, as in the main table.
variant_label() {
    case $1 in
    generate_series) echo gen_series ;;
    *) echo "$1" ;;
    esac
}

parallel_table() {
    local v rows id cell
    local fmt='%-11s %5s %10s %17s %10s %17s %8s\n'
    echo "Parallel scan: ${CASE_SQL[filter]/\{X\}/x}, median of $RUNS runs in ms, cap ${CAP_S} s"
    echo "each variant in two sessions that differ only in max_parallel_workers_per_gather (parallel_leader_participation = on), all interleaved run by run;"
    echo "speedup = workers=0 median / workers=$PAR_WORKERS median"
    # shellcheck disable=SC2059  # the format is the table's layout
    printf "$fmt" variant rows workers=0 min-max "workers=$PAR_WORKERS" min-max speedup
    for v in "${PAR_VARIANTS[@]}"; do
        rows=$(par_rows "$v")
        # shellcheck disable=SC2059
        printf "$fmt" "$(variant_label "$v")" "$(rows_label "$rows")" \
            "$(median_cell pserial "$rows" "$v")" "$(spread_cell pserial "$rows" "$v")" \
            "$(median_cell pparallel "$rows" "$v")" "$(spread_cell pparallel "$rows" "$v")" \
            "$(speedup_cell "$rows" "$v")"
    done
    par_target
    cell=$PTGT_RESULT
    [ -z "$PTGT_MEASURED" ] || cell+=" ($(awk -v r="$PTGT_MEASURED" 'BEGIN { printf "%.2fx", r }'))"
    [ -z "$PTGT_WHY" ] || cell+=" ($PTGT_WHY)"
    echo "target: seqint, $PTGT_TEXT: $cell"
    echo "load average (1, 5, 15 min): ${PAR_LOAD_START:-?} at the start (waited ${PAR_WAITED_S:-?} s for the 1-minute figure to be <= $PAR_LOAD_MAX, at most $PAR_WAIT_S s), ${PAR_LOAD_END:-?} at the end (raised by the section's own processes)"
    echo
    echo "Plans (EXPLAIN (COSTS OFF), or EXPLAIN ANALYZE run once where there is a Gather; all in plans.txt):"
    for v in "${PAR_VARIANTS[@]}"; do
        for id in "${PAR_IDS[@]}"; do
            cell=${PAR_PLAN[$id:$v]:-n/a}
            if [ "$v" = generate_series ] && [ "$id" = pparallel ] && [[ $cell != *Gather* ]]; then
                cell+='  (no Gather: generate_series cannot run in parallel, a Function Scan has no partial form)'
            fi
            printf '  %-11s %-10s %s\n' "$(variant_label "$v")" "$(par_workers_label "$id"):" "$cell"
        done
    done
    echo "seqint with $PAR_WORKERS: Gather with $PAR_WORKERS workers planned over a Parallel Foreign Scan: $(
        if [ "${PAR_PLAN_OK:-0}" = 1 ]; then echo yes; else echo NO; fi); Workers Launched: ${PAR_LAUNCHED:-none}"
    sed 's/^/  /' <<<"${PAR_ANALYZE:-}"
}

# ---- planner cases: targets ---------------------------------------------------------------

# huge_target ID: evaluates a planner case's target on seqint's median. Sets TGT_TEXT (the
# target in words), TGT_KIND (ms or ratio), TGT_LIMIT, TGT_MEASURED (a number, or empty when
# seqint has none), TGT_RESULT (PASS or FAIL) and TGT_WHY (empty, or why it failed).
huge_target() {
    local id=$1 key s p
    key="$id:$(case_rows "$id"):seqint"
    s=${T_MEDIAN[$key]:-}
    [ "${T_STATUS[$key]:-n/a}" = ok ] || s=''
    TGT_WHY=''
    if [ "$id" = hjoin ]; then
        TGT_KIND=ratio TGT_LIMIT=$HUGE_JOIN_TARGET
        TGT_TEXT="<= ${HUGE_JOIN_TARGET}x heap scan"
        key="hprobe:$(case_rows hprobe):heap"
        p=${T_MEDIAN[$key]:-}
        [ "${T_STATUS[$key]:-n/a}" = ok ] || p=''
        TGT_MEASURED=''
        if [ -n "$s" ] && [ -n "$p" ]; then
            TGT_MEASURED=$(awk -v a="$s" -v b="$p" 'BEGIN { printf "%.3f", a / b }')
        fi
    else
        TGT_KIND=ms TGT_LIMIT=$HUGE_TARGET_MS TGT_TEXT="< $HUGE_TARGET_MS ms" TGT_MEASURED=$s
    fi
    if [ -z "$TGT_MEASURED" ]; then
        TGT_RESULT=FAIL TGT_WHY="no time: ${T_STATUS[$id:$(case_rows "$id"):seqint]:-n/a}"
    elif [ -n "${HUGE_WRONG[$id]:-}" ]; then
        TGT_RESULT=FAIL TGT_WHY="wrong result"
    elif awk -v m="$TGT_MEASURED" -v l="$TGT_LIMIT" -v k="$TGT_KIND" \
        'BEGIN { exit !(k == "ms" ? m < l : m <= l) }'; then
        TGT_RESULT=PASS
    else
        TGT_RESULT=FAIL
    fi
}

# The result cell: PASS/FAIL, with the ratio for the join and the reason of a failure.
target_cell() {
    local cell=$TGT_RESULT
    if [ "$TGT_KIND" = ratio ] && [ -n "$TGT_MEASURED" ]; then
        cell+=" ($(awk -v r="$TGT_MEASURED" 'BEGIN { printf "%.2fx", r }'))"
    fi
    [ -z "$TGT_WHY" ] || cell+=" ($TGT_WHY)"
    echo "$cell"
}

# "PASSED of TOTAL" over the planner cases.
huge_target_count() {
    local id pass=0
    for id in "${HUGE_IDS[@]}"; do
        huge_target "$id"
        [ "$TGT_RESULT" = PASS ] && pass=$((pass + 1))
    done
    echo "$pass of ${#HUGE_IDS[@]}"
}

# fdw_floor_ratio SEQINT_INPUT: "; seqint join / FDW probe floor: R", when the floor ran.
fdw_floor_ratio() {
    [ "${FLOOR_OK:-0}" = 1 ] || return 0
    echo "; seqint join / FDW probe floor: $(fmt_ratio "$1" "$(ratio_input hfdwfloor "$HUGE_PROBE_ROWS" heap)" "$HUGE_CAP_S")"
}

huge_table() {
    local id rows s key line
    local fmt='%-26s %5s %9s %15s %10s %6s %9s %11s  %-19s %s\n'
    echo "Planner cases on huge tables: median of $HUGE_RUNS runs in ms, cap ${HUGE_CAP_S} s; the target is on seqint's median"
    # shellcheck disable=SC2059  # the format is the table's layout
    printf "$fmt" case rows seqint "seqint min-max" gen_series heap previous seqint/prev target result
    for id in "${HUGE_IDS[@]}"; do
        rows=$(case_rows "$id")
        s=$(ratio_input "$id" "$rows" seqint)
        huge_target "$id"
        # shellcheck disable=SC2059
        printf "$fmt" "${CASE_DESC[$id]}" "$(rows_label "$rows")" \
            "$(median_cell "$id" "$rows" seqint)" "$(spread_cell "$id" "$rows" seqint)" \
            "$(median_cell "$id" "$rows" generate_series)" "$(median_cell "$id" "$rows" heap)" \
            "$(median_cell "$id" "$rows" previous)" \
            "$(fmt_ratio "$s" "$(ratio_input "$id" "$rows" previous)" "$HUGE_CAP_S")" \
            "$TGT_TEXT" "$(target_cell)"
    done
    echo "targets met: $(huge_target_count)"
    echo
    echo "The join's reference points, PostgreSQL alone (same timing, heap table $(rows_label "$HUGE_PROBE_ROWS") rows):"
    for id in $(huge_ref_ids); do
        rows=$(case_rows "$id")
        printf '  %-18s %9s ms (%s)  %s\n' "${CASE_DESC[$id]}" "$(median_cell "$id" "$rows" heap)" \
            "$(spread_cell "$id" "$rows" heap)" "$(query_for "$id" "$rows" heap)"
    done
    s=$(ratio_input hjoin "$(case_rows hjoin)" seqint)
    echo "  seqint join / heap scan alone: $(fmt_ratio "$s" "$(ratio_input hprobe "$HUGE_PROBE_ROWS" heap)" "$HUGE_CAP_S") (target <= $HUGE_JOIN_TARGET);" \
        "seqint join / nested-loop floor: $(fmt_ratio "$s" "$(ratio_input hfloor "$HUGE_PROBE_ROWS" heap)" "$HUGE_CAP_S")$(fdw_floor_ratio "$s")"
    echo
    echo "The seqint queries and what their plans push down (EXPLAIN (COSTS OFF); all plans in plans.txt):"
    for id in "${HUGE_IDS[@]}"; do
        rows=$(case_rows "$id")
        printf '  %s\n      %s\n' "$(query_for "$id" "$rows" seqint)" "${HUGE_PLAN[$id]:-}"
    done
    if [ "${JOIN_PLAN_OK:-0}" = 1 ]; then line=yes; else line=NO; fi
    echo "The join's plan (jit=${JOIN_JIT:-?}); Nested Loop with a parameterized Foreign Scan: $line"
    sed 's/^/  /' <<<"${JOIN_PLAN:-}"
}

# The planner section's medians with jit = off (T_* loaded from that mode), for comparison
# with the table above; the targets are judged on the default mode's medians.
huge_jit_off_table() {
    local id rows s
    local fmt='%-26s %5s %9s %15s %10s %9s\n'
    echo "Planner cases with jit = off: median of $HUGE_RUNS runs in ms"
    # shellcheck disable=SC2059
    printf "$fmt" case rows seqint "seqint min-max" previous seqint/prev
    for id in "${HUGE_IDS[@]}"; do
        rows=$(case_rows "$id")
        s=$(ratio_input "$id" "$rows" seqint)
        # shellcheck disable=SC2059
        printf "$fmt" "${CASE_DESC[$id]}" "$(rows_label "$rows")" \
            "$(median_cell "$id" "$rows" seqint)" "$(spread_cell "$id" "$rows" seqint)" \
            "$(median_cell "$id" "$rows" previous)" \
            "$(fmt_ratio "$s" "$(ratio_input "$id" "$rows" previous)" "$HUGE_CAP_S")"
    done
    s=$(ratio_input hjoin "$(case_rows hjoin)" seqint)
    echo "  seqint join / heap scan alone: $(fmt_ratio "$s" "$(ratio_input hprobe "$HUGE_PROBE_ROWS" heap)" "$HUGE_CAP_S");" \
        "seqint join / nested-loop floor: $(fmt_ratio "$s" "$(ratio_input hfloor "$HUGE_PROBE_ROWS" heap)" "$HUGE_CAP_S")$(fdw_floor_ratio "$s")"
}

micro_table() {
    local name ips
    echo "Core microbenchmark (Google Benchmark, bench/micro/seqint_micro): items per second"
    printf '%-24s %10s %12s\n' benchmark ns/item items/s
    while IFS='|' read -r name ips; do
        awk -v n="$name" -v r="$ips" 'BEGIN { printf "%-24s %10.2f %11.1fM\n", n, 1e9 / r, r / 1e6 }'
    done < <(micro_rows)
}

write_txt() {
    local note
    {
        header_text
        echo
        time_table "server default JIT ($JIT_DESC)"
        echo
        load_timings off
        time_table "jit = off"
        echo
        load_timings default
        spread_table "server default JIT"
        echo
        load_timings off
        spread_table "jit = off"
        echo
        load_timings default
        huge_table
        echo
        load_timings off
        huge_jit_off_table
        echo
        time_section  # bench/lib/time.sh; leaves the default mode's timings loaded
        echo
        load_timings default
        parallel_table
        echo
        memory_table
        if [ -s "$OUT/micro.json" ]; then
            echo
            micro_table
        fi
        if [ ${#NOTES[@]} -gt 0 ]; then
            echo
            echo "Notes:"
            for note in "${NOTES[@]}"; do echo "- $note"; done
        fi
    } >"$OUT/results.txt"
}

# ---- results.csv ----------------------------------------------------------------------------

# csv_timings KIND: a CSV row of that kind per timing in T_*.
csv_timings() {
    local id rows v key
    for id in "${CASE_IDS[@]}" "${HUGE_IDS[@]}" "${HUGE_REF_IDS[@]}" "${PAR_IDS[@]}" "${TIME_IDS[@]}"; do
        for rows in $(case_rows "$id"); do
            for v in "${VARIANTS[@]}"; do
                key="$id:$rows:$v"
                # Only what was timed: the references are heap only, and the parallel
                # scan has no previous version and one size per variant.
                [ -n "${T_STATUS[$key]:-}" ] || continue
                # T (a capped run) has no number: it becomes empty, status says timeout.
                printf '%s,%s,"%s",%s,%s,%s,%s,%s,%s,%s,,,,,,\n' "$1" "$id" "${CASE_DESC[$id]}" "$rows" "$v" \
                    "${T_STATUS[$key]}" "${T_MEDIAN[$key]/T/}" "${T_MIN[$key]/T/}" \
                    "${T_MAX[$key]/T/}" "${T_RUNS[$key]//,/;}"
            done
        done
    done
}

write_csv() {
    local id rows v key name ips
    {
        echo 'kind,case,description,rows,variant,status,median_ms,min_ms,max_ms,runs_ms,peak_rss_kb,temp_written_bytes,items_per_second,target,measured,result'
        csv_timings time
        load_timings off
        csv_timings time_jit_off
        load_timings default
        # One row per planner case: the target, the measured value (ms, or the join's ratio
        # to the heap scan alone) and PASS/FAIL.
        for id in "${HUGE_IDS[@]}"; do
            rows=$(case_rows "$id")
            key="$id:$rows:seqint"
            huge_target "$id"
            printf 'target,%s,"%s",%s,seqint,%s,%s,,,,,,,"%s",%s,%s\n' "$id" "${CASE_DESC[$id]}" "$rows" \
                "${T_STATUS[$key]:-n/a}" "${T_MEDIAN[$key]/T/}" "$TGT_TEXT" "$TGT_MEASURED" "$TGT_RESULT"
        done
        # The parallel scan's target: the parallel run's median, the speedup, PASS/FAIL.
        key="pparallel:$PAR_ROWS:seqint"
        par_target
        printf 'target,pparallel,"%s",%s,seqint,%s,%s,,,,,,,"%s",%s,%s\n' "${CASE_DESC[pparallel]}" \
            "$PAR_ROWS" "${T_STATUS[$key]:-n/a}" "${T_MEDIAN[$key]/T/}" "$PTGT_TEXT" \
            "$PTGT_MEASURED" "$PTGT_RESULT"
        # The time cases' targets, in both JIT modes (bench/lib/time.sh).
        csv_time_targets target
        load_timings off
        csv_time_targets target_jit_off
        load_timings default
        for rows in "${SCALE_ROWS[@]}"; do
            for v in "${VARIANTS[@]}"; do
                key="$rows:$v"
                printf 'memory,filter,"%s",%s,%s,%s,,,,,%s,%s,,,,\n' "${CASE_DESC[filter]}" "$rows" "$v" \
                    "${M_STATUS[$key]}" "${M_KB[$key]}" "${M_BYTES[$key]}"
            done
        done
        while IFS='|' read -r name ips; do
            printf 'micro,%s,,,,ok,,,,,,,%s,,,\n' "$name" "$ips"
        done < <(micro_rows)
    } >"$OUT/results.csv"
}

# ---- results.json ---------------------------------------------------------------------------

json_str() {
    local s=${1//\\/\\\\}
    s=${s//\"/\\\"}
    s=${s//$'\n'/\\n}
    s=${s//$'\t'/\\t}
    printf '"%s"' "$s"
}

# A JSON number, or null for a capped run (T) or a missing value.
json_num() {
    case $1 in
    '' | T) printf null ;;
    *) printf '%s' "$1" ;;
    esac
}

# json_ratio A B: A/B, or null unless both are numbers.
json_ratio() {
    case "$1$2" in
    *T* | '') printf null ;;
    *)
        if [ -n "$1" ] && [ -n "$2" ]; then
            awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6g", a / b }'
        else
            printf null
        fi
        ;;
    esac
}

json_timings() {
    local id rows v key sep='' runs query
    for id in "${CASE_IDS[@]}" "${HUGE_IDS[@]}" "${HUGE_REF_IDS[@]}" "${PAR_IDS[@]}" "${TIME_IDS[@]}"; do
        for rows in $(case_rows "$id"); do
            for v in "${VARIANTS[@]}"; do
                key="$id:$rows:$v"
                [ -n "${T_STATUS[$key]:-}" ] || continue
                runs=${T_RUNS[$key]//T/null}
                # A session setup (the parallel scan's SETs) is part of what was run.
                query="${CASE_SETUP[$id]:+${CASE_SETUP[$id]}; }$(query_for "$id" "$rows" "$v")"
                printf '%s\n    {"case": %s, "description": %s, "query": %s, "rows": %s, "variant": %s, "status": %s, "median_ms": %s, "min_ms": %s, "max_ms": %s, "runs_ms": [%s]}' \
                    "$sep" "$(json_str "$id")" "$(json_str "${CASE_DESC[$id]}")" \
                    "$(json_str "$query")" "$rows" "$(json_str "$v")" \
                    "$(json_str "${T_STATUS[$key]}")" "$(json_num "${T_MEDIAN[$key]}")" \
                    "$(json_num "${T_MIN[$key]}")" "$(json_num "${T_MAX[$key]}")" "$runs"
                sep=,
            done
        done
    done
}

json_ratios() {
    local id rows sep='' s
    for id in "${CASE_IDS[@]}" "${HUGE_IDS[@]}" "${TIME_IDS[@]}"; do
        for rows in $(case_rows "$id"); do
            s=$(ratio_input "$id" "$rows" seqint)
            printf '%s\n    {"case": %s, "rows": %s, "seqint/generate_series": %s, "seqint/gs_select": %s, "seqint/heap": %s, "seqint/heap_pk": %s, "seqint/previous": %s, "seqint/floor": %s}' \
                "$sep" "$(json_str "$id")" "$rows" \
                "$(json_ratio "$s" "$(ratio_input "$id" "$rows" generate_series)")" \
                "$(json_ratio "$s" "$(ratio_input "$id" "$rows" gs_select)")" \
                "$(json_ratio "$s" "$(ratio_input "$id" "$rows" heap)")" \
                "$(json_ratio "$s" "$(ratio_input "$id" "$rows" heap_pk)")" \
                "$(json_ratio "$s" "$(ratio_input "$id" "$rows" previous)")" \
                "$(json_ratio "$s" "$(ratio_input "$id" "$rows" floor)")"
            sep=,
        done
    done
}

# The planner section: its settings, one entry per target, the join's plan.
json_planner() {
    local id sep='' targets=''
    for id in "${HUGE_IDS[@]}"; do
        huge_target "$id"
        targets+=$(printf '%s\n      {"case": %s, "description": %s, "query": %s, "rows": %s, "target": %s, "kind": %s, "limit": %s, "measured": %s, "result": %s}' \
            "$sep" "$(json_str "$id")" "$(json_str "${CASE_DESC[$id]}")" \
            "$(json_str "$(query_for "$id" "$(case_rows "$id")" seqint)")" "$(case_rows "$id")" \
            "$(json_str "$TGT_TEXT")" "$(json_str "$TGT_KIND")" "$TGT_LIMIT" \
            "$(json_num "$TGT_MEASURED")" "$(json_str "$TGT_RESULT")")
        sep=,
    done
    printf '{\n    "runs": %s,\n    "timeout_s": %s,\n    "targets": [%s\n    ],\n' \
        "$HUGE_RUNS" "$HUGE_CAP_S" "$targets"
    printf '    "join_jit": %s,\n    "join_plan": %s,\n    "join_plan_nested_loop_parameterized": %s\n  }' \
        "$(json_str "${JOIN_JIT:-}")" "$(json_str "${JOIN_PLAN:-}")" \
        "$(if [ "${JOIN_PLAN_OK:-0}" = 1 ]; then echo true; else echo false; fi)"
}

# The parallel scan: its settings, the load around it, each variant's speedup and plans, the
# target, and seqint's EXPLAIN ANALYZE.
json_parallel() {
    local v rows sep='' variants=''
    for v in "${PAR_VARIANTS[@]}"; do
        rows=$(par_rows "$v")
        variants+=$(printf '%s\n      {"variant": %s, "rows": %s, "serial_median_ms": %s, "parallel_median_ms": %s, "speedup": %s, "serial_plan": %s, "parallel_plan": %s}' \
            "$sep" "$(json_str "$v")" "$rows" \
            "$(json_num "$(ratio_input pserial "$rows" "$v")")" \
            "$(json_num "$(ratio_input pparallel "$rows" "$v")")" \
            "$(json_ratio "$(ratio_input pserial "$rows" "$v")" "$(ratio_input pparallel "$rows" "$v")")" \
            "$(json_str "${PAR_PLAN[pserial:$v]:-}")" "$(json_str "${PAR_PLAN[pparallel:$v]:-}")")
        sep=,
    done
    par_target
    printf '{\n    "query": %s,\n    "rows": %s,\n    "workers": %s,\n' \
        "$(json_str "$(query_for pparallel "$PAR_ROWS" seqint)")" "$PAR_ROWS" "$PAR_WORKERS"
    printf '    "serial_setup": %s,\n    "parallel_setup": %s,\n' \
        "$(json_str "${CASE_SETUP[pserial]}")" "$(json_str "${CASE_SETUP[pparallel]}")"
    printf '    "loadavg_start": %s,\n    "loadavg_end": %s,\n    "load_max": %s,\n    "waited_s": %s,\n' \
        "$(json_str "${PAR_LOAD_START:-}")" "$(json_str "${PAR_LOAD_END:-}")" "$PAR_LOAD_MAX" \
        "$(json_num "${PAR_WAITED_S:-}")"
    printf '    "variants": [%s\n    ],\n' "$variants"
    printf '    "target": {"text": %s, "limit": %s, "measured": %s, "result": %s, "why": %s},\n' \
        "$(json_str "$PTGT_TEXT")" "$PAR_TARGET" "$(json_num "$PTGT_MEASURED")" \
        "$(json_str "$PTGT_RESULT")" "$(json_str "$PTGT_WHY")"
    printf '    "plan_gather_parallel_foreign_scan": %s,\n    "workers_launched": %s,\n    "explain_analyze": %s\n  }' \
        "$(if [ "${PAR_PLAN_OK:-0}" = 1 ]; then echo true; else echo false; fi)" \
        "$(json_num "${PAR_LAUNCHED:-}")" "$(json_str "${PAR_ANALYZE:-}")"
}

json_memory() {
    local rows v key sep=''
    for rows in "${SCALE_ROWS[@]}"; do
        for v in "${VARIANTS[@]}"; do
            key="$rows:$v"
            printf '%s\n    {"rows": %s, "variant": %s, "status": %s, "peak_rss_kb": %s, "temp_written_bytes": %s}' \
                "$sep" "$rows" "$(json_str "$v")" "$(json_str "${M_STATUS[$key]}")" \
                "$(json_num "${M_KB[$key]}")" "$(json_num "${M_BYTES[$key]}")"
            sep=,
        done
    done
}

write_json() {
    local note notes='' sep=''
    for note in "${NOTES[@]}"; do
        notes+="$sep$(json_str "$note")"
        sep=', '
    done
    {
        printf '{\n  "mode": %s,\n' "$(json_str "$MODE")"
        printf '  "machine": {"nproc": %s, "cpu": %s, "ram_kb": %s},\n' "$NPROC" \
            "$(json_str "$CPU_MODEL")" "$RAM_KB"
        printf '  "postgresql": %s,\n  "date": %s,\n' "$(json_str "$PG_VERSION")" "$(json_str "$RUN_DATE")"
        printf '  "loadavg_start": %s,\n  "loadavg_end": %s,\n' "$(json_str "$LOAD_START")" "$(json_str "$LOAD_END")"
        printf '  "commit": %s,\n  "baseline": %s,\n' "$(json_str "$COMMIT_DESC")" "$(json_str "$BASE_DESC")"
        printf '  "cluster": %s,\n  "timing": %s,\n' "$(json_str "$CLUSTER_SETTINGS")" "$(json_str "$TIMING_DESC")"
        printf '  "runs": %s,\n  "timeout_s": %s,\n  "heap_max_rows": %s,\n' "$RUNS" "$CAP_S" "$HEAP_MAX"
        printf '  "idle_backend_peak_rss_kb": %s,\n' "$(json_num "${IDLE_RSS_KB:-}")"
        printf '  "jit": %s,\n' "$(json_str "$JIT_DESC")"
        printf '  "timings": [%s\n  ],\n' "$(json_timings)"
        printf '  "ratios": [%s\n  ],\n' "$(json_ratios)"
        # The same with jit = off (in a subshell: T_* stays the default mode's here).
        printf '  "timings_jit_off": [%s\n  ],\n' "$(load_timings off; json_timings)"
        printf '  "ratios_jit_off": [%s\n  ],\n' "$(load_timings off; json_ratios)"
        printf '  "planner_cases": %s,\n' "$(json_planner)"
        printf '  "parallel_case": %s,\n' "$(json_parallel)"
        printf '  "time_cases": %s,\n' "$(json_time)"
        printf '  "memory": [%s\n  ],\n' "$(json_memory)"
        printf '  "micro": %s,\n' "$(if [ -s "$OUT/micro.json" ]; then cat "$OUT/micro.json"; else echo null; fi)"
        printf '  "notes": [%s]\n}\n' "$notes"
    } >"$OUT/results.json"
}

# ---- plots ----------------------------------------------------------------------------------

# WORK/time.dat and WORK/memory.dat: one line per size of the filter case, "?" where a
# variant has no number (gnuplot skips it).
write_plot_data() {
    local rows v key line
    for rows in "${SCALE_ROWS[@]}"; do
        line=$rows
        for v in "${VARIANTS[@]}"; do
            key="filter:$rows:$v"
            if [ "${T_STATUS[$key]:-}" = ok ]; then line+=" ${T_MEDIAN[$key]}"; else line+=" ?"; fi
        done
        echo "$line"
    done >"$WORK/time.dat"
    for rows in "${SCALE_ROWS[@]}"; do
        line=$rows
        for v in "${VARIANTS[@]}"; do
            key="$rows:$v"
            if [ "${M_STATUS[$key]:-}" = ok ]; then
                line+=" $(awk -v kb="${M_KB[$key]}" -v b="${M_BYTES[$key]}" 'BEGIN { printf "%.3f %.3f", kb / 1024, b / 1048576 }')"
            else
                line+=" ? ?"
            fi
        done
        echo "$line"
    done >"$WORK/memory.dat"
}

write_plots() {
    write_plot_data
    gnuplot -e "timedat='$WORK/time.dat'; memdat='$WORK/memory.dat'; outdir='$OUT'; subtitle='$MODE run, $RUN_DATE, commit $COMMIT_SHORT'" \
        "$BENCH_DIR/lib/plots.gp"
}

# ---- everything -----------------------------------------------------------------------------

write_reports() {
    load_results
    write_txt
    write_csv
    write_json
    if ! write_plots; then
        NOTES+=("gnuplot failed: no PNG")
        write_txt
    fi
}
