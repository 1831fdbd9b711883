# bench/lib/measure.sh — the database side of bench/run.sh: tables, cases, timing and memory.
#
# Sourced by bench/run.sh, which sets the globals read here (RUNS, CAP_S, HUGE_RUNS, HUGE_CAP_S,
# MEM_CAP_S, HEAP_MAX, GS_MAX, PAR_ROWS, PAR_GS_ROWS, PAR_WAIT_S, PREV_OK, PREV_SO, WORK, OUT)
# after cluster_start has exported PGHOST and friends.
# shellcheck shell=bash

# The ways to get the same values, in the order of the table's columns: seqint,
# generate_series in FROM (a Function Scan that fills a tuplestore first), a heap table
# scanned sequentially, the previous seqint; then what an experienced user would pick instead:
# generate_series in the select list (a ProjectSet that streams) and a heap numbers table
# with a primary key (index scans), the latter only for the cases an index serves; and the
# floor, a minimal C wrapper (bench/floor) emitting the same virtual tuples, for the full scan.
VARIANTS=(seqint generate_series heap previous gs_select heap_pk floor)
HEAP_PK_CASES=(narrow topn join)

# The cases: SQL with {X} where the relation goes. The relation is always aliased x, with
# the one column val.
CASE_IDS=(filter count sum narrow topn join plan)
declare -A CASE_DESC=(
    [filter]='full scan, hashint8 filter'
    [count]='count(*), whole range'
    [sum]='sum(val), whole range'
    [narrow]='count(*), 100-value window'
    [topn]='ORDER BY val DESC LIMIT 10'
    [join]='join 100k-row probe on val'
    [plan]='planning a five-clause query, 2000 times'
)
declare -A CASE_SQL=(
    # A filter no variant can push or answer in closed form (seqint answers val % 7 = 3
    # itself): every value is generated and tested, the raw cost per value.
    [filter]='SELECT count(*) FROM {X} WHERE hashint8(val) & 7 = 3'
    [count]='SELECT count(*) FROM {X}'
    [sum]='SELECT sum(val) FROM {X}'
    [narrow]='SELECT count(*) FROM {X} WHERE val BETWEEN 500000000 AND 500000099'
    [topn]='SELECT val FROM {X} ORDER BY val DESC LIMIT 10'
    [join]='SELECT count(*) FROM probe p JOIN {X} ON x.val = p.v'
    # EXPLAIN only plans (and starts the executor without running it): what the planner
    # callbacks cost for bounds, an OR, an IN list and a filter.
    [plan]='SELECT bench_replan($plan$EXPLAIN SELECT val FROM {X} WHERE val > 10 AND val < 9000000 AND val <> 77 AND (val < 5000 OR val > 8000000) AND val IN (20, 500, 8500000)$plan$, 2000)'
)

# The planner cases on huge tables: what the planner pushes into the scan (bounds, ORDER BY,
# OFFSET/LIMIT, aggregates, parameterized nested loops) on sequences no other variant can hold.
# Each has a target on seqint's median (HUGE_TARGET_MS, or for the join a ratio to the heap
# scan of its probe alone, HUGE_JOIN_TARGET). Same {X} convention as the cases above.
HUGE_IDS=(hnarrow htopn hoffset hagg hmodcount hmodtopn hjoin)
HUGE_ROWS=1000000000000000     # 10^15: start 0, end 1000000000000000
HUGE_JOIN_ROWS=1000000000000   # 10^12 for the join
HUGE_TARGET_MS=5
HUGE_JOIN_TARGET=3
CASE_DESC+=(
    [hnarrow]='count(*), 101-value window'
    [htopn]='ORDER BY val DESC LIMIT 10'
    [hoffset]='OFFSET 1e12 LIMIT 5'
    [hagg]='count, sum, min, max, avg'
    [hmodcount]='count(*) WHERE val % 7 = 3'
    [hmodtopn]='val % 7 = 3 ORDER BY val DESC LIMIT 10'
    [hjoin]='join 100k-row heap on val'
    [hprobe]='heap scan alone'
    [hfloor]='nested-loop floor'
    [hfdwfloor]='FDW probe floor'
)
CASE_SQL+=(
    [hnarrow]='SELECT count(*) FROM {X} WHERE val BETWEEN 500000000000000 AND 500000000000100'
    [htopn]='SELECT val FROM {X} ORDER BY val DESC LIMIT 10'
    [hoffset]='SELECT val FROM {X} OFFSET 1000000000000 LIMIT 5'
    [hagg]='SELECT count(*), sum(val), min(val), max(val), avg(val) FROM {X}'
    # Remainder filters: the matching values are a sequence again (closed form).
    [hmodcount]='SELECT count(*) FROM {X} WHERE val % 7 = 3'
    [hmodtopn]='SELECT val FROM {X} WHERE val % 7 = 3 ORDER BY val DESC LIMIT 10'
    [hjoin]='SELECT count(*) FROM probe_1e12 p JOIN {X} ON x.val = p.v'
    # The join's reference points, PostgreSQL alone (no {X}; timed as the heap variant): the
    # scan of the probe, and a nested loop over it whose inner side is a no-op rescan.
    [hprobe]='SELECT count(*) FROM probe_1e12'
    [hfloor]='SELECT count(*) FROM probe_1e12 p CROSS JOIN LATERAL (SELECT p.v AS val OFFSET 0) x'
    # And the least a foreign scan can do per probe: the floor wrapper's parameterized scan,
    # one row per probe, its column declared unique as seqint's is (bench/floor).
    [hfdwfloor]='SELECT count(*) FROM probe_1e12 p JOIN floor_1e12 x ON x.val = p.v'
)
HUGE_REF_IDS=(hprobe hfloor hfdwfloor)
HUGE_PROBE_ROWS=100000

