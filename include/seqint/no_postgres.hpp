// seqint/no_postgres.hpp — include last in every core and unit-test file: the build fails
// if a PostgreSQL header reached the translation unit, which keeps the core free of
// ereport's longjmp and testable without a server.
#pragma once

#if defined(POSTGRES_H) || defined(C_H) || defined(PG_VERSION_NUM)
#error "the seqint core must not include PostgreSQL headers"
#endif
