#!/usr/bin/env bash
# test/standby/run.sh [MAJOR…] — seqint_fdw on a hot standby: a streaming replica made with
# pg_basebackup from a primary answers seqint queries (serial, parallel, aggregates pushed
# down, joins; test/standby/queries.sql and test/lib/checksums.sql over the objects of
# test/lib/objects.sql) exactly as the primary does, plans included; and options changed on
# the primary (ALTER SERVER, ALTER FOREIGN TABLE … OPTIONS) show on the replica once
# replayed, also to a statement the replica's session prepared before the change.
#
# Runs on each MAJOR given, by default on 15 (the system's) and on 13 and 18 when
# test/versions.sh has built them (test/lib/pgbuild.sh's cache; a missing build is said
# loudly and skipped: test/versions.sh counts it). The extension is this tree's, built and
# installed into a scratch overlay of each installation (test/lib/overlay.sh), which is
# never written to. Both clusters are throwaway, with their own sockets, as the postgres
# user when root (test/lib/cluster.sh). Replay is waited for by polling the replica's
# pg_last_wal_replay_lsn() (SEQINT_REPLAY_TIMEOUT, 300 s, is a guard, not an expectation).
# Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
source test/lib/cluster.sh
source test/lib/overlay.sh
source test/lib/suites.sh

work=$(mktemp -d -t seqint-standby.XXXXXX) || exit 1
trap '[ -n "${SEQINT_KEEP:-}" ] && echo "kept $work" || rm -rf "$work"' EXIT
chmod 755 "$work"

