#!/usr/bin/env bash
# test/versions.sh [MAJOR…] — the pg_regress and isolation suites, the oracle and the
# hardening checks against PostgreSQL 13 and 18 (or the majors given), besides the system's
# 15 that test/run.sh tests.
#
# Each server is built from Debian's source package the first time, into a cache outside the
# checkout, and reused afterwards (test/lib/pgbuild.sh; SEQINT_PG_CACHE, /var/cache/seqint_fdw
# by default). For each version: the extension is built warning-free (-Werror) in a scratch
# copy of the sources and installed into that server's installation (never the system's),
# a throwaway cluster is started (test/lib/cluster.sh), and the suites run with that
# version's programs first on PATH (pg_dump, pgbench, psql). A version whose source or build
# cannot be had is said loudly and counts as a failure: a version we claim is a version we
# test. Ends with "by version: PostgreSQL 13: …; PostgreSQL 18: …" and the line "N passed, N failed"; exits
# non-zero when anything failed. SEQINT_VERSIONS_ORACLE_CASES (300),
# SEQINT_VERSIONS_ORACLE_TIME_CASES (300) and SEQINT_VERSIONS_SOAK_SECONDS (20) bound the
# oracle's integer and time cases and the soak of each version.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
source test/lib/deps.sh
source test/lib/cluster.sh
source test/lib/suites.sh
source test/lib/pgbuild.sh

summary_per_version=1  # even for one version: test/run.sh counts the figures under it
majors=("$@")
[ ${#majors[@]} -eq 0 ] && majors=(13 18)
system_pg_config=$PG_CONFIG  # the oracle is a libpq client: the system's libpq speaks to all

work=$(mktemp -d -t seqint-versions.XXXXXX) || exit 1
cleanup() {
    cluster_stop
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

seqint_need_packages "${SEQINT_BUILD_PACKAGES[@]}" || {
    count dependencies 0 1
    finish
}

# test_version PREFIX BUILD: the suites against the installation PREFIX, where the build in
# BUILD is installed, in a cluster of their own; its own "N passed, N failed" line. Runs in
# a subshell (run_suite pipes it), so its totals, PATH and cluster stay its own.
test_version() {
    local prefix=$1 build=$2
    passed=0 failed=0 versions_counted=() version_passed=() version_failed=() summary_per_version=
    export PG_CONFIG=$prefix/bin/pg_config PATH=$prefix/bin:$PATH
    cluster_start || {
        count cluster 0 1
        finish
    }
    echo "== PostgreSQL $suite_version: pg_regress"
    run_regress -C "$build" PG_CONFIG="$PG_CONFIG"
    # the isolation suite (specs/), where the tree has one
    if [ -d "$build/specs" ] && declare -F run_isolation >/dev/null; then
        echo "== PostgreSQL $suite_version: pg_isolation_regress"
        run_isolation -C "$build" PG_CONFIG="$PG_CONFIG"
    fi
    # From 18 on the module names itself and its version (PG_MODULE_MAGIC_EXT): the
    # control file's default_version. The regression suite has loaded it by now.
    if [ "$suite_version" -ge 18 ]; then
        local want loaded
        want=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" seqint_fdw.control)
        loaded=$(psql -X -q -A -t -c "LOAD 'seqint_fdw'" \
            -c "SELECT version FROM pg_get_loaded_modules() WHERE module_name = 'seqint_fdw'")
        echo "pg_get_loaded_modules(): seqint_fdw ${loaded:-(missing)}, control file $want"
        if [ -n "$want" ] && [ "$loaded" = "$want" ]; then
            count "module version" 1 0
        else
            count "module version" 0 1
        fi
    fi
    echo "== PostgreSQL $suite_version: randomized oracle (generate_series)"
    PG_CONFIG=$system_pg_config run_suite oracle oracle "${SEQINT_VERSIONS_ORACLE_CASES:-300}"
    echo "== PostgreSQL $suite_version: randomized oracle, time sequences"
    PG_CONFIG=$system_pg_config run_suite "time oracle" oracle 0 \
        "${SEQINT_VERSIONS_ORACLE_TIME_CASES:-300}"
    echo "== PostgreSQL $suite_version: hardening"
    run_suite hardening env CLUSTER_DIR="$CLUSTER_DIR" \
        SEQINT_SOAK_SECONDS="${SEQINT_VERSIONS_SOAK_SECONDS:-20}" test/hardening/run.sh
    cluster_stop
    finish
}

# PostgreSQL 19 is not built here (no source package): the forms its declarations make fail
# to compile in C++ (src/pg/compat.hpp lists them) must not appear in the sources. Counted
# under "19 (declarations)", not as a tested version.
check_pg19_forms() {
    local forms='PointerGetDatum\((nullptr|NULL|0)\)|PG_RETURN_POINTER\((nullptr|NULL|0)\)|\bInt8GetDatum\b|\bPointerIsValid\b|\(Pointer\)'
    local found
    found=$(grep -rnE "$forms" src include | grep -vE '^[^:]+:[0-9]+: *//')
    suite_version="19 (declarations)"
    if [ -z "$found" ]; then
        count "sources free of what PostgreSQL 19 refuses in C++" 1 0
    else
        echo "$found"
        count "sources free of what PostgreSQL 19 refuses in C++" 0 1
    fi
}
check_pg19_forms

for major in "${majors[@]}"; do
    suite_version=$major
    started=$SECONDS
    echo "== PostgreSQL $major: server"
    if ! prefix=$(seqint_postgres_build "$major"); then
        echo "!! PostgreSQL $major could not be built: it is NOT tested (counted as failed)" >&2
        count "PostgreSQL $major server" 0 1
        continue
    fi
    pg_config=$prefix/bin/pg_config
    echo "== PostgreSQL $major: $("$pg_config" --version), built $(cat "$prefix/.seqint-built")"

    echo "== PostgreSQL $major: extension"
    # Sources only, so that no object of another version's build is linked.
    build=$work/build-$major
    mkdir -p "$build"
    if ! tar -c --exclude='*.o' --exclude='*.d' --exclude='*.bc' --exclude='*.so' \
        Makefile seqint_fdw.control ./*.sql include src sql expected $(ls -d specs 2>/dev/null) |
        tar -x -C "$build" ||
        ! make -s -C "$build" -j"$(nproc)" EXTRA_CXXFLAGS=-Werror PG_CONFIG="$pg_config" ||
        ! make -s -C "$build" install PG_CONFIG="$pg_config"; then
        count "PostgreSQL $major extension build" 0 1
        continue
    fi
    count "PostgreSQL $major extension build" 1 0
    chmod -R a+rX "$work"  # the cluster runs as postgres when we are root

    run_suite "PostgreSQL $major" test_version "$prefix" "$build"
    echo "== PostgreSQL $major: $((SECONDS - started)) s"
done

finish
