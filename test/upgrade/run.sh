#!/usr/bin/env bash
# test/upgrade/run.sh [OLD:NEW…] — pg_upgrade of a cluster holding seqint servers and tables,
# from 13 to 18, from 15 (the system's) to 18, and from 13 to 15 by default. In the old cluster: the
# extension at its first release (CREATE EXTENSION … VERSION '1.0', so that the update has
# something to do) and the objects of test/lib/objects.sql: every column type seqint fills,
# domains, options at the server and the table level, views, grants and comments. After
# pg_upgrade to the new major version:
# - every table answers exactly as before: test/lib/checksums.sql (options, comments,
#   privileges, one checksum row per table: count, sum, min, max, md5 of its ends; the views)
#   prints the same text on the new cluster as on the old;
# - ALTER EXTENSION seqint_fdw UPDATE takes it to the default version, with 1.2's
#   seqint_fdw_describe() (new in 1.1, its values text since 1.2), and the checksums are
#   still the same.
#
# The extension is this tree's, built and installed into a scratch overlay of each
# installation (test/lib/overlay.sh): the installations are never written to. The 13 and 18
# installations are the ones test/versions.sh builds (test/lib/pgbuild.sh's cache): when one
# is missing, the pair says so loudly and counts as failed. Clusters are throwaway, with
# their sockets in their own folder, as the postgres user when root (pg_upgrade refuses
# root too). Ends with one line "N passed, N failed"; SEQINT_KEEP=1 keeps the work folder.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
source test/lib/cluster.sh
source test/lib/overlay.sh
source test/lib/suites.sh

work=$(mktemp -d -t seqint-upgrade.XXXXXX) || exit 1
trap '[ -n "${SEQINT_KEEP:-}" ] && echo "kept $work" || rm -rf "$work"' EXIT
chmod 755 "$work"
[ "$(id -u)" = 0 ] && chown postgres: "$work"

