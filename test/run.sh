#!/usr/bin/env bash
# test/run.sh — every test of seqint_fdw, against a throwaway cluster; the README's test command.
#
# Installs what it needs when missing, builds (warnings are errors here), runs the unit tests
# of the core and its libFuzzer targets (test/fuzz, a bounded run), checks that every C/C++
# file is formatted (test/format.sh), that the README's examples are the suite's and that
# META.json agrees with the tree, installs the extension, starts a throwaway cluster, runs
# the pg_regress and isolation suites, the randomized comparison with
# generate_series (a libpq client; SEQINT_ORACLE_CASES integer cases, 500 by default, and
# SEQINT_ORACLE_TIME_CASES time cases, 500 by default, with a fresh seed each run that it
# prints for replay) and the hardening checks (test/hardening:
# cancellation, 10^5 failing queries, dump and restore, a pgbench soak of SEQINT_SOAK_SECONDS,
# 60 by default), and always removes the cluster; then the pg_regress suite and the oracle
# again against a build with AddressSanitizer and UndefinedBehaviorSanitizer
# (test/sanitize/run.sh); then pg_upgrade and hot standby suites (test/upgrade/run.sh,
# test/standby/run.sh). Ends with one line "N passed, N failed" over every suite; exits
# non-zero when anything failed.
# Also, after the suites on this installation: the pg_regress suite, the oracle and the
# hardening checks against PostgreSQL 13 and 18, built from Debian's source packages the
# first time and cached in /var/cache/seqint_fdw (test/versions.sh); the last line then
# also gives the figures of each PostgreSQL version.
set -uo pipefail
cd "$(dirname "$0")/.."
source test/lib/deps.sh
source test/lib/cluster.sh
source test/lib/suites.sh

seqint_need_packages "${SEQINT_BUILD_PACKAGES[@]}" "${SEQINT_TEST_PACKAGES[@]}" || {
    count dependencies 0 1
    finish
}
# The programs of the installation under test first on PATH (pg_dump, pgbench, psql): with
# PG_CONFIG naming another one, the hardening checks use its own, not an older pg_dump.
PATH="$("$PG_CONFIG" --bindir):$PATH"

echo "== build"
if ! make -s EXTRA_CXXFLAGS=-Werror || ! as_root make -s install; then
    count build 0 1
    finish
fi

echo "== unit tests"
unit_log=$(mktemp)
make -s EXTRA_CXXFLAGS=-Werror test/unit/seqint_unit && test/unit/seqint_unit --gtest_brief=1 | tee "$unit_log"
unit_passed=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) tests\?\..*/\1/p' "$unit_log")
unit_failed=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) tests\?, listed below.*/\1/p' "$unit_log")
if [ -z "$unit_passed$unit_failed" ]; then unit_failed=1; fi  # it did not build or crashed
count "unit tests" "${unit_passed:-0}" "${unit_failed:-0}"
[ "${unit_failed:-0}" -eq 0 ] || note_failures "unit tests" "$unit_log"
rm -f "$unit_log"

# The core's libFuzzer targets, about 35 s in all (SEQINT_FUZZ_SECONDS per target; see
# test/fuzz/README.md). One passed or failed per target.
echo "== fuzzing (test/fuzz/run.sh)"
run_suite fuzz test/fuzz/run.sh

# Every tracked C and C++ file as clang-format lays it out (.clang-format, src/pg/.clang-format).
echo "== format (test/format.sh)"
run_suite format test/format.sh

echo "== README examples and META.json"
# Each script prints "ok N - …" / "not ok N - …" lines; one that dies without them fails once.
for check in test/docs/readme_examples.pl test/packaging/meta_json.pl; do
    check_log=$("$check" 2>&1)
    check_status=$?
    echo "$check_log"
    check_passed=$(grep -c '^ok ' <<<"$check_log")
    check_failed=$(grep -c '^not ok ' <<<"$check_log")
    if [ "$check_status" -ne 0 ] && [ "$check_failed" -eq 0 ]; then check_failed=1; fi
    count "$check" "$check_passed" "$check_failed"
    [ "$check_failed" -eq 0 ] || note_failures "$check" - <<<"$check_log"
done

cluster_start || {
    count cluster 0 1
    finish
}

echo "== pg_regress"
run_regress

echo "== isolation (pg_isolation_regress)"
run_isolation

echo "== randomized oracle (generate_series)"
run_suite oracle oracle "${SEQINT_ORACLE_CASES:-500}"
echo "== randomized oracle, time sequences (generate_series, start + k * step)"
run_suite "time oracle" oracle 0 "${SEQINT_ORACLE_TIME_CASES:-500}"

echo "== hardening (cancellation, error-path memory, dump/restore, soak)"
run_suite hardening env CLUSTER_DIR="$CLUSTER_DIR" test/hardening/run.sh  # in this cluster

# The same suites against the extension built with ASan and UBSan, on a cluster of its own
# (this one is no longer needed); see test/sanitize/run.sh.
cluster_stop

# The pg_regress suite, the oracle and the hardening checks again against PostgreSQL 13 and
# 18 (test/versions.sh; it builds them the first time, before anything else needs them);
# their figures count per version in the last line.
echo "== PostgreSQL 13 and 18 (test/versions.sh)"
run_suite versions env PG_CONFIG="$PG_CONFIG" test/versions.sh

echo "== sanitizers"
run_suite sanitizers env PG_CONFIG="$PG_CONFIG" test/sanitize/run.sh

# pg_upgrade (13 → 18, 15 → 18, 13 → 15) and a hot standby (on 15, and on 13 and 18 when
# built), after the builds of 13 and 18 exist (a missing one fails the upgrade pairs that
# need it). This tree's extension goes into overlays of each installation, shared by both.
SEQINT_OVERLAYS=$(mktemp -d -t seqint-overlays.XXXXXX) && chmod 755 "$SEQINT_OVERLAYS"
export SEQINT_OVERLAYS
trap 'rm -rf "$SEQINT_OVERLAYS"' EXIT
echo "== pg_upgrade (test/upgrade/run.sh)"
run_suite upgrade test/upgrade/run.sh
echo "== hot standby (test/standby/run.sh)"
run_suite standby test/standby/run.sh

finish
