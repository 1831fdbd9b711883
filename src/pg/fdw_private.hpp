// fdw_private.hpp — the sequence as it travels inside ForeignScan.fdw_private.
//
// A plan is copied (copyObject), cached, and serialized to parallel workers
// (nodeToString/stringToNode), so fdw_private holds only nodes: one int8 Const per field.
// Integer nodes hold a 32-bit int, too narrow for a bound.
#pragma once

#include "seqint/spec.hpp"

#include "pg/pg_headers.hpp"

// Positions inside ForeignScan.fdw_private.
enum SeqintPrivateIndex {
    SeqintPrivateStart,
    SeqintPrivateEnd,
    SeqintPrivateStep,
    SeqintPrivateLength  // the list's length, not an entry
};

List *seqint_private_from_spec(const seqint::Spec &spec);
seqint::Spec seqint_spec_from_private(List *fdw_private);
