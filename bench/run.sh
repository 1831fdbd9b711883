#!/usr/bin/env bash
# bench/run.sh — the benchmark of seqint_fdw: see bench/README.md.
#
#   bench/run.sh [--quick] [--baseline REV] [--out DIR] [--no-micro] [--publish]
#
# Builds and installs the current tree, builds the previous version (REV) in a temporary
# folder without installing it, starts a throwaway cluster, and times every case for
# seqint_fdw, generate_series (in FROM and in the select list), a heap table (also one with a
# primary key, for the cases an index serves) and the previous seqint_fdw; then the same for
# time sequences (bench/lib/time.sh) against generate_series(timestamp, timestamp, interval).
# Prints a table and writes OUT/results.{txt,csv,json}, OUT/time.png and OUT/memory.png
# (OUT: bench/out).
# The cluster and the temporary folder are removed on every exit, Ctrl-C included.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")

# Values kept as given before the cd below, so that a relative --out means the caller's dir.
QUICK=0 MICRO=1 PUBLISH=0 BASELINE_ARG='' OUT="$BENCH_DIR/out"

usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
}

parse_args() {
    while [ $# -gt 0 ]; do
        case $1 in
        --quick) QUICK=1 ;;
        --baseline) BASELINE_ARG=${2:?--baseline needs a revision}; shift ;;
        --baseline=*) BASELINE_ARG=${1#*=} ;;
        --out) OUT=${2:?--out needs a folder}; shift ;;
        --out=*) OUT=${1#*=} ;;
        --no-micro) MICRO=0 ;;
        --publish) PUBLISH=1 ;;
        -h | --help) usage; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
        esac
        shift
    done
    mkdir -p "$OUT"
    OUT=$(cd "$OUT" && pwd)
}

# Progress goes to stderr, with the time since the start; the results table to stdout.
log() {
    echo "[$(printf '%4d' "$SECONDS")s] $*" >&2
}

parse_args "$@"
cd "$REPO_DIR"
# shellcheck source=../test/lib/deps.sh
source test/lib/deps.sh
# shellcheck source=../test/lib/cluster.sh
source test/lib/cluster.sh
# shellcheck source=lib/measure.sh
source "$BENCH_DIR/lib/measure.sh"
# shellcheck source=lib/report.sh
source "$BENCH_DIR/lib/report.sh"
# shellcheck source=lib/interleave.sh
source "$BENCH_DIR/lib/interleave.sh"  # the timing: every variant interleaved, run by run
# shellcheck source=lib/time.sh
source "$BENCH_DIR/lib/time.sh"  # the time-sequence cases, in a section of their own

# `make bench` exports its own flags and jobserver: the builds below must not inherit them.
unset MAKEFLAGS MFLAGS MAKELEVEL

NOTES=()
WORK=''

# ---- settings of the two modes -------------------------------------------------------------

# The planner cases on huge tables take well under a millisecond when pushed down: more runs
# cost nothing, and their cap stays short (only the previous version, or a lost pushdown, hits
# it).
# The parallel scan waits for the machine to calm down before it starts: up to PAR_WAIT_S, a
# few minutes in a full run, a minute in a quick one (which is for development).
if [ "$QUICK" = 1 ]; then
    MODE=quick RUNS=3 CAP_S=5 MEM_CAP_S=60 HUGE_RUNS=5 HUGE_CAP_S=2
    SCALE_ROWS=(1000000 10000000)
    FIXED_ROWS=1000000  # the fixed-size cases at 1e7 would take a minute on their own
    PAR_ROWS=10000000 PAR_WAIT_S=60
else
    MODE=full RUNS=5 CAP_S=20 MEM_CAP_S=300 HUGE_RUNS=11 HUGE_CAP_S=5
    SCALE_ROWS=(1000000 10000000 100000000)
    FIXED_ROWS=10000000
    PAR_ROWS=100000000 PAR_WAIT_S=300
