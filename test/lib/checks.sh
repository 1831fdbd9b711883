# test/lib/checks.sh — counts the checks of a shell test and prints its summary line.
# Source it, call `check_pass WHAT` / `check_fail WHAT [WHY]` (or `check WHAT COMMAND…`),
# and end with `checks_finish`, which prints "N passed, N failed" and returns non-zero
# when a check failed.

checks_passed=0
checks_failed=0

check_pass() {
    echo "ok: $1"
    checks_passed=$((checks_passed + 1))
}

# check_fail WHAT [WHY]: WHY on the same line, its lines joined by " | ", so that the one
# line a summary of failures repeats (test/lib/suites.sh) carries it whole.
check_fail() {
    local why=${2:-}
    why=${why//$'\n'/ | }
    echo "FAILED: $1${why:+ — $why}"
    checks_failed=$((checks_failed + 1))
}

# check WHAT COMMAND…: passes when COMMAND succeeds.
check() {
    local what=$1
    shift
    if "$@"; then check_pass "$what"; else check_fail "$what"; fi
}

checks_finish() {
    echo "$checks_passed passed, $checks_failed failed"
    [ "$checks_failed" -eq 0 ]
}

# Milliseconds since the epoch.
now_ms() {
    echo $(($(date +%s%N) / 1000000))
}
