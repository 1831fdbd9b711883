// boundary.hpp — the one door between PostgreSQL's longjmp errors and C++ exceptions.
//
// Every callback PostgreSQL calls runs its body through seqint_boundary():
//  - a C++ exception must never unwind into PostgreSQL's C frames (it would abort the
//    backend), so it is caught here and turned into an ERROR;
//  - that ereport must happen after the catch block has ended: longjmp out of a handler
//    skips __cxa_end_catch and leaks the exception, so the message is first copied out of
//    the exception into a buffer that outlives the handler;
//  - an ereport raised inside the body longjmps straight through this frame, which is safe
//    because the frame and the body's lambda hold only trivially destructible data.
// The buffer is static (a backend runs one thread) rather than on this frame's stack: a
// stack array would make every call, once per row in IterateForeignScan, pay for a stack
// protector check.
#pragma once

#include "pg/pg_headers.hpp"

// Inside a catch block: copies the message of the exception being handled aside.
void seqint_save_current_exception() noexcept;

// After the catch block: raises the saved message as an ERROR.
[[noreturn]] void seqint_report_saved_exception(const char *where);

template <typename Body>
inline auto
seqint_boundary(const char *where, Body &&body) noexcept -> decltype(body())
{
    try {
        return body();
    } catch (...) {
        seqint_save_current_exception();
    }
    seqint_report_saved_exception(where);
}