majors=("$@")
if [ ${#majors[@]} -eq 0 ]; then
    majors=(15)
    for major in 13 18; do
        if seqint_pg_built $major; then majors+=($major); else seqint_pg_config $major; fi
    done
fi

# standby MAJOR: the suite on PostgreSQL MAJOR, in a subshell of its own (its clusters'
# EXIT trap); prints ok/FAILED lines and "N passed, N failed".
standby() (
    major=$1
    source test/lib/checks.sh
    out=$work/$major
    mkdir -p "$out"
    pg_config=$(seqint_pg_config "$major") || { check_fail "PostgreSQL $major is built"; checks_finish; exit; }
    echo "-- PostgreSQL $major: building the extension into an overlay of $(dirname "$(dirname "$pg_config")")"
    bindir=$(seqint_overlay "$pg_config" "${SEQINT_OVERLAYS:-$work}/overlay-$major" 2>"$out/build.log") || {
        cat "$out/build.log"
        check_fail "PostgreSQL $major: the extension builds and installs"
        checks_finish
        exit
    }
    export PG_CONFIG=$bindir/pg_config PATH=$bindir:$PATH
    psql=(psql -X -q -v ON_ERROR_STOP=1)
    on_replica() { PGHOST=$REPLICA_DIR PGPORT=$REPLICA_PORT "$@"; }

    if ! cluster_start || ! "${psql[@]}" -c "CREATE EXTENSION seqint_fdw" -f test/lib/objects.sql; then
        check_fail "PostgreSQL $major: a primary with the seqint objects"
        checks_finish
        exit
    fi
    if cluster_replica && cluster_wait_replay; then
        check_pass "PostgreSQL $major: a streaming replica from pg_basebackup, caught up"
    else
        check_fail "PostgreSQL $major: a streaming replica from pg_basebackup, caught up"
        checks_finish
        exit
    fi
    check "the replica is a hot standby (pg_is_in_recovery)" \
        [ "$(on_replica psql -X -A -t -c "SELECT pg_is_in_recovery()")" = t ]
    # The base backup may hold all the WAL replayed so far: the walsender can still be
    # starting or catching up. Polled until it streams (the same bounded wait as replay).
    deadline=$((SECONDS + ${SEQINT_REPLAY_TIMEOUT:-300}))
    until [ "$(psql -X -A -t -c "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")" = 1 ] ||
        [ "$SECONDS" -ge "$deadline" ]; do
        sleep 0.1
    done
    check "the replica streams from the primary (pg_stat_replication)" \
        [ "$(psql -X -A -t -c "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")" = 1 ]

    # answers NAME: the queries' output on both, compared; both kept in $out.
    answers() {
        local name=$1 side
        for side in primary replica; do
            if [ $side = primary ]; then
                "${psql[@]}" -f test/lib/checksums.sql -f test/standby/queries.sql >"$out/$name.$side" 2>&1
            else
                on_replica "${psql[@]}" -f test/lib/checksums.sql -f test/standby/queries.sql >"$out/$name.$side" 2>&1
            fi
        done
        check "$name: the primary answers every query" \
            [ -s "$out/$name.primary" -a -z "$(grep -E 'ERROR|FATAL' "$out/$name.primary")" ]
        if diff -u "$out/$name.primary" "$out/$name.replica" >"$out/$name.diff"; then
            check_pass "$name: the replica answers exactly as the primary ($(grep -c '' "$out/$name.primary") lines)"
        else
            head -n 60 "$out/$name.diff"
            check_fail "$name: the replica answers exactly as the primary"
        fi
        for plan in 'Parallel Foreign Scan' 'Gather Merge' 'Pushed Down: aggregates'; do
            check "$name: the replica's plans have a $plan" grep -q "$plan" "$out/$name.replica"
        done
    }
    answers "before the options change"

    # The change, on the primary (test/standby/change.sql), made from inside a session of the
    # replica (psql's \!) that prepared a statement before it and executes it again once the
    # change is replayed: the replayed change must invalidate that session's plan too.
    export REPLICA_DIR REPLICA_PORT CLUSTER_DIR PRIMARY_PORT=$PGPORT
    on_replica psql -X -q -A -t >"$out/session" 2>&1 <<'SQL'
PREPARE small AS SELECT array_agg(val) FROM t_integer WHERE val < 40;
EXECUTE small;
\! PGHOST=$CLUSTER_DIR PGPORT=$PRIMARY_PORT psql -X -q -v ON_ERROR_STOP=1 -f test/standby/change.sql && echo changed
\! PGHOST=$CLUSTER_DIR PGPORT=$PRIMARY_PORT bash -c 'source test/lib/cluster.sh && cluster_wait_replay && echo replayed'
EXECUTE small;
SQL
    session=$(tr '\n' ' ' <"$out/session")
    check "the replica's session: a prepared statement, the change on the primary, its replay, the statement again ($session)" \
        [ "$session" = "{-5,-2,1,4,7,10,13,16,19,22,25,28,31,34,37} changed replayed {-4,0,4,8,12,16,20,24,28,32,36} " ]
    answers "after the options change"
    check "the replica answers with the new options (days 1 … 4)" \
        [ "$(on_replica psql -X -A -t -c "SELECT array_agg(day) FROM calendar.days")" = "{1,2,3,4}" ]
    check "the replica answers with the new options (10^15 → 2·10^15 values)" \
        [ "$(on_replica psql -X -A -t -c "SELECT count(*) FROM t_bigint_huge")" = 2000000000000000 ]

    # a standby is read-only: changing options there is refused, not half done
    refused=$(on_replica psql -X -A -t -v VERBOSITY=verbose -c "ALTER SERVER ranged_srv OPTIONS (SET step '5')" 2>&1)
    check "ALTER SERVER on the replica fails with SQLSTATE 25006 (read-only transaction)" \
        grep -q 'ERROR:  25006' <<<"$refused"
    check "no server crashed (both logs)" \
        [ -z "$(grep -hE 'terminated by signal|was terminated|PANIC' "$CLUSTER_DIR/server.log" "$REPLICA_DIR/server.log")" ]
    checks_finish
)

for major in "${majors[@]}"; do
    started=$SECONDS
    echo "== standby: PostgreSQL $major"
    suite_version=$major  # per-version totals, where test/lib/suites.sh keeps them
    run_suite "standby $major" standby "$major"
    echo "(PostgreSQL $major: $((SECONDS - started)) s)"
done
finish