fi
NARROW_ROWS=1000000000
GS_MAX=$NARROW_ROWS  # generate_series materializes its values: past 10^9 it is not even tried
PAR_GS_ROWS=10000000  # generate_series in the parallel scan: see par_rows
TIMING_DESC="server-side, PL/pgSQL bench_time(): clock_timestamp() around EXECUTE (planning + execution, no client round trip); a session per variant and JIT mode, 1 warm-up + $RUNS runs, interleaved run by run across the variants and modes (bench/lib/interleave.sh); statement_timeout ${CAP_S} s, shown as '> ${CAP_S} s' (a capped warm-up skips the runs); planner cases: 1 warm-up + $HUGE_RUNS runs, statement_timeout ${HUGE_CAP_S} s"

# ---- cleanup ---------------------------------------------------------------------------------

# Runs on every exit: keeps the server log for a post-mortem, stops the cluster (cluster.sh),
# removes the temporary folder (the baseline's build and the raw measurements).
cleanup() {
    local status=$?
    if [ -n "${CLUSTER_DIR:-}" ] && [ -f "$CLUSTER_DIR/server.log" ]; then
        cp "$CLUSTER_DIR/server.log" "$OUT/server.log" 2>/dev/null || true
    fi
    cluster_stop
    if [ -n "$WORK" ]; then rm -rf "$WORK"; fi
    [ "$status" -eq 0 ] || echo "bench/run.sh failed (exit $status); server log: $OUT/server.log" >&2
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- machine and tree ------------------------------------------------------------------------

describe_machine() {
    NPROC=$(nproc)
    CPU_MODEL=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
    RAM_KB=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)
    MACHINE="$NPROC cores (nproc), ${CPU_MODEL:-unknown CPU}, $(
        awk -v kb="$RAM_KB" 'BEGIN { printf "%.1f GiB RAM", kb / 1048576 }')"
    RUN_DATE=$(date -u '+%Y-%m-%d %H:%M:%S UTC')
    # Other work on the machine makes numbers noisy: the load average shows it.
    LOAD_START=$(cut -d" " -f1-3 /proc/loadavg)
    if awk -v l="${LOAD_START%% *}" -v n="$NPROC" 'BEGIN { exit !(l > n / 4) }'; then
        NOTES+=("the machine was busy before the run (load average $LOAD_START on $NPROC cores): other processes compete for the CPU, so expect noise; compare the spread table")
    fi
    COMMIT_SHORT=$(git rev-parse --short HEAD)
    COMMIT_DESC="$COMMIT_SHORT $(git log -1 --format='"%s"' "$COMMIT_SHORT")"
    if [ -n "$(git status --porcelain -- src include ./*.sql ./*.control)" ]; then
        COMMIT_DESC+=" + uncommitted changes"
    fi
}

build_current() {
    log "building and installing the current tree"
    make -s PG_CONFIG="$PG_CONFIG" >&2
    as_root make -s install PG_CONFIG="$PG_CONFIG" >&2
}

# Sets BASE_REV (a full hash, or empty) and BASE_DESC. The default is the code before the
# latest code change: the parent of the newest commit that touched src/ or include/.
resolve_baseline() {
    local last
    BASE_REV=''
    if [ -n "$BASELINE_ARG" ]; then
        if ! BASE_REV=$(git rev-parse --verify --quiet "$BASELINE_ARG^{commit}"); then
            BASE_DESC="none: '$BASELINE_ARG' is not a commit"
            BASE_REV=''
            return
        fi
        BASE_DESC="$(git rev-parse --short "$BASE_REV") $(git log -1 --format='"%s"' "$BASE_REV") (--baseline $BASELINE_ARG)"
        return
    fi
    last=$(git log -1 --format=%H "$COMMIT_SHORT" -- src include)  # the commit the header names
    if [ -z "$last" ] || ! BASE_REV=$(git rev-parse --verify --quiet "$last^"); then
        BASE_DESC="none: no commit before the latest change to src/ or include/"
        BASE_REV=''
        return
    fi
    BASE_DESC="$(git rev-parse --short "$BASE_REV") $(git log -1 --format='"%s"' "$BASE_REV") (parent of $(git rev-parse --short "$last"), the latest commit that changed src/ or include/)"
}