# The parallel scan: the full-scan query once more, in two sessions per variant that differ
# only in max_parallel_workers_per_gather: 0 (serial, the cluster's setting, which every other
# case keeps so that they stay comparable) and PAR_WORKERS (the leader and two workers share
# the scan). Its target is on seqint's speedup, serial median / parallel median. The previous
# version is left out: the main table compares with it.
PAR_IDS=(pserial pparallel)
PAR_VARIANTS=(seqint generate_series heap)
PAR_WORKERS=2
PAR_TARGET=1.6
PAR_LOAD_MAX=0.5  # 1-minute load average under which the section starts (see wait_for_calm)
CASE_DESC+=(
    [pserial]='parallel scan, max_parallel_workers_per_gather = 0'
    [pparallel]="parallel scan, max_parallel_workers_per_gather = $PAR_WORKERS"
)
CASE_SQL+=([pserial]=${CASE_SQL[filter]} [pparallel]=${CASE_SQL[filter]})
# Statements run at the start of a case's session, before the warm-up. Both parallel-section
# sessions name the leader's participation (the default) so that a cluster setting cannot
# make them differ in more than the worker count.
declare -A CASE_SETUP=(
    [pserial]='SET max_parallel_workers_per_gather = 0; SET parallel_leader_participation = on'
    [pparallel]="SET max_parallel_workers_per_gather = $PAR_WORKERS; SET parallel_leader_participation = on"
)

# Every case of the main and planner sections is timed twice, in sessions that differ in JIT
# only: with the server's default JIT settings (what users get: Debian's PostgreSQL has JIT
# on) and with SET jit = off. Each mode's timings go to their own file (timings_file).
JIT_MODES=(default off)

# The timings file of a JIT mode.
timings_file() {
    if [ "$1" = off ]; then echo "$WORK/timings_jit_off.psv"; else echo "$WORK/timings.psv"; fi
}

# Whether a case belongs to the planner section (its own cap and number of runs).
is_huge_case() {
    case $1 in h*) true ;; *) false ;; esac
}

# The cap (seconds) and the number of timed runs of a case.
case_cap() {
    if is_time_case "$1"; then time_case_cap "$1"; return; fi  # bench/lib/time.sh
    if is_huge_case "$1"; then echo "$HUGE_CAP_S"; else echo "$CAP_S"; fi
}
case_runs() {
    if is_time_case "$1"; then time_case_runs "$1"; return; fi  # bench/lib/time.sh
    if is_huge_case "$1"; then echo "$HUGE_RUNS"; else echo "$RUNS"; fi
}

# The sequence sizes a case runs at: only the filter scales (it is what the plots show).
case_rows() {
    if is_time_case "$1"; then time_case_rows "$1"; return; fi  # bench/lib/time.sh
    case $1 in
    filter) echo "${SCALE_ROWS[*]}" ;;
    narrow) echo "$NARROW_ROWS" ;;
    hjoin) echo "$HUGE_JOIN_ROWS" ;;
    hprobe | hfloor | hfdwfloor) echo "$HUGE_PROBE_ROWS" ;;
    h*) echo "$HUGE_ROWS" ;;
    pserial | pparallel) printf '%s\n' "$PAR_GS_ROWS" "$PAR_ROWS" | sort -n -u | paste -s -d ' ' ;;
    *) echo "$FIXED_ROWS" ;;
    esac
}

# 1000000 → 1e6: table names and labels. Other sizes keep their digits.
rows_label() {
    local n=$1 e=0
    while [ "$n" -ge 10 ] && [ $((n % 10)) -eq 0 ]; do
        n=$((n / 10))
        e=$((e + 1))
    done
    if [ "$n" -eq 1 ]; then echo "1e$e"; else echo "$1"; fi
}

