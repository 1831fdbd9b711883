# test/lib/overlay.sh — this tree's extension in a scratch overlay of a PostgreSQL installation.
#
# An overlay is a folder that holds a copy of the installation's bin/ (postgres and its
# tools find $libdir and the share folder relative to their own path, after resolving
# symbolic links, so they must be copies), this tree's extension installed with DESTDIR, and
# symbolic links to every other file of the installation. Servers started from the overlay's
# bin/ load this tree's build; the installation itself is never written to, so tests can use
# the system's PostgreSQL while another build of the extension is installed there.
#
#   source test/lib/overlay.sh
#   bindir=$(seqint_overlay PG_CONFIG DIR [MAKE ARGUMENTS…])   # e.g. SANITIZE=1
#
# builds the tree in DIR/build (a copy of the sources: no object lands in the tree), installs
# into DIR/root and prints the overlay's bindir (DIR/root/<the installation's bindir>).
# Output of the build goes to stderr. Returns non-zero when anything fails. A DIR that already
# holds a finished overlay is reused as it is: suites of one run can share their overlays
# (SEQINT_OVERLAYS, which test/run.sh sets to a folder of its own).

# seqint_overlay_link REAL MINE: links into MINE each entry of REAL that MINE does not have,
# descending into the folders both have (extension/, bitcode/).
seqint_overlay_link() {
    local entry name
    mkdir -p "$2"
    for entry in "$1"/*; do
        name=${entry##*/}
        if [ -d "$entry" ] && [ -d "$2/$name" ] && [ ! -L "$2/$name" ]; then
            seqint_overlay_link "$entry" "$2/$name"
        elif [ ! -e "$2/$name" ]; then
            ln -s "$entry" "$2/$name"
        fi
    done
}

seqint_overlay() {
    local pg_config=$1 dir=$2 bindir pkglibdir sharedir
    shift 2
    # made already (by another suite of the same run, sharing DIR): reused
    [ -f "$dir/bindir" ] && { cat "$dir/bindir"; return 0; }
    bindir=$("$pg_config" --bindir) && pkglibdir=$("$pg_config" --pkglibdir) &&
        sharedir=$("$pg_config" --sharedir) || return 1
    mkdir -p "$dir/build" "$dir/root" || return 1
    # Sources only: a copied object would look newer than its source and be linked as it is.
    tar -c --exclude='*.o' --exclude='*.d' --exclude='*.bc' --exclude='*.so' \
        Makefile seqint_fdw.control ./*.sql include src sql expected $(ls -d specs 2>/dev/null) |
        tar -x -C "$dir/build" &&
        make -s -C "$dir/build" -j"$(nproc)" EXTRA_CXXFLAGS=-Werror PG_CONFIG="$pg_config" "$@" >&2 &&
        make -s -C "$dir/build" install PG_CONFIG="$pg_config" DESTDIR="$dir/root" "$@" >&2 ||
        return 1
    seqint_overlay_link "$pkglibdir" "$dir/root$pkglibdir"
    seqint_overlay_link "$sharedir" "$dir/root$sharedir"
    # Copies, not links: each program resolves symbolic links to find its installation
    # (pg_ctl and pg_upgrade look for postgres next to their real selves).
    mkdir -p "$dir/root$bindir" && cp -n "$bindir"/* "$dir/root$bindir/" || return 1
    chmod -R a+rX "$dir"  # servers run as postgres when we are root, whatever our umask
    echo "$dir/root$bindir" | tee "$dir/bindir"
}

# ---- which installations there are ------------------------------------------------------

SEQINT_PG_CACHE=${SEQINT_PG_CACHE:-/var/cache/seqint_fdw}

# seqint_pg_config MAJOR: prints the pg_config of PostgreSQL MAJOR: the system's for the
# version PG_CONFIG names (Debian's 15), the build test/versions.sh keeps in the cache
# (test/lib/pgbuild.sh: $SEQINT_PG_CACHE/pg/MAJOR, complete once .seqint-built is there)
# for the others. Builds nothing: fails, saying so loudly, when that build is missing.
seqint_pg_config() {
    local major=$1 system prefix=$SEQINT_PG_CACHE/pg/$1
    system=$("${PG_CONFIG:-pg_config}" --bindir 2>/dev/null)
    if [ -n "$system" ] && [ "$("$system/pg_config" --version | sed 's/^PostgreSQL \([0-9]*\).*/\1/')" = "$major" ]; then
        echo "$system/pg_config"
    elif [ -f "$prefix/.seqint-built" ] && [ -x "$prefix/bin/pg_config" ]; then
        echo "$prefix/bin/pg_config"
    else
        echo "!! ************************************************************************" >&2
        echo "!! PostgreSQL $major is not built: no $prefix/.seqint-built (test/versions.sh" >&2
        echo "!! builds it, from Debian's source package): it is NOT tested here." >&2
        echo "!! ************************************************************************" >&2
        return 1
    fi
}

# seqint_pg_built MAJOR: true when seqint_pg_config MAJOR would find it (quietly).
seqint_pg_built() {
    seqint_pg_config "$1" >/dev/null 2>&1
}