# Builds BASE_REV in WORK/baseline, readable by the server's user. -Bsymbolic binds the
# copy's calls to its own functions: a backend that loaded both builds would otherwise run
# the first one's code (the symbols are exported, and dlopen makes them global). The
# measurements also give each variant its own backend. No JIT bitcode is installed for it:
# with JIT on, its expressions are compiled but its functions are not inlined.
build_baseline() {
    PREV_OK=0 PREV_SO=''
    if [ -z "$BASE_REV" ]; then
        NOTES+=("previous version skipped: ${BASE_DESC#none: }")
        return
    fi
    log "building the previous version $(git rev-parse --short "$BASE_REV") in a temporary folder"
    local dir="$WORK/baseline"
    mkdir -p "$dir"
    git archive "$BASE_REV" | tar -x -C "$dir"
    if ! make -C "$dir" -s -j"$(nproc)" PG_CONFIG="$PG_CONFIG" with_llvm=no \
        LDFLAGS_SL+=-Wl,-Bsymbolic >"$WORK/baseline-build.log" 2>&1 ||
        [ ! -f "$dir/seqint_fdw.so" ]; then
        tail -n 20 "$WORK/baseline-build.log" >&2
        NOTES+=("previous version skipped: $(git rev-parse --short "$BASE_REV") does not build")
        log "${NOTES[-1]}"
        return
    fi
    PREV_OK=1 PREV_SO="$dir/seqint_fdw.so"
    if git diff --quiet "$BASE_REV" -- src include; then
        NOTES+=("the previous version's code (src/, include/) is identical to the current tree: seqint/previous shows run-to-run noise")
    fi
}

# HEAP_MAX: the largest heap table. 1e8 rows take 3.5 GB on disk and must fit in
# shared_buffers; generate_series spills about as much to temp files at 1e8.
plan_heap() {
    local disk_kb mem_kb need_gb=14
    HEAP_MAX=10000000 SHARED_BUFFERS=2GB
    [ "$QUICK" = 1 ] && return
    disk_kb=$(df -Pk "${TMPDIR:-/tmp}" | awk 'NR == 2 { print $4 }')
    mem_kb=$(awk '/^MemAvailable:/ { print $2 }' /proc/meminfo)
    if [ "$disk_kb" -ge $((need_gb * 1048576)) ] && [ "$mem_kb" -ge $((need_gb * 1048576)) ]; then
        HEAP_MAX=100000000 SHARED_BUFFERS=5GB
    else
        NOTES+=("heap capped at 1e7 rows (n/a at 1e8): it needs ${need_gb} GB of free disk in ${TMPDIR:-/tmp} and of available memory")
    fi
}

