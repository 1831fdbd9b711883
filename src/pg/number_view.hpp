// number_view.hpp — a SQL number (int2 … numeric, float) as the core's IntegerView.
#pragma once

#include "seqint/bounds.hpp"

#include "pg/clauses.hpp"

// Where `value`, of type `type`, lies among the integers. NaN sorts above every number in
// PostgreSQL, so it is "above all", as are +Infinity and numbers past INT64_MAX.
seqint::IntegerView seqint_number_view(Datum value, SeqintNumberType type);

// Whether a bound computed from `value` is right: comparisons made in floating point agree
// with integer ones only while every integer up to the operand is a float.
bool seqint_bound_applies(const SeqintBound &bound, Datum value);
