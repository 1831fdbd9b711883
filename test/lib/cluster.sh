# test/lib/cluster.sh — a throwaway PostgreSQL cluster, for tests, the smoke test and benchmarks.
#
# Source it and call cluster_start: it makes a cluster in a fresh mktemp -d folder, starts it
# on a free port with its socket in that folder (no TCP: it never meets a user's server),
# exports PGHOST, PGPORT, PGUSER and PGDATABASE, and sets an EXIT trap that always stops the
# server and removes the folder. initdb refuses to run as root, so as root the cluster
# belongs to the unprivileged `postgres` user. CLUSTER_POSTGRES, when set, names the server
# executable to start instead of the installation's own (pg_ctl -p). cluster_replica adds a
# hot standby of it (pg_basebackup, streaming), cluster_wait_replay waits for its replay.

PG_CONFIG=${PG_CONFIG:-pg_config}
# How long pg_ctl -w waits for a start or stop (60 s by default): a guard against a server
# that never comes up, not a bound on speed. A sanitized server on a machine busy with
# builds can take longer than usual to finish recovery and start.
export PGCTLTIMEOUT=${PGCTLTIMEOUT:-600}

# Runs a command as the cluster's owner.
as_cluster_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A port no server on this machine listens on, TCP or socket.
cluster_free_port() {
    local port
    for port in $(seq 54320 54999); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
        ls /tmp/.s.PGSQL."$port" /var/run/postgresql/.s.PGSQL."$port" >/dev/null 2>&1 && continue
        # the throwaway clusters of this file listen on a socket in their own folder only
        ls "${TMPDIR:-/tmp}"/seqint-*/.s.PGSQL."$port" >/dev/null 2>&1 && continue
        echo "$port"
        return 0
    done
    echo "no free port in 54320-54999" >&2
    return 1
}

cluster_stop() {
    cluster_replica_stop
    [ -n "${CLUSTER_DIR:-}" ] || return 0
    if [ -f "$CLUSTER_DIR/data/postmaster.pid" ]; then
        as_cluster_owner "$CLUSTER_BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -m immediate -w stop \
            >/dev/null 2>&1
    fi
    rm -rf "$CLUSTER_DIR"
    CLUSTER_DIR=
}

# cluster_start [extra postgres -c settings…]
cluster_start() {
    CLUSTER_BINDIR=$("$PG_CONFIG" --bindir) || return 1
    CLUSTER_DIR=$(mktemp -d -t seqint-cluster.XXXXXX) || return 1
    trap cluster_stop EXIT
    trap 'exit 130' INT TERM
    [ "$(id -u)" = 0 ] && chown postgres: "$CLUSTER_DIR"

    as_cluster_owner "$CLUSTER_BINDIR/initdb" -D "$CLUSTER_DIR/data" -U postgres \
        --auth=trust --no-sync --encoding=UTF8 --locale=C >"$CLUSTER_DIR/initdb.log" 2>&1 || {
        cat "$CLUSTER_DIR/initdb.log" >&2
        return 1
    }
    local port settings=() setting server=()
    port=$(cluster_free_port) || return 1
    for setting in "$@"; do settings+=(-c "$setting"); done
    [ -n "${CLUSTER_POSTGRES:-}" ] && server=(-p "$CLUSTER_POSTGRES")
    as_cluster_owner "$CLUSTER_BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" \
        -w -o "-p $port -k $CLUSTER_DIR -c listen_addresses='' -c fsync=off ${settings[*]}" \
        "${server[@]}" start >/dev/null || {
        cat "$CLUSTER_DIR/server.log" >&2
        return 1
    }
    export PGHOST=$CLUSTER_DIR PGPORT=$port PGUSER=postgres PGDATABASE=postgres
}

# cluster_replica: a hot standby of the cluster cluster_start made, streaming from it: a base
# backup (pg_basebackup -R: standby.signal and primary_conninfo) in a folder of its own,
# started on another port with its socket there. Sets REPLICA_DIR and REPLICA_PORT (connect
# with PGHOST=$REPLICA_DIR PGPORT=$REPLICA_PORT); cluster_stop stops and removes it too.
cluster_replica() {
    local port
    REPLICA_DIR=$(mktemp -d -t seqint-replica.XXXXXX) || return 1
    [ "$(id -u)" = 0 ] && chown postgres: "$REPLICA_DIR"
    as_cluster_owner "$CLUSTER_BINDIR/pg_basebackup" -h "$CLUSTER_DIR" -p "$PGPORT" -U postgres \
        -D "$REPLICA_DIR/data" -R -X stream -c fast >"$REPLICA_DIR/basebackup.log" 2>&1 || {
        cat "$REPLICA_DIR/basebackup.log" >&2
        return 1
    }
    port=$(cluster_free_port) || return 1
    as_cluster_owner "$CLUSTER_BINDIR/pg_ctl" -D "$REPLICA_DIR/data" -l "$REPLICA_DIR/server.log" \
        -w -o "-p $port -k $REPLICA_DIR -c listen_addresses='' -c fsync=off" start >/dev/null || {
        cat "$REPLICA_DIR/server.log" >&2
        return 1
    }
    REPLICA_PORT=$port
}

cluster_replica_stop() {
    [ -n "${REPLICA_DIR:-}" ] || return 0
    if [ -f "$REPLICA_DIR/data/postmaster.pid" ]; then
        as_cluster_owner "$CLUSTER_BINDIR/pg_ctl" -D "$REPLICA_DIR/data" -m immediate -w stop \
            >/dev/null 2>&1
    fi
    rm -rf "$REPLICA_DIR"
    REPLICA_DIR=
}

# cluster_wait_replay [SECONDS]: waits until the replica has replayed everything the primary
# had written when called (pg_last_wal_replay_lsn() polled against pg_current_wal_lsn()).
# SECONDS (SEQINT_REPLAY_TIMEOUT, 300) is a guard against a replica that stopped
# replaying, not an expectation of speed. Fails, saying how far it got, when it runs out.
cluster_wait_replay() {
    local seconds=${1:-${SEQINT_REPLAY_TIMEOUT:-300}} target replayed deadline
    target=$(psql -X -A -t -c "SELECT pg_current_wal_lsn()") || return 1
    deadline=$((SECONDS + seconds))
    while :; do
        replayed=$(PGHOST=$REPLICA_DIR PGPORT=$REPLICA_PORT psql -X -A -t \
            -c "SELECT pg_last_wal_replay_lsn(), pg_last_wal_replay_lsn() >= '$target'::pg_lsn")
        [ "${replayed#*|}" = t ] && return 0
        if [ "$SECONDS" -ge "$deadline" ]; then
            echo "the replica replayed up to ${replayed%|*}, not $target, in $seconds s" >&2
            return 1
        fi
        sleep 0.1
    done
}