start_cluster() {
    # Serial plans for all (no parallel workers; the parallel scan sets its own sessions'
    # worker count), the server's default JIT settings (the cases also run with jit = off:
    # JIT_MODES), no autovacuum touching the frozen tables while they are timed. work_mem
    # stays at its 4MB default.
    local settings=("shared_buffers=$SHARED_BUFFERS" max_parallel_workers_per_gather=0
        autovacuum=off)
    CLUSTER_SETTINGS="${settings[*]} (work_mem default 4MB, fsync=off)"
    log "starting a throwaway cluster: ${settings[*]}"
    local status=0
    cluster_start "${settings[@]}" || status=$?
    # cluster_start installed its own EXIT trap; ours calls cluster_stop too.
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    [ "$status" -eq 0 ] || { log "the cluster did not start"; exit 1; }
    PG_VERSION=$(bench_psql -c 'SELECT version()')
    JIT_DESC=$(bench_psql -c "SELECT 'jit ' || current_setting('jit') || ', jit_above_cost ' ||
        current_setting('jit_above_cost') || ', provider ' || current_setting('jit_provider') ||
        CASE WHEN pg_jit_available() THEN ', available' ELSE ', NOT available' END")
}

# Stops the cluster now rather than at exit, keeping its log.
stop_cluster() {
    cp "$CLUSTER_DIR/server.log" "$OUT/server.log" 2>/dev/null || true
    cluster_stop
}

# Builds and runs the Google Benchmark of the core; its JSON goes to OUT/micro.json.
run_micro() {
    rm -f "$OUT/micro.json"
    [ "$MICRO" = 1 ] || return 0
    log "core microbenchmark"
    local min_time=0.5
    [ "$QUICK" = 1 ] && min_time=0.05
    if ! make -s bench/micro/seqint_micro >&2 ||
        ! bench/micro/seqint_micro --benchmark_min_time="$min_time" \
            --benchmark_out="$OUT/micro.json" --benchmark_out_format=json >&2; then
        NOTES+=("the microbenchmark failed to build or run")
        rm -f "$OUT/micro.json"
    fi
}

# Builds the floor wrapper (bench/floor) in WORK/floor, not installed: FLOOR_OK, FLOOR_SO.
build_floor() {
    FLOOR_OK=0 FLOOR_SO=''
    local dir="$WORK/floor"
    cp -r "$BENCH_DIR/floor" "$dir"
    if ! make -C "$dir" -s PG_CONFIG="$PG_CONFIG" with_llvm=no >"$WORK/floor-build.log" 2>&1 ||
        [ ! -f "$dir/floor_fdw.so" ]; then
        tail -n 20 "$WORK/floor-build.log" >&2
        NOTES+=("the floor wrapper (bench/floor) does not build: no floor column")
        log "${NOTES[-1]}"
        return
    fi
    FLOOR_OK=1 FLOOR_SO="$dir/floor_fdw.so"
}

main() {
    local packages=("${SEQINT_BUILD_PACKAGES[@]}" gnuplot-nox)
    [ "$MICRO" = 1 ] && packages+=(libbenchmark-dev)
    seqint_need_packages "${packages[@]}"
    rm -f "$OUT"/results.{txt,csv,json} "$OUT"/{time,memory}.png "$OUT"/{micro.json,plans.txt,server.log}

    describe_machine
    WORK=$(mktemp -d -t seqint-bench.XXXXXX)
    chmod 755 "$WORK"  # the server's user loads the previous version from here
    build_current
    resolve_baseline
    log "baseline: $BASE_DESC"
    build_baseline
    build_floor
    plan_heap
    start_cluster
    setup_database
    setup_previous
    setup_floor
    [ "$PREV_OK" = 1 ] || [ -z "${PREV_NOTE:-}" ] || NOTES+=("$PREV_NOTE")
    check_results
    check_huge_results
    write_plans
    read_huge_plans
    check_parallel_results
    read_parallel_plans
    prepare_time_cases  # bench/lib/time.sh: tables, checks, plans
    run_timings
    run_huge_timings
    run_time_timings  # bench/lib/time.sh
    run_memory
    run_parallel_timings  # last: it waits for the load of the rest to die down
    LOAD_END=$(cut -d" " -f1-3 /proc/loadavg)
    stop_cluster
    run_micro  # after the cluster is gone, so that its processes do not compete

    if [ "$HAVE_PREWARM" = 1 ]; then PREWARM_DESC="pg_prewarm"; else PREWARM_DESC="a full scan"; fi
    NOTES+=("peak RSS counts the shared_buffers pages a backend touched: the heap's figure includes the table itself")
    NOTES+=("run time: $SECONDS s")
    write_reports
    cat "$OUT/results.txt"
    log "results in $OUT: results.txt results.csv results.json time.png memory.png plans.txt"
    if [ "$PUBLISH" = 1 ]; then "$BENCH_DIR/publish.sh" "$OUT"; fi
}

main