# variant_available VARIANT ROWS [CASE]: whether a variant exists at a size: no heap past
# HEAP_MAX, no generate_series past GS_MAX (10^9: in FROM it materializes every value before
# the query sees one, so 10^12 would take hours and terabytes of temp files; in the select
# list it streams, but would take as long), no previous version if it did not build, and the
# indexed heap only for the cases in HEAP_PK_CASES.
variant_available() {
    if is_time_case "${3:-}"; then time_variant_available "$@"; return; fi  # bench/lib/time.sh
    case $1 in
    heap) [ "$2" -le "$HEAP_MAX" ] ;;
    heap_pk) [ "$2" -le "$HEAP_MAX" ] && [[ " ${HEAP_PK_CASES[*]} " == *" ${3:-} "* ]] ;;
    generate_series | gs_select) [ "$2" -le "$GS_MAX" ] ;;
    floor) [ "${FLOOR_OK:-0}" = 1 ] && [ "${3:-}" = filter ] ;;
    previous) [ "$PREV_OK" = 1 ] ;;
    *) true ;;
    esac
}

# query_for CASE ROWS VARIANT: the case's SQL over that variant's relation.
query_for() {
    local label rel sql
    if is_time_case "$1"; then time_query_for "$@"; return; fi  # bench/lib/time.sh
    label=$(rows_label "$2")
    case $3 in
    seqint) rel="seqint_$label x" ;;
    generate_series) rel="generate_series(0::bigint, $(($2 - 1))) AS x(val)" ;;
    gs_select) rel="(SELECT generate_series(0::bigint, $(($2 - 1))) AS val) x" ;;
    heap) rel="heap_$label x" ;;
    heap_pk) rel="heap_pk_$label x" ;;
    floor) rel="floor_$label x" ;;
    previous) rel="prev_$label x" ;;
    esac
    sql=${CASE_SQL[$1]}
    echo "${sql//\{X\}/$rel}"
}

# psql for scripts: no psqlrc, stop at the first error, unaligned and tuples only.
bench_psql() {
    psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"
}

# The size the parallel section runs a variant at: generate_series cannot run in parallel (a
# Function Scan has no partial form, so its plan gets no Gather), and its two identical plans
# would cost two minutes at 10^8; at PAR_GS_ROWS they cost seconds.
par_rows() {
    if [ "$1" = generate_series ]; then echo "$PAR_GS_ROWS"; else echo "$PAR_ROWS"; fi
}

# Every size a table is needed at, once each, in increasing order.
all_sizes() {
    local id
    for id in "${CASE_IDS[@]}" "${HUGE_IDS[@]}" "${PAR_IDS[@]}"; do case_rows "$id"; done |
        tr ' ' '\n' | sort -n -u
}

# ---- setup --------------------------------------------------------------------------------

