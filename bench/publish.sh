#!/usr/bin/env bash
# bench/publish.sh [DIR] — copies the latest results of bench/run.sh (DIR, default bench/out)
# into bench/results/, the committed copy the README links to. Run it after a full run:
# results of a --quick run are refused, since they are not comparable.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SRC=${1:-$BENCH_DIR/out}
DEST=$BENCH_DIR/results
FILES=(results.txt results.csv results.json time.png memory.png)

for file in "${FILES[@]}"; do
    [ -f "$SRC/$file" ] || { echo "publish: $SRC/$file is missing: run bench/run.sh first" >&2; exit 1; }
done
if head -n 1 "$SRC/results.txt" | grep -q 'quick run'; then
    echo "publish: $SRC holds a --quick run; publish a full run" >&2
    exit 1
fi
mkdir -p "$DEST"
for file in "${FILES[@]}"; do cp "$SRC/$file" "$DEST/$file"; done
echo "published $(sed -n "s/^date: *//p" "$SRC/results.txt") results from $SRC to $DEST: ${FILES[*]}"
