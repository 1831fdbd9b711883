# test/lib/pgbuild.sh — PostgreSQL 13 or 18 built from Debian's source package, kept in a cache.
#
# Source it (with test/lib/deps.sh), then:  prefix=$(seqint_postgres_build 13) || …
# seqint_postgres_build MAJOR makes sure PostgreSQL MAJOR is built and installed under
# ${SEQINT_PG_CACHE:-/var/cache/seqint_fdw}/pg/MAJOR (so $prefix/bin/pg_config) and prints
# that prefix on stdout; everything else goes to stderr. A second call reuses the build: the
# marker file is written only after a successful install.
#
# The source is Debian's: `apt-get source --download-only` through a private apt
# configuration (its own sources.list with deb-src lines, its own lists and cache under
# the cache folder), so the system's apt setup is never changed. Only the upstream tarball
# (the .orig) is built, without Debian's patches: those move the socket directory and the
# installation layout, which is not what a user building PostgreSQL gets. Debian's archive
# has 13 in bullseye and 18 in sid; not 14, 16 or 17.
#
# What is built: the server and the client programs (psql, pg_dump, pg_restore, pgbench,
# pg_basebackup, pg_upgrade, …, all in src/bin), PGXS with pg_regress, and the isolation
# tester (pg_isolation_regress and isolationtester, for PGXS's ISOLATION). No docs, no
# contrib. --without-readline --without-zlib --without-icu --without-llvm: nothing the tests
# need, and fewer -dev packages to install. When a source package cannot be had, it says so
# loudly and returns failure: a version we claim is a version we test.

SEQINT_PG_CACHE=${SEQINT_PG_CACHE:-/var/cache/seqint_fdw}

# The Debian suite whose deb-src carries postgresql-MAJOR.
seqint_postgres_suite() {
    case $1 in
    13) echo bullseye ;;
    18) echo sid ;;
    *) return 1 ;;
    esac
}

# Runs apt-get with the private configuration under $SEQINT_PG_CACHE/apt.
seqint_private_apt() {
    local apt=$SEQINT_PG_CACHE/apt
    apt-get -o Dir::Etc::SourceList="$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null \
        -o Dir::State::Lists="$apt/lists" -o Dir::Cache="$apt/cache" \
        -o APT::Sandbox::User=root "$@"
}

# seqint_postgres_fetch MAJOR DIR: downloads postgresql-MAJOR's source package into DIR.
seqint_postgres_fetch() {
    local major=$1 dir=$2 apt=$SEQINT_PG_CACHE/apt suite
    suite=$(seqint_postgres_suite "$major") || return 1
    mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$dir" || return 1
    cat >"$apt/sources.list" <<'EOF'
# written by test/lib/pgbuild.sh: the source packages of PostgreSQL 13 and 18
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bullseye main
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main
EOF
    # One apt at a time in the private folders (another script may be building the other major).
    (
        flock 9
        seqint_private_apt -qq update >&2 &&
            cd "$dir" && seqint_private_apt -qq source --download-only "postgresql-$major/$suite" >&2
    ) 9>"$apt/lock"
}

# seqint_pgxsdir PREFIX: PGXS's folder of the installation PREFIX (…/lib/postgresql/pgxs).
seqint_pgxsdir() {
    local pgxs
    pgxs=$("$1/bin/pg_config" --pgxs) || return 1
    echo "${pgxs%/src/makefiles/pgxs.mk}"
}

# seqint_install_isolation PREFIX BUILT: puts pg_isolation_regress and isolationtester where
# PGXS's ISOLATION looks for them, $pgxsdir/src/test/isolation (pg_isolation_regress finds
# isolationtester next to itself). 13's `make install` there installs nothing.
seqint_install_isolation() {
    local pgxsdir
    pgxsdir=$(seqint_pgxsdir "$1") || return 1
    mkdir -p "$pgxsdir/src/test/isolation" &&
        install -m 755 "$2/pg_isolation_regress" "$2/isolationtester" "$pgxsdir/src/test/isolation/"
}

# seqint_postgres_complete PREFIX: whether PREFIX holds a finished build with everything the
# tests use (a cache from an older version of this file may lack the isolation tester).
seqint_postgres_complete() {
    [ -f "$1/.seqint-built" ] && [ -x "$1/bin/pg_upgrade" ] && [ -x "$1/bin/pgbench" ] &&
        [ -x "$(seqint_pgxsdir "$1")/src/test/isolation/pg_isolation_regress" ]
}

seqint_postgres_build() {
    local major=$1 prefix src log suite tarball status started=$SECONDS
    prefix=$SEQINT_PG_CACHE/pg/$major
    suite=$(seqint_postgres_suite "$major") || {
        echo "seqint_postgres_build: no Debian source package for PostgreSQL $major (13 and 18 only)" >&2
        return 1
    }
    seqint_postgres_complete "$prefix" && { echo "$prefix"; return 0; }

    mkdir -p "$SEQINT_PG_CACHE/pg" || return 1
    (
        # One build per major at a time; a waiting caller then finds the marker.
        flock 8
        seqint_postgres_complete "$prefix" && exit 0
        # dpkg-dev for apt-get source, bison and flex for 18 (its tarball has no generated
        # parser), the compiler and perl for any build.
        seqint_need_packages dpkg-dev bison flex make gcc perl ca-certificates || exit 1
        src=$SEQINT_PG_CACHE/src/$major
        rm -rf "$src" "$prefix"
        echo "== PostgreSQL $major: fetching the source package postgresql-$major ($suite)" >&2
        if ! seqint_postgres_fetch "$major" "$src"; then
            echo "!! ************************************************************************" >&2
            echo "!! PostgreSQL $major: the source package postgresql-$major ($suite) could not be" >&2
            echo "!! downloaded with apt-get source: PostgreSQL $major is NOT built and NOT tested." >&2
            echo "!! ************************************************************************" >&2
            exit 1
        fi
        tarball=$(ls "$src"/postgresql-"$major"_*.orig.tar.* 2>/dev/null | head -n 1)
        [ -n "$tarball" ] || { echo "!! PostgreSQL $major: no .orig tarball in $src" >&2; exit 1; }
        mkdir -p "$src/build" && tar -x -f "$tarball" -C "$src/build" --strip-components=1 || exit 1
        log=$src/build.log
        echo "== PostgreSQL $major: building $(basename "$tarball") into $prefix (log: $log)" >&2
        (
            cd "$src/build" &&
                ./configure --prefix="$prefix" --without-readline --without-zlib \
                    --without-icu --without-llvm &&
                make -j"$(nproc)" &&
                make install &&
                make -C src/test/isolation -j"$(nproc)" &&
                seqint_install_isolation "$prefix" src/test/isolation
        ) >"$log" 2>&1
        status=$?
        if [ "$status" -ne 0 ]; then
            tail -n 40 "$log" >&2
            echo "!! PostgreSQL $major: the build failed (see $log)" >&2
            exit 1
        fi
        # The build tree is not needed any more; the tarball stays for a rebuild.
        rm -rf "$src/build"
        date -u +%FT%TZ >"$prefix/.seqint-built"
        echo "== PostgreSQL $major: built in $((SECONDS - started)) s" >&2
    ) 8>"$SEQINT_PG_CACHE/pg/$major.lock" || return 1
    echo "$prefix"
}
