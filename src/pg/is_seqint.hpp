// is_seqint.hpp — which foreign tables are seqint_fdw's.
//
// A wrapper is seqint's when its handler is this library's seqint_fdw_handler, whatever the
// wrapper is called: CREATE FOREIGN DATA WRAPPER another_name HANDLER seqint_fdw_handler
// makes seqint tables too.
#pragma once

#include "pg/pg_headers.hpp"

bool seqint_wrapper_is_ours(const ForeignDataWrapper *fdw);

// Whether `relid` is a foreign table whose server's wrapper is seqint's.
bool seqint_is_seqint_table(Oid relid);