# The SQL that creates the extension, the seqint tables, the timing function and the probe.
setup_sql() {
    local rows label
    cat <<'SQL'
CREATE EXTENSION seqint_fdw;
CREATE SERVER bench_seqint FOREIGN DATA WRAPPER seqint_fdw;

-- Times one statement inside the server: planning and execution, no client round trip and
-- no result transfer. Returns milliseconds, or NULL when statement_timeout cancelled it
-- (a user's Ctrl-C is re-raised, so that it still stops the benchmark).
CREATE FUNCTION bench_time(query text) RETURNS double precision
LANGUAGE plpgsql AS $fn$
DECLARE
    t0 timestamptz;
BEGIN
    t0 := clock_timestamp();
    EXECUTE query;
    RETURN 1000 * extract(epoch FROM clock_timestamp() - t0);
EXCEPTION WHEN query_canceled THEN
    IF SQLERRM LIKE '%statement timeout%' THEN
        RETURN NULL;
    END IF;
    RAISE;
END
$fn$;

-- Runs a statement n times (the planning case: EXPLAIN, n plans).
CREATE FUNCTION bench_replan(query text, n int) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    FOR i IN 1 .. n LOOP
        EXECUTE query;
    END LOOP;
END
$fn$;
SQL
    for rows in $(all_sizes); do
        label=$(rows_label "$rows")
        printf "CREATE FOREIGN TABLE seqint_%s (val bigint) SERVER bench_seqint\n" "$label"
        printf "    OPTIONS (start '0', \"end\" '%s', step '1');\n" "$rows"
    done
    # Random values inside the joined sequence; a fixed seed keeps them the same every run.
    cat <<SQL
SELECT setseed(0.25);
CREATE UNLOGGED TABLE probe AS
    SELECT floor(random() * $FIXED_ROWS)::bigint AS v FROM generate_series(1, 100000);
VACUUM (FREEZE, ANALYZE) probe;
-- The planner section's join: 100,000 random values in [0, 10^12), both sides analyzed.
SELECT setseed(0.5);
CREATE UNLOGGED TABLE probe_1e12 AS
    SELECT floor(random() * $HUGE_JOIN_ROWS)::bigint AS v FROM generate_series(1, $HUGE_PROBE_ROWS);
VACUUM (FREEZE, ANALYZE) probe_1e12;
ANALYZE seqint_$(rows_label "$HUGE_JOIN_ROWS");
SQL
}

# heap_sql ROWS: one heap table, frozen (no hint-bit writes while timing) and analyzed.
# generate_series in the select list streams; in FROM it would spill a tuplestore first.
heap_sql() {
    local label
    label=$(rows_label "$1")
    cat <<SQL
CREATE UNLOGGED TABLE heap_$label AS SELECT generate_series(0::bigint, $(($1 - 1))) AS val;
VACUUM (FREEZE, ANALYZE) heap_$label;
SQL
}

# heap_pk_sql ROWS: the numbers table a DBA would build: a primary key, frozen and analyzed.
heap_pk_sql() {
    local label
    label=$(rows_label "$1")
    cat <<SQL
CREATE UNLOGGED TABLE heap_pk_$label (val bigint PRIMARY KEY);
INSERT INTO heap_pk_$label SELECT generate_series(0::bigint, $(($1 - 1)));
VACUUM (FREEZE, ANALYZE) heap_pk_$label;
SQL
}

# Loads a table into shared_buffers: pg_prewarm when contrib has it, else a full scan. The
# scan is second best: a table larger than shared_buffers/4 is scanned through a small ring
# of buffers, so it would stay mostly outside shared_buffers.
prewarm_sql() {
    if [ "$HAVE_PREWARM" = 1 ]; then
        printf "SELECT pg_prewarm('%s');\n" "$1"
    else
        printf "SELECT count(*) FROM %s;\n" "$1"
    fi
}

# The same for an index: pg_prewarm, or an index-only scan of the whole index in its order.
prewarm_index_sql() {
    if [ "$HAVE_PREWARM" = 1 ]; then
        printf "SELECT pg_prewarm('%s');\n" "$2"
    else
        printf "SET enable_seqscan = off; SELECT count(*) FROM (SELECT val FROM %s ORDER BY val) s; RESET enable_seqscan;\n" "$1"
    fi
}

setup_database() {
    local rows label
    HAVE_PREWARM=0
    if [ -f "$("$PG_CONFIG" --sharedir)/extension/pg_prewarm.control" ]; then
        HAVE_PREWARM=1
    fi
    log "creating the extension, the seqint tables and the probe"
    {
        setup_sql
        if [ "$HAVE_PREWARM" = 1 ]; then echo 'CREATE EXTENSION pg_prewarm;'; fi
    } | bench_psql >/dev/null
    { prewarm_sql probe; prewarm_sql probe_1e12; } | bench_psql >/dev/null
    for rows in $(all_sizes); do
        [ "$rows" -le "$HEAP_MAX" ] || continue
        label=$(rows_label "$rows")
        log "creating heap_$label ($rows rows)"
        { heap_sql "$rows"; prewarm_sql "heap_$label"; } | bench_psql >/dev/null
    done
    local id
    for rows in $(for id in "${HEAP_PK_CASES[@]}"; do case_rows "$id"; done | sort -n -u); do
        [ "$rows" -le "$HEAP_MAX" ] || continue
        label=$(rows_label "$rows")
        log "creating heap_pk_$label ($rows rows, primary key)"
        { heap_pk_sql "$rows"; prewarm_sql "heap_pk_$label"; prewarm_index_sql "heap_pk_$label" "heap_pk_${label}_pkey"; } |
            bench_psql >/dev/null
    done
}

# The previous version, loaded from the build folder under another wrapper name. Sets
# PREV_OK=0 and PREV_NOTE when it cannot be set up.
setup_previous() {
    local rows label sql err
    [ "$PREV_OK" = 1 ] || return 0
    sql="CREATE FUNCTION seqint_prev_handler() RETURNS fdw_handler
    AS '$PREV_SO', 'seqint_fdw_handler' LANGUAGE C STRICT;
CREATE FOREIGN DATA WRAPPER seqint_prev HANDLER seqint_prev_handler;
CREATE SERVER bench_prev FOREIGN DATA WRAPPER seqint_prev;"
    for rows in $(all_sizes); do
        label=$(rows_label "$rows")
        sql+="
CREATE FOREIGN TABLE prev_$label (val bigint) SERVER bench_prev
    OPTIONS (start '0', \"end\" '$rows', step '1');"
    done
    if ! err=$(bench_psql -c "$sql" 2>&1 >/dev/null); then
        PREV_OK=0
        PREV_NOTE="previous version built but could not be loaded: ${err//$'\n'/ }"
        log "$PREV_NOTE"
        return 0
    fi
    # The planner section analyzes both sides of its join; an older build may not support it.
    label=$(rows_label "$HUGE_JOIN_ROWS")
    if ! err=$(bench_psql -c "ANALYZE prev_$label" 2>&1 >/dev/null); then
        NOTES+=("ANALYZE prev_$label failed (the previous version's join runs without statistics): ${err//$'\n'/ }")
        log "${NOTES[-1]}"
    fi
}

# The join's reference points that exist in this run: the floor wrapper's only when it built.
huge_ref_ids() {
    local id
    for id in "${HUGE_REF_IDS[@]}"; do
        [ "$id" = hfdwfloor ] && [ "${FLOOR_OK:-0}" != 1 ] && continue
        echo "$id"
    done
}

# The floor wrapper, loaded from the build folder, with a table per size of the full scan
# and one of the join's size. Sets FLOOR_OK=0 and notes why when it cannot be set up.
setup_floor() {
    local rows sql err
    [ "${FLOOR_OK:-0}" = 1 ] || return 0
    sql="CREATE FUNCTION bench_floor_handler() RETURNS fdw_handler
    AS '$FLOOR_SO', 'bench_floor_handler' LANGUAGE C STRICT;
CREATE FOREIGN DATA WRAPPER bench_floor HANDLER bench_floor_handler;
CREATE SERVER bench_floor FOREIGN DATA WRAPPER bench_floor;"
    for rows in "${SCALE_ROWS[@]}" "$HUGE_JOIN_ROWS"; do
        sql+="
CREATE FOREIGN TABLE floor_$(rows_label "$rows") (val bigint) SERVER bench_floor OPTIONS (\"end\" '$rows');"
    done
    if ! err=$(bench_psql -c "$sql" 2>&1 >/dev/null); then
        FLOOR_OK=0
        NOTES+=("the floor wrapper built but could not be loaded: ${err//$'\n'/ }")
        log "${NOTES[-1]}"
    fi
}

# Every variant must agree on one small case before anything is timed. Each variant in its
# own session, like the measurements (see time_slots).
check_results() {
    local variant rows expected got
    rows=${SCALE_ROWS[0]}
    expected=$(bench_psql -c "$(query_for filter "$rows" generate_series)")
    for variant in "${VARIANTS[@]}"; do
        variant_available "$variant" "$rows" filter || continue
        got=$(bench_psql -c "$(query_for filter "$rows" "$variant")")
        if [ "$got" != "$expected" ]; then
            NOTES+=("WRONG RESULT: $variant gives $got for the filter at $rows rows, generate_series $expected")
            log "${NOTES[-1]}"
        fi
    done
}

# The planner cases' seqint answers against closed forms: a pushed-down plan that is fast
# but wrong must not pass its target.
check_huge_results() {
    local id query got expected top
    local n=$HUGE_ROWS j=$HUGE_JOIN_ROWS
    declare -gA HUGE_WRONG=()
    for id in "${HUGE_IDS[@]}"; do
        query=$(query_for "$id" "$(case_rows "$id")" seqint)
        case $id in
        hnarrow) expected=101 ;;
        htopn) expected=$(seq -f '%.0f' $((n - 1)) -1 $((n - 10))) ;;
        hoffset) expected=$(seq -f '%.0f' 1000000000000 1000000000004) ;;
        hagg)
            query="SELECT c = $n AND s = $n::numeric * ($n - 1) / 2 AND lo = 0 AND hi = $((n - 1))
    AND a = ($n - 1) / 2.0 FROM (SELECT count(*) c, sum(val) s, min(val) lo, max(val) hi,
    avg(val) a FROM seqint_$(rows_label "$n") x) r"
            expected=t
            ;;
        hmodcount) expected=$(((n - 1 - 3) / 7 + 1)) ;;
        hmodtopn)
            top=$((n - 1 - (n - 1 - 3) % 7))
            expected=$(seq -f '%.0f' "$top" -7 $((top - 63)))
            ;;
        hjoin) expected=$(bench_psql -c "SELECT count(*) FROM probe_1e12 WHERE v >= 0 AND v < $j") ;;
        esac
        # Capped: a plan that lost its pushdown would scan 10^15 values.
        got=$(PGOPTIONS="-c statement_timeout=${HUGE_CAP_S}s" bench_psql -c "$query" 2>&1) || true
        if [ "$got" != "$expected" ]; then
            NOTES+=("WRONG RESULT: seqint gives '${got//$'\n'/ }' for: $query (expected '${expected//$'\n'/ }')")
            log "${NOTES[-1]}"
            HUGE_WRONG[$id]=1
        fi
    done
}

