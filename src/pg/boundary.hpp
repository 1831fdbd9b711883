// boundary.hpp — the one door between PostgreSQL's longjmp errors and C++ exceptions.
//
// Every callback PostgreSQL calls runs its body through seqint_boundary():
//  - a C++ exception must never unwind into PostgreSQL's C frames (it would abort the
//    backend), so it is caught here and turned into an ERROR;
//  - that ereport must happen after the catch block has ended: longjmp out of a handler
//    skips __cxa_end_catch and leaks the exception, so the message is first copied into a
//    stack buffer;
//  - an ereport raised inside the body longjmps straight through this frame, which is safe
//    because the frame and the body's lambda hold only trivially destructible data.
#pragma once

#include <cstring>
#include <exception>
#include <type_traits>

#include "pg/pg_headers.hpp"

[[noreturn]] void seqint_report_cpp_exception(const char *where, const char *what);

template <typename Body>
auto
seqint_boundary(const char *where, Body &&body) noexcept -> decltype(body())
{
    char what[256];
    try {
        return body();
    } catch (const std::exception &e) {
        strlcpy(what, e.what(), sizeof what);
    } catch (...) {
        strlcpy(what, "unknown C++ exception", sizeof what);
    }
    seqint_report_cpp_exception(where, what);
}