pairs=("$@")
[ ${#pairs[@]} -eq 0 ] && pairs=(13:18 15:18 13:15)

# upgrade OLD NEW: the suite for one pair, in a subshell of its own (its servers are stopped
# on exit); prints ok/FAILED lines and "N passed, N failed".
upgrade() (
    old=$1 new=$2
    source test/lib/checks.sh
    dir=$work/$old-$new
    mkdir -p "$dir" && chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    servers=()
    stop_servers() {
        local data
        for data in "${servers[@]}"; do
            [ -f "$data/postmaster.pid" ] &&
                as_cluster_owner "$bin_new/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1
        done
    }
    trap stop_servers EXIT
    give_up() {
        check_fail "$1"
        checks_finish
        exit
    }

    # the installations, with this tree's extension
    declare -A bins pg_configs
    for major in "$old" "$new"; do
        pg_configs[$major]=$(seqint_pg_config "$major") || give_up "PostgreSQL $major is built (test/versions.sh)"
    done
    for major in "$old" "$new"; do
        bins[$major]=$(seqint_overlay "${pg_configs[$major]}" "${SEQINT_OVERLAYS:-$work}/overlay-$major" 2>"$dir/build-$major.log") || {
            cat "$dir/build-$major.log"
            give_up "PostgreSQL $major: the extension builds and installs"
        }
    done
    bin_old=${bins[$old]} bin_new=${bins[$new]}
    socket=$dir/socket
    mkdir -p "$socket" && chmod 700 "$socket"
    [ "$(id -u)" = 0 ] && chown postgres: "$socket"
    port_old=$(cluster_free_port) || give_up "a free port"

    # initdb_cluster BINDIR DATA: a cluster as test/lib/cluster.sh makes them; pg_upgrade wants
    # the same encoding, locale and data checksums (on by default from 18) on both sides.
    initdb_cluster() {
        local options=(-D "$2" -U postgres --auth=trust --no-sync --encoding=UTF8 --locale=C)
        # Captured first: initdb writes its help unbuffered, line by line, so a grep -q that stops
        # at the match would leave it a SIGPIPE, and pipefail would call the option missing.
        local help
        help=$("$1/initdb" --help)
        [[ $help == *--no-data-checksums* ]] && options+=(--no-data-checksums)
        as_cluster_owner "$1/initdb" "${options[@]}" >"$2.initdb.log" 2>&1 || {
            cat "$2.initdb.log"
            return 1
        }
    }
    # start_cluster BINDIR DATA PORT
    start_cluster() {
        servers+=("$2")
        as_cluster_owner "$1/pg_ctl" -D "$2" -l "$2.log" -w \
            -o "-p $3 -k $socket -c listen_addresses='' -c fsync=off" start >/dev/null || {
            cat "$2.log"
            return 1
        }
    }
    psql_old() { "$bin_old/psql" -X -q -h "$socket" -p "$port_old" -U postgres -v ON_ERROR_STOP=1 "$@"; }
    psql_new() { "$bin_new/psql" -X -q -h "$socket" -p "$port_new" -U postgres -v ON_ERROR_STOP=1 "$@"; }

    echo "-- PostgreSQL $old: the old cluster, seqint_fdw 1.0 and the objects"
    initdb_cluster "$bin_old" "$dir/old" && start_cluster "$bin_old" "$dir/old" "$port_old" ||
        give_up "PostgreSQL $old: a cluster starts"
    if psql_old -c "CREATE DATABASE seqint_upgrade" &&
        psql_old -d seqint_upgrade -c "CREATE EXTENSION seqint_fdw VERSION '1.0'" -f test/lib/objects.sql &&
        psql_old -d seqint_upgrade -f test/lib/checksums.sql >"$dir/before.out" 2>&1 &&
        ! grep -qE 'ERROR|FATAL' "$dir/before.out"; then
        check_pass "PostgreSQL $old: seqint_fdw 1.0 with its objects, answering ($(grep -c '' "$dir/before.out") lines)"
    else
        cat "$dir/before.out" 2>/dev/null | grep -E 'ERROR|FATAL'
        give_up "PostgreSQL $old: seqint_fdw 1.0 with its objects, answering"
    fi
    # PostgreSQL 15.20 (Debian's bookworm-security update of November 2026) writes an attribute
    # option pg_attver on every column it creates, which 18.6 does not know: pg_upgrade's
    # restore then fails on the first column of any table ('unrecognized parameter
    # "pg_attver"'), seqint or not, and ALTER … RESET does not remove it. Until the two agree,
    # the option is cleared from the old catalog before the upgrade, loudly.
    attver=$(psql_old -d seqint_upgrade -A -t -c "SELECT count(*) FROM pg_attribute
        WHERE attrelid >= 16384 AND attoptions::text LIKE '%pg_attver=%'")
    if [ "${attver:-0}" -gt 0 ] && ! grep -qa pg_attver "$bin_new/postgres"; then
        echo "!! PostgreSQL $old set pg_attver on $attver columns, which PostgreSQL $new rejects: pg_upgrade"
        echo "!! fails on any table with it (a PostgreSQL incompatibility, not seqint's). Cleared from"
        echo "!! the old catalog first (SEQINT_UPGRADE_KEEP_ATTVER=1 keeps it, to see the failure)."
        if [ -z "${SEQINT_UPGRADE_KEEP_ATTVER:-}" ]; then
            for db in $(psql_old -A -t -c "SELECT datname FROM pg_database WHERE datallowconn"); do
                psql_old -d "$db" -c "UPDATE pg_attribute
                    SET attoptions = nullif(array(SELECT o FROM unnest(attoptions) o WHERE o NOT LIKE 'pg_attver=%'), '{}')
                    WHERE attrelid >= 16384 AND attoptions::text LIKE '%pg_attver=%'" >/dev/null ||
                    give_up "PostgreSQL $old: pg_attver cleared in database $db"
            done
        fi
    fi
    as_cluster_owner "$bin_old/pg_ctl" -D "$dir/old" -m fast -w stop >/dev/null ||
        give_up "PostgreSQL $old: a clean shutdown"

    echo "-- pg_upgrade $old → $new"
    initdb_cluster "$bin_new" "$dir/new" || give_up "PostgreSQL $new: initdb"
    port_new=$(cluster_free_port) || give_up "a free port"
    [ "$port_new" = "$port_old" ] && port_new=$((port_old + 1))
    # pg_upgrade writes its logs where it runs: in $dir, the postgres user's
    started=$SECONDS
    if (cd "$dir" && as_cluster_owner "$bin_new/pg_upgrade" -b "$bin_old" -B "$bin_new" \
        -d "$dir/old" -D "$dir/new" -U postgres -s "$socket" -p "$port_old" -P "$port_new" \
        >"$dir/pg_upgrade.out" 2>&1); then
        check_pass "pg_upgrade $old → $new succeeds ($((SECONDS - started)) s)"
    else
        tail -n 30 "$dir/pg_upgrade.out"
        find "$dir" -name 'loadable_libraries.txt' -exec cat {} \; 2>/dev/null
        give_up "pg_upgrade $old → $new succeeds"
    fi

    start_cluster "$bin_new" "$dir/new" "$port_new" || give_up "PostgreSQL $new: the upgraded cluster starts"
    psql_new -d seqint_upgrade -f test/lib/checksums.sql >"$dir/upgraded.out" 2>&1
    if diff -u "$dir/before.out" "$dir/upgraded.out" >"$dir/upgraded.diff"; then
        check_pass "PostgreSQL $new: every table answers as before the upgrade (checksums, options, grants, comments, views)"
    else
        head -n 60 "$dir/upgraded.diff"
        check_fail "PostgreSQL $new: every table answers as before the upgrade"
    fi
    check "PostgreSQL $new: the extension is still at 1.0" \
        [ "$(psql_new -d seqint_upgrade -A -t -c "SELECT extversion FROM pg_extension WHERE extname = 'seqint_fdw'")" = 1.0 ]

    # pg_upgrade lists the extensions that have a newer version in update_extensions.sql
    # (in the folder it ran in), since PostgreSQL 14 (13's pg_upgrade does not)
    if [ -f "$dir/update_extensions.sql" ]; then
        check "pg_upgrade's update_extensions.sql names seqint_fdw" \
            grep -q 'ALTER EXTENSION "seqint_fdw" UPDATE' "$dir/update_extensions.sql"
    fi
    # the update to the default version
    default=$(psql_new -d seqint_upgrade -A -t -c "SELECT default_version FROM pg_available_extensions WHERE name = 'seqint_fdw'")
    check "ALTER EXTENSION seqint_fdw UPDATE: 1.0 → ${default:-?}" \
        [ "$(psql_new -d seqint_upgrade -A -t -c "ALTER EXTENSION seqint_fdw UPDATE" \
            -c "SELECT extversion FROM pg_extension WHERE extname = 'seqint_fdw'")" = "$default" -a "$default" != 1.0 ]
    describe=$(psql_new -d seqint_upgrade -A -t -c "SELECT pg_typeof(start) FROM seqint_fdw_describe('t_numeric')" 2>&1)
    check "seqint_fdw_describe(), new in 1.1, answers after the update, start as text as from 1.2 (${describe:-nothing})" [ "$describe" = text ]
    psql_new -d seqint_upgrade -f test/lib/checksums.sql >"$dir/updated.out" 2>&1
    if diff -u "$dir/before.out" "$dir/updated.out" >"$dir/updated.diff"; then
        check_pass "PostgreSQL $new: every table answers as before after the update too"
    else
        head -n 60 "$dir/updated.diff"
        check_fail "PostgreSQL $new: every table answers as before after the update too"
    fi
    check "no server crashed (the logs)" \
        [ -z "$(grep -hE 'terminated by signal|was terminated|PANIC' "$dir"/*.log)" ]
    checks_finish
)

for pair in "${pairs[@]}"; do
    started=$SECONDS
    echo "== upgrade: PostgreSQL ${pair%:*} → ${pair#*:}"
    suite_version="${pair%:*}→${pair#*:}"  # each pair its own figures, where test/lib/suites.sh keeps them
    run_suite "upgrade ${pair%:*} → ${pair#*:}" upgrade "${pair%:*}" "${pair#*:}"
    echo "(PostgreSQL ${pair%:*} → ${pair#*:}: $((SECONDS - started)) s)"
done
finish
