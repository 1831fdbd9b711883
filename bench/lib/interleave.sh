# bench/lib/interleave.sh — interleaved timing: every way of running one case, timed round by
# round in long-lived sessions, so that the machine's changes of speed fall on all of them alike.
#
# A busy or throttled machine changes speed for seconds or minutes at a time (this one flips
# between two states about 1.7× apart). Timed one after the other, each variant's runs would
# fall in whatever state the machine was in during its turn, and the ratios would measure the
# machine. Interleaved, run i of every variant falls within a few seconds of run i of the
# others.
#
# A slot is one thing to time: "CASE|ROWS|VARIANT|MODE", MODE a JIT mode (default or off).
# time_slots opens one psql session per slot (so that a backend only ever loads one of the
# two seqint_fdw builds, and runs in one JIT mode), warms every slot up once, then runs the
# rounds: each round times every live slot once, in turn. A slot whose warm-up hits the cap
# is not run again (repeating a capped case only wastes minutes).
#
# Sourced by bench/run.sh after measure.sh, whose helpers it uses (case_cap, case_runs,
# query_for, variant_available, timings_file, median_min_max, CASE_SETUP, bench_psql's flags).
# shellcheck shell=bash

# The sessions of the open slots, by slot number: the fd the driver writes psql's input to,
# the fd of the FIFO psql answers on, psql's pid.
declare -A SLOT_IN=() SLOT_RET=() SLOT_PID=()

# slot_dir: where the FIFOs and session logs live.
slot_dir() {
    echo "$WORK/slots"
}

# slot_send N TEXT: TEXT to slot N's psql. In a subshell, so that a psql that has exited
# (SIGPIPE) fails the call instead of killing the benchmark.
slot_send() {
    (printf '%s\n' "$2" >&"${SLOT_IN[$1]}") 2>/dev/null
}

# slot_reply N CAP_S: the next line slot N's psql answers, waiting while the query may still
# run (its cap and a margin) and psql is alive. Prints nothing and fails otherwise.
slot_reply() {
    local n=$1 waited=0 limit=$(($2 + 60)) line='' partial=''
    while [ "$waited" -lt "$limit" ]; do
        if IFS= read -r -t 5 -u "${SLOT_RET[$n]}" line; then
            echo "$partial$line"
            return 0
        fi
        # A read that times out keeps what it had read of the line, and the next read
        # starts after it: the answer may arrive just as the wait ends.
        partial+=$line
        kill -0 "${SLOT_PID[$n]}" 2>/dev/null || return 1
        waited=$((waited + 5))
    done
    return 1
}

# slot_open N SLOT: starts slot N's session with its JIT mode and the case's setup, and waits
# until it answers. psql reads its input from a FIFO the driver keeps open, and answers by
# writing to another FIFO from a \! command: the answer comes when the statements before it
# are done. ON_ERROR_STOP is off: a failing statement leaves its answer unset (see slot_time).
slot_open() {
    local n=$1 id rows variant mode setup dir cap fd
    IFS='|' read -r id rows variant mode <<<"$2"
    dir=$(slot_dir)
    mkdir -p "$dir"
    rm -f "$dir/$n.in" "$dir/$n.ret"
    mkfifo "$dir/$n.in" "$dir/$n.ret"
    exec {fd}<>"$dir/$n.ret"  # read-write: opening it never blocks, and a writer never fails
    SLOT_RET[$n]=$fd
    cap=$(case_cap "$id")
    # psql must not inherit the other sessions' FIFOs: one holding another's input open would
    # keep that session from seeing the end of its input when it is closed.
    (
        for fd in "${SLOT_IN[@]}" "${SLOT_RET[@]}"; do exec {fd}>&-; done
        PGOPTIONS="-c statement_timeout=${cap}s" exec psql -X -q -A -t <"$dir/$n.in" >"$dir/$n.log" 2>&1
    ) &
    SLOT_PID[$n]=$!
    exec {fd}>"$dir/$n.in"
    SLOT_IN[$n]=$fd
    setup=${CASE_SETUP[$id]:-}
    [ "$mode" != off ] || setup="SET jit = off${setup:+; $setup}"
    [ -z "$setup" ] || slot_send "$n" "$setup;"
    slot_send "$n" "\\! echo ready >$dir/$n.ret" && [ "$(slot_reply "$n" 60)" = ready ]
}

# slot_close N: ends slot N's session (psql exits at the end of its input).
slot_close() {
    local n=$1 fd
    fd=${SLOT_IN[$n]}
    exec {fd}>&-
    wait "${SLOT_PID[$n]}" 2>/dev/null || true
    fd=${SLOT_RET[$n]}
    exec {fd}>&-
    unset "SLOT_IN[$n]" "SLOT_RET[$n]" "SLOT_PID[$n]"
}

