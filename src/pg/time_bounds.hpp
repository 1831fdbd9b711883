// time_bounds.hpp — bounds on a time column: date, timestamp and timestamptz operands, and
// what they leave of the sequence's integers.
#pragma once

#include "seqint/bounds.hpp"

#include "pg/clauses.hpp"

// Whether `val OP operand` narrows exactly, for a time column and a time operand. PostgreSQL
// compares these types across each other, date and timestamptz through the session's
// TimeZone: each comparison of a column type with an operand type is one monotonic
// conversion of the operand, except a timestamp column against a timestamptz operand, which
// converts every value by the zone's offset at that value (not monotonic across a DST gap).
bool seqint_time_bound_is_exact(SeqintValueType column, SeqintValueType operand);

// Narrows `range`, the integers of `spec` a scan may still walk, by `val COMPARISON value` for
// a time column and a time operand. Where the bound is not exact the range is widened by a
// day either way (a zone's offset is under 16 hours), and the clause stays a filter.
void seqint_constrain_time(seqint::ValueRange &range, const SeqintBound &bound, Datum value,
                           const SeqintColumn &column, const seqint::Spec &spec);
