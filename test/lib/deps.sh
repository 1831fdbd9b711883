# test/lib/deps.sh — installs the Debian packages a script needs, only when they are missing.
# Source it, then: seqint_need_packages postgresql-15 postgresql-server-dev-15 …

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

seqint_need_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "installing ${missing[*]}" >&2
    as_root apt-get update -qq &&
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
}

# What building and testing the extension needs on Debian bookworm.
SEQINT_BUILD_PACKAGES=(make g++ postgresql-15 postgresql-server-dev-15 libpq-dev)
SEQINT_TEST_PACKAGES=(libgtest-dev)
# The libFuzzer targets of the core (test/fuzz/): clang-14 with its sanitizer and fuzzer runtimes.
SEQINT_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)
