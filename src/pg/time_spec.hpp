// time_spec.hpp — the sequence of a date, timestamp or timestamptz column, read from its
// options, and the column's values at the sequence's integers.
#pragma once

#include "seqint/spec.hpp"

#include "pg/column.hpp"
#include "pg/options.hpp"

// Reads start and end in the input syntax of the column's type and step as an interval
// (default '1 day' for a date column), checks them, and returns the integers a scan walks;
// sets column.time. With a step of fixed length (time_step.hpp) the integers are the values
// as PostgreSQL stores them; with months, or days in a time zone, they are k·d, the step
// count k times the step's direction d, and the values come from calendar arithmetic in the
// session's TimeZone (so a timestamptz table is read again by every scan: its zone-less
// literals and days depend on the zone). Every error names the table, the option and where it
// came from.
seqint::Spec seqint_time_spec(const SeqintOptionTexts &texts, SeqintColumn &column);

// A value in the column's integer unit as text, in the column type's output syntax.
const char *seqint_time_text(const SeqintColumn &column, int64 value);

// A step as text, in interval's output syntax.
const char *seqint_step_text(const seqint::TimeStep &step);

// The first integer of `spec` (in increasing order) whose value is at least `value`, `value`
// in the column's integer unit, on a calendar axis; one past the largest when there is none.
// A binary search: O(log count) calendar additions.
int64 seqint_calendar_first_at_least(const SeqintColumn &column, const seqint::Spec &spec,
                                     int64 value);