# Writes OUT/plans.txt: EXPLAIN of every case, one session per variant.
write_plans() {
    local variant id rows query
    : >"$OUT/plans.txt"
    for variant in "${VARIANTS[@]}"; do
        for id in "${CASE_IDS[@]}" "${HUGE_IDS[@]}"; do
            for rows in $(case_rows "$id"); do
                variant_available "$variant" "$rows" "$id" || continue
                query=$(query_for "$id" "$rows" "$variant")
                printf '\\echo == %s\nEXPLAIN %s;\n' "$query" "$query"
            done
        done | bench_psql >>"$OUT/plans.txt" 2>&1 || echo "(EXPLAIN failed for $variant)" >>"$OUT/plans.txt"
    done
    for id in $(huge_ref_ids); do
        query=$(query_for "$id" "$(case_rows "$id")" heap)
        printf '\\echo == %s\nEXPLAIN %s;\n' "$query" "$query"
    done | bench_psql >>"$OUT/plans.txt" 2>&1 || echo "(EXPLAIN failed for the references)" >>"$OUT/plans.txt"
}

# The seqint plans of the planner cases, as the report shows them: HUGE_PLAN[id] holds the
# lines that say what was pushed down (Bounds, Direction, Pushed Down); JOIN_PLAN the whole
# join plan without costs, and JOIN_PLAN_OK whether it is a Nested Loop whose inner side is a
# Foreign Scan on the seqint table with a parameterized bound ($n). Each in a fresh session.
read_huge_plans() {
    local id query plan
    declare -gA HUGE_PLAN=()
    for id in "${HUGE_IDS[@]}"; do
        query=$(query_for "$id" "$(case_rows "$id")" seqint)
        plan=$(bench_psql -c "EXPLAIN (COSTS OFF) $query" 2>&1) || true
        HUGE_PLAN[$id]=$(grep -E '^ *(->)? *(Nested Loop|Bounds:|Direction:|Pushed Down:)' <<<"$plan" |
            sed 's/^ *\(->\)\{0,1\} *//' | paste -s -d ';' | sed 's/;/; /g')
        [ -n "${HUGE_PLAN[$id]}" ] || HUGE_PLAN[$id]='(nothing pushed down)'
        if [ "$id" = hjoin ]; then
            JOIN_PLAN=$plan
            JOIN_JIT=$(bench_psql -c 'SHOW jit')
            JOIN_PLAN_OK=0
            # Nested Loop, then (inner side) a Foreign Scan on seqint_1e12 bounded by the outer
            # row: EXPLAIN prints the pushed clause with the outer column (p.v), or a $n.
            if grep -q 'Nested Loop' <<<"$plan" &&
                grep -q "Foreign Scan on seqint_$(rows_label "$HUGE_JOIN_ROWS")" <<<"$plan" &&
                grep -Eq 'Bounds: .*(\$[0-9]|p\.v)' <<<"$plan"; then
                JOIN_PLAN_OK=1
            fi
        fi
    done
}

