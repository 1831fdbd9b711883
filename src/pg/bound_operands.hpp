// bound_operands.hpp — applying a bound to its evaluated operand: a SQL number (int2 …
// numeric, float) as the core's IntegerView, exactly for integers and numeric, with a rounding
// margin for floats.
#pragma once

#include "seqint/bounds.hpp"

#include "pg/clauses.hpp"

// A bound's operand, evaluated. At plan time only constants are `known`; an unknown
// operand narrows nothing.
struct SeqintOperand {
    Datum value;
    bool isnull;
    bool known;
};

// Where `value`, of type `type`, lies among the integers. NaN sorts above every number in
// PostgreSQL, so it is "above all", as are +Infinity and numbers past INT64_MAX.
seqint::IntegerView seqint_number_view(Datum value, SeqintValueType type);

// Narrows `range`, the integers of `spec` a scan of `column` may walk, by `val COMPARISON
// value`. Comparisons made in floating point agree with integer ones while every integer up
// to the operand is a float (|value| < 2^float_bits); beyond that, rounding can merge the
// operand with its neighbours, so the range is widened by the rounding error instead (the
// clause then stays a filter, as float clauses do). Time operands: time_bounds.hpp.
void seqint_constrain(seqint::ValueRange &range, const SeqintBound &bound, Datum value,
                      const SeqintColumn &column, const seqint::Spec &spec);

// The IN-list member `value` (a number) as an integer, if the column can equal it: false in
// `*usable` when a float member is too large to compare exactly (the list then narrows
// nothing).
bool seqint_member_value(const SeqintBound &bound, Datum value, int64 *member, bool *usable);

// Narrows `range` by one comparison; an unknown operand narrows nothing, a NULL one leaves
// nothing.
void seqint_narrow_by_comparison(const seqint::Spec &spec, const SeqintColumn &column,
                                 seqint::ValueRange &range, const SeqintBound &bound,
                                 const SeqintOperand &operand);

// The elements of an array operand (an IN or NOT IN list), palloc'd: their number, with
// *elements and *nulls set.
int seqint_array_elements(Datum array, Datum **elements, bool **nulls);

// A remainder filter's operand (m or r): an integer.
int64 seqint_remainder_operand(const SeqintBound &bound, Datum value);
