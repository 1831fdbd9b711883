#!/usr/bin/env bash
# smoke_test.sh — builds and installs seqint_fdw, then queries it in a throwaway cluster.
#
# Installs what it needs when missing (Debian bookworm), uses sudo for `make install` when not
# run as root, and always stops and removes the cluster. Prints the 64 rows 0 … 63.
set -euo pipefail
cd "$(dirname "$0")"
source test/lib/deps.sh
source test/lib/cluster.sh

seqint_need_packages "${SEQINT_BUILD_PACKAGES[@]}"
make -s
as_root make -s install PG_CONFIG="$PG_CONFIG"

cluster_start
psql -X -v ON_ERROR_STOP=1 -f smoke_test.sql
