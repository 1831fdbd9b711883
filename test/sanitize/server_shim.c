/* server_shim.c — preloaded into the sanitized server with libasan: two workarounds that let
 * the sanitizer runtimes work inside PostgreSQL. Never linked into the extension.
 *
 * swift_demangle: a hang at start-up. Preloaded, libasan initializes lazily on the first
 * malloc, and the first malloc in postgres (also psql, initdb) comes from libp11-kit's
 * constructor (libldap → gnutls → p11-kit), inside newlocale(), which holds glibc's locale
 * lock. During that initialization ASan looks up swift_demangle with dlsym and, when it is
 * missing, clears the error with dlerror(); dlerror translates its message with gettext,
 * which takes and releases the same lock: the lock is released twice, its state is corrupt,
 * and the next setlocale/bindtextdomain waits forever (a single-threaded process stuck in
 * pthread_rwlock_wrlock). With this symbol present the lookup succeeds and dlerror() is never
 * called. ASan calls it only for Swift-mangled names ("_T…", "$s…"); NULL is "not demangled".
 *
 * __ubsan_default_options: UBSan's options. libubsan comes in with the extension, in a
 * backend, and the sanitizers read their options from /proc/self/environ, which the backend
 * has overwritten with its process title by then (PostgreSQL moves the environment away
 * first, so getenv() still sees it): without this, UBSan silently runs with its defaults
 * (no stack trace, exit(1) instead of abort()). It looks this hook up before its own weak
 * default, which is why libubsan itself must not be preloaded ahead of this library. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

char *swift_demangle(const char *mangled, size_t length, char *out, size_t *out_size,
                     uint32_t flags);
const char *__ubsan_default_options(void);

char *swift_demangle(const char *mangled, size_t length, char *out, size_t *out_size,
                     uint32_t flags) {
    (void)mangled;
    (void)length;
    (void)out;
    (void)out_size;
    (void)flags;
    return NULL;
}

const char *__ubsan_default_options(void) {
    const char *options = getenv("UBSAN_OPTIONS");

    return options ? options : "";
}
