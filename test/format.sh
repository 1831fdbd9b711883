#!/usr/bin/env bash
# test/format.sh — every tracked C and C++ file as .clang-format (and src/pg/.clang-format)
# lays it out, checked with Debian's clang-format (installed when missing). One passed or
# failed per file; the failed ones are listed with the change clang-format would make.
# Ends with "N passed, N failed"; exits non-zero when a file is not formatted.
#
# To format the tree: clang-format -i $(git ls-files '*.cpp' '*.hpp' '*.c' '*.h')
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
source test/lib/deps.sh

seqint_need_packages clang-format || {
    echo "0 passed, 1 failed"
    exit 1
}
passed=0
failed=0
while IFS= read -r file; do
    if clang-format --dry-run --Werror "$file" >/dev/null 2>&1; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "not formatted: $file"
        clang-format "$file" | diff -u "$file" - | head -n 20
    fi
done < <(git ls-files '*.cpp' '*.hpp' '*.c' '*.h')
echo "clang-format $(clang-format --version | grep -o '[0-9][0-9.]*' | head -n 1)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