# slot_time N SLOT: one run of the slot's query; prints milliseconds, T when it hit the cap,
# or "error" (the statement failed, or the session is gone: its log says why).
slot_time() {
    local n=$1 id rows variant mode query answer
    IFS='|' read -r id rows variant mode <<<"$2"
    query=$(query_for "$id" "$rows" "$variant")
    # bench_time returns NULL at the cap; \gset would unset the variable for a NULL, so the
    # cap reads T. After an error t stays unset and psql leaves ":t" as it is.
    # shellcheck disable=SC2016  # $bench$ is SQL dollar quoting; $BENCH_T is for \!'s shell
    if ! slot_send "$n" "\\unset t
SELECT coalesce(bench_time(\$bench\$$query\$bench\$)::text, 'T') AS t \\gset
\\setenv BENCH_T :t
\\! echo \"\$BENCH_T\" >$(slot_dir)/$n.ret" || ! answer=$(slot_reply "$n" "$(case_cap "$id")"); then
        echo error
        return
    fi
    case $answer in
    T) echo T ;;
    '' | *[!0-9.]*) echo error ;;
    *) echo "$answer" ;;
    esac
}

# slot_record SLOT STATUS RUNS…: appends "case rows variant status median min max runs" to
# the slot's JIT mode's timings file (|-separated, runs comma-separated); status is ok,
# timeout (the median hit the cap), n/a or error.
slot_record() {
    local id rows variant mode status=$2 stats=('' '' '') joined=''
    IFS='|' read -r id rows variant mode <<<"$1"
    shift 2
    if [ "$status" = ok ]; then
        read -r -a stats <<<"$(median_min_max "$@")"
        [ "${stats[0]}" != T ] || status=timeout
    fi
    if [ "$status" = timeout ] && [ $# -eq 0 ]; then set -- T; stats=(T T T); fi
    joined=$(IFS=,; echo "$*")
    printf '%s|%s|%s|%s|%s|%s|%s|%s\n' "$id" "$rows" "$variant" "$status" \
        "${stats[0]}" "${stats[1]}" "${stats[2]}" "$joined" >>"$(timings_file "$mode")"
    if [ "$status" = n/a ]; then return; fi
    log "  $id $variant (jit $mode): $status, median ${stats[0]:-n/a} ms (runs: ${joined:-none})"
}

# time_slots SLOT…: times every slot, interleaved (see the top of this file), and records
# each one's runs. Slots whose variant does not exist at that size are recorded as n/a.
time_slots() {
    local slots=() n id rows variant mode value round most=0
    local -A state=() runs=() wanted=()
    for n in "$@"; do
        IFS='|' read -r id rows variant mode <<<"$n"
        if variant_available "$variant" "$rows" "$id"; then
            slots+=("$n")
        else
            slot_record "$n" n/a
        fi
    done
    for n in "${!slots[@]}"; do
        IFS='|' read -r id rows variant mode <<<"${slots[$n]}"
        wanted[$n]=$(case_runs "$id")
        [ "${wanted[$n]}" -le "$most" ] || most=${wanted[$n]}
        state[$n]=ok runs[$n]=''
        slot_open "$n" "${slots[$n]}" || state[$n]=error
    done
    for n in "${!slots[@]}"; do  # the warm-up
        [ "${state[$n]}" = ok ] || continue
        value=$(slot_time "$n" "${slots[$n]}")
        case $value in T) state[$n]=timeout ;; error) state[$n]=error ;; esac
    done
    for ((round = 0; round < most; round++)); do
        for n in "${!slots[@]}"; do
            if [ "${state[$n]}" != ok ] || [ "$round" -ge "${wanted[$n]}" ]; then continue; fi
            value=$(slot_time "$n" "${slots[$n]}")
            if [ "$value" = error ]; then state[$n]=error; continue; fi
            runs[$n]+=" $value"
        done
    done
    for n in "${!slots[@]}"; do
        slot_close "$n"
        if [ "${state[$n]}" = error ]; then
            log "  session log of ${slots[$n]}: $(tr '\n' ' ' <"$(slot_dir)/$n.log")"
        fi
        # shellcheck disable=SC2086  # the runs, one word each
        slot_record "${slots[$n]}" "${state[$n]}" ${runs[$n]}
    done
}

# case_slots CASE ROWS VARIANT…: the slots of a case, each variant in each JIT mode.
case_slots() {
    local id=$1 rows=$2 variant mode
    shift 2
    for variant in "$@"; do
        for mode in "${JIT_MODES[@]}"; do echo "$id|$rows|$variant|$mode"; done
    done
}