# ---- timing ---------------------------------------------------------------------------------

# median_min_max VALUE…: values in ms, T for a run that hit the cap (it sorts last).
# Prints "MEDIAN MIN MAX", each a number or T.
median_min_max() {
    local sorted=() timeouts=0 v n
    for v in "$@"; do [ "$v" = T ] && timeouts=$((timeouts + 1)); done
    mapfile -t sorted < <(printf '%s\n' "$@" | grep -v '^T$' | sort -g)
    for ((v = 0; v < timeouts; v++)); do sorted+=(T); done
    n=${#sorted[@]}
    if [ $((n % 2)) -eq 1 ]; then
        v=${sorted[n / 2]}
    elif [ "${sorted[n / 2]}" = T ]; then
        v=T
    else
        v=$(awk -v a="${sorted[n / 2 - 1]}" -v b="${sorted[n / 2]}" 'BEGIN { printf "%.3f", (a + b) / 2 }')
    fi
    echo "$v ${sorted[0]} ${sorted[n - 1]}"
}

# Every case is timed by time_slots (bench/lib/interleave.sh): all its variants in both JIT
# modes, interleaved run by run, each in a session of its own.
run_timings() {
    local id rows slots
    : >"$(timings_file default)"
    : >"$(timings_file off)"
    for id in "${CASE_IDS[@]}"; do
        for rows in $(case_rows "$id"); do
            log "timing $id at $(rows_label "$rows"): $(query_for "$id" "$rows" seqint)"
            mapfile -t slots < <(case_slots "$id" "$rows" "${VARIANTS[@]}")
            time_slots "${slots[@]}"
        done
    done
}

# The planner section: every variant of each case (generate_series and heap are n/a at these
# sizes). The join is interleaved with its references, which are PostgreSQL alone (the heap
# variant), so that its ratios to them compare runs taken seconds apart.
run_huge_timings() {
    local id rows ref slots
    for id in "${HUGE_IDS[@]}"; do
        rows=$(case_rows "$id")
        log "timing $id at $(rows_label "$rows"): $(query_for "$id" "$rows" seqint)"
        mapfile -t slots < <(case_slots "$id" "$rows" "${VARIANTS[@]}")
        if [ "$id" = hjoin ]; then
            for ref in $(huge_ref_ids); do
                log "  with $ref: $(query_for "$ref" "$(case_rows "$ref")" heap)"
                mapfile -t -O "${#slots[@]}" slots < <(case_slots "$ref" "$(case_rows "$ref")" heap)
            done
        fi
        time_slots "${slots[@]}"
    done
}

# ---- memory ---------------------------------------------------------------------------------

# The psql script of one memory measurement: note the backend's pid, run the query under
# EXPLAIN ANALYZE (for the temp blocks), then read the backend's peak RSS from the shell
# while the session, and so the backend, is still alive.
memory_script() {
    printf 'SELECT pg_backend_pid() AS pid \\gset\n'
    printf '\\setenv BENCH_PID :pid\n'
    [ -n "$1" ] && printf 'EXPLAIN (ANALYZE, TIMING OFF, BUFFERS, FORMAT JSON) %s;\n' "$1"
    # shellcheck disable=SC2016  # $BENCH_PID is for the shell psql starts
    printf '\\! grep VmHWM /proc/$BENCH_PID/status\n'
}

# measure_memory QUERY: prints "PEAK_RSS_KB TEMP_WRITTEN_BYTES" from a fresh backend, or
# fails. An empty QUERY measures an idle backend.
measure_memory() {
    local out kb blocks
    out=$(memory_script "$1" | PGOPTIONS="-c statement_timeout=${MEM_CAP_S}s" bench_psql 2>&1) ||
        return 1
    kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB$/\1/p' <<<"$out")
    # Buffer counts are inclusive of child nodes: the largest is the top node's, the query's.
    blocks=$(sed -n 's/.*"Temp Written Blocks": \([0-9]*\).*/\1/p' <<<"$out" | sort -n | tail -1)
    [ -n "$kb" ] || return 1
    echo "$kb $((${blocks:-0} * 8192))"
}

# Appends "rows variant status peak_rss_kb temp_bytes" to WORK/memory.psv for every size of
# the filter case, and sets IDLE_RSS_KB, a fresh backend's peak after SELECT 1, for scale.
run_memory() {
    local rows variant result kb bytes
    : >"$WORK/memory.psv"
    IDLE_RSS_KB=$(measure_memory '' | cut -d' ' -f1) || IDLE_RSS_KB=
    for rows in "${SCALE_ROWS[@]}"; do
        log "memory of the filter at $(rows_label "$rows")"
        for variant in "${VARIANTS[@]}"; do
            if ! variant_available "$variant" "$rows" filter; then
                printf '%s|%s|n/a||\n' "$rows" "$variant" >>"$WORK/memory.psv"
            elif result=$(measure_memory "$(query_for filter "$rows" "$variant")"); then
                read -r kb bytes <<<"$result"
                printf '%s|%s|ok|%s|%s\n' "$rows" "$variant" "$kb" "$bytes" >>"$WORK/memory.psv"
                log "  $variant: peak RSS $kb kB, temp written $bytes bytes"
            else
                printf '%s|%s|error||\n' "$rows" "$variant" >>"$WORK/memory.psv"
                log "  $variant: failed (over ${MEM_CAP_S} s?)"
            fi
        done
    done
}

# ---- parallel scan --------------------------------------------------------------------------

# setup_and SETUP SQL: a psql script that runs SQL after a case's session setup.
setup_and() {
    printf '%s;\n%s;\n' "$1" "$2"
}

# seqint's parallel answer against the serial heap scan's (or generate_series'): a chunk handed
# out twice or never would make the parallel scan fast and wrong.
check_parallel_results() {
    local query got expected
    PAR_WRONG=0
    # The opaque filter has no closed form: the serial heap scan, or generate_series, counts.
    if variant_available heap "$PAR_ROWS" filter; then
        expected=$(bench_psql -c "$(query_for filter "$PAR_ROWS" heap)")
    else
        expected=$(bench_psql -c "$(query_for filter "$PAR_ROWS" gs_select)")
    fi
    query=$(query_for pparallel "$PAR_ROWS" seqint)
    got=$(setup_and "${CASE_SETUP[pparallel]}" "$query" |
        PGOPTIONS="-c statement_timeout=${CAP_S}s" bench_psql 2>&1) || true
    if [ "$got" != "$expected" ]; then
        PAR_WRONG=1
        NOTES+=("WRONG RESULT: seqint gives '${got//$'\n'/ }' for the parallel scan: ${CASE_SETUP[pparallel]}; $query (expected $expected)")
        log "${NOTES[-1]}"
    fi
}

# plan_summary: a plan on stdin as one line, its nodes from the top down joined by " -> ",
# the workers planned and launched after the Gather, without EXPLAIN ANALYZE's (actual …).
plan_summary() {
    awk '
        function flush() {
            if (node != "") out = out (out == "" ? "" : " -> ") node (extra == "" ? "" : " (" extra ")")
            node = ""; extra = ""
        }
        NR == 1 || /->/ {
            flush(); line = $0
            sub(/^ *(-> +)?/, "", line); sub(/ \(actual.*/, "", line)
            node = line; next
        }
        /^ *Workers (Planned|Launched):/ {
            line = $0; sub(/^ +/, "", line)
            extra = extra (extra == "" ? "" : ", ") line
        }
        END { flush(); print out }
    '
}

# The plans of the parallel section, each in a session with its case's setup, also appended
# to plans.txt. PAR_PLAN[id:variant] is plan_summary's line, from EXPLAIN ANALYZE (run once)
# where the plan has a Gather, so that it says how many workers were launched. For the
# target: PAR_PLAN_OK whether seqint's parallel plan is a Gather (not Gather Merge) with
# PAR_WORKERS workers planned over a Parallel Foreign Scan, PAR_LAUNCHED the workers its
# EXPLAIN ANALYZE launched, PAR_SERIAL_OK whether its serial plan has no Gather; PAR_ANALYZE
# that EXPLAIN ANALYZE, as the report shows it.
read_parallel_plans() {
    local id variant rows query setup plan analyzed
    declare -gA PAR_PLAN=()
    PAR_PLAN_OK=0 PAR_LAUNCHED='' PAR_SERIAL_OK=0 PAR_ANALYZE=''
    for variant in "${PAR_VARIANTS[@]}"; do
        rows=$(par_rows "$variant")
        variant_available "$variant" "$rows" || continue
        for id in "${PAR_IDS[@]}"; do
            query=$(query_for "$id" "$rows" "$variant")
            setup=${CASE_SETUP[$id]}
            plan=$(setup_and "$setup" "EXPLAIN (COSTS OFF) $query" | bench_psql 2>&1) || true
            printf '== %s; %s\n%s\n' "$setup" "$query" "$plan" >>"$OUT/plans.txt"
            analyzed=''
            if grep -Eq '^ *(-> +)?Gather$' <<<"$plan"; then
                log "EXPLAIN ANALYZE of the parallel scan, $variant at $(rows_label "$rows")"
                analyzed=$(setup_and "$setup" "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) $query" |
                    PGOPTIONS="-c statement_timeout=${CAP_S}s" bench_psql 2>&1) || true
                printf '== %s; EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) %s\n%s\n' "$setup" "$query" \
                    "$analyzed" >>"$OUT/plans.txt"
            fi
            PAR_PLAN[$id:$variant]=$(plan_summary <<<"${analyzed:-$plan}")
            [ "$variant" = seqint ] || continue
            if [ "$id" = pserial ]; then
                if grep -q "Foreign Scan on seqint_" <<<"$plan" && ! grep -q 'Gather' <<<"$plan"; then
                    PAR_SERIAL_OK=1
                fi
                continue
            fi
            if grep -Eq '^ *(-> +)?Gather$' <<<"$plan" &&
                grep -Eq "^ *Workers Planned: $PAR_WORKERS\$" <<<"$plan" &&
                grep -q "Parallel Foreign Scan on seqint_$(rows_label "$rows")" <<<"$plan"; then
                PAR_PLAN_OK=1
            fi
            PAR_ANALYZE=${analyzed:-$plan}
            PAR_LAUNCHED=$(sed -n 's/^ *Workers Launched: \([0-9]*\)$/\1/p' <<<"$analyzed")
        done
    done
}

# The 1-minute load average, and all three.
load_1min() {
    cut -d' ' -f1 /proc/loadavg
}
load_all() {
    cut -d' ' -f1-3 /proc/loadavg
}

# The parallel figure needs both cores: a process running at the same time takes one from the
# workers, and the speedup drops. Polls every 10 s, at most PAR_WAIT_S, until the 1-minute load
# average is at most PAR_LOAD_MAX; the benchmark's own earlier work decays under it within a
# minute or two on an otherwise idle machine. Sets PAR_WAITED_S and PAR_LOAD_START.
wait_for_calm() {
    local waited=0
    while awk -v l="$(load_1min)" -v m="$PAR_LOAD_MAX" 'BEGIN { exit !(l > m) }' &&
        [ "$waited" -lt "$PAR_WAIT_S" ]; do
        if [ $((waited % 60)) -eq 0 ]; then
            log "parallel scan: load average $(load_all) above $PAR_LOAD_MAX; waiting (at most $((PAR_WAIT_S - waited)) s more)"
        fi
        sleep 10
        waited=$((waited + 10))
    done
    PAR_WAITED_S=$waited PAR_LOAD_START=$(load_all)
    if awk -v l="${PAR_LOAD_START%% *}" -v m="$PAR_LOAD_MAX" 'BEGIN { exit !(l > m) }'; then
        NOTES+=("the parallel scan started at load average $PAR_LOAD_START, above $PAR_LOAD_MAX after waiting $waited s: another process may have taken a core from the workers, so the speedup is likely understated")
        log "${NOTES[-1]}"
    fi
}

# Each variant serial and parallel, all interleaved (time_slots), with the server's default
# JIT, once the machine is calm. PAR_LOAD_END: the load at the end, raised by the section's
# own three processes.
run_parallel_timings() {
    local variant id slots=()
    wait_for_calm
    log "parallel scan (load average $PAR_LOAD_START): $(query_for pparallel "$PAR_ROWS" seqint)"
    for variant in "${PAR_VARIANTS[@]}"; do
        for id in "${PAR_IDS[@]}"; do slots+=("$id|$(par_rows "$variant")|$variant|default"); done
    done
    time_slots "${slots[@]}"
    PAR_LOAD_END=$(load_all)
}
