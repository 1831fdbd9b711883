#!/usr/bin/env bash
# test/hardening/run.sh [SCRIPT…] — the hardening checks: cancellation, memory over
# many failing queries, dump/restore round trip and a pgbench soak (test/hardening/*.sh by
# default). Uses the cluster that PGHOST names when test/run.sh started one, or starts a
# throwaway cluster itself; the extension must be installed (make install). Ends with one
# line "N passed, N failed" over every script.
set -uo pipefail
cd "$(dirname "$0")/../.."
source test/lib/cluster.sh
source test/lib/suites.sh

if [ -z "${CLUSTER_DIR:-}" ]; then
    cluster_start || exit 1
fi
export CLUSTER_DIR  # the scripts read the server's log from it

scripts=("$@")
[ ${#scripts[@]} -eq 0 ] && scripts=(cancel error_memory dump_restore soak)

for script in "${scripts[@]}"; do
    echo "-- $script"
    run_suite "$script" bash "test/hardening/$script.sh"
done
finish
