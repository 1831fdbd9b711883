// calendar.hpp — start + k·step for steps with no fixed length, by PostgreSQL's own rules.
#pragma once

#include <optional>

#include "seqint/time_step.hpp"

#include "pg/pg_headers.hpp"

// start + k·step, start and result in microseconds, as PostgreSQL's timestamp + interval
// computes it (timestamptz + interval, in the session's TimeZone, when `in_time_zone`): the
// months first (a day past the end of the month becomes its last day, so Jan 31 + 1 month is
// Feb 28), then the days, then the time; k·step is the interval with each field multiplied
// by k, as interval * bigint would. Nothing when the result, a stage on the way or a field of
// k·step leaves its range: where PostgreSQL raises "timestamp out of range", this says so
// without raising, so that a search may look past the end of a sequence.
std::optional<int64> seqint_calendar_add(int64 start, const seqint::TimeStep &step, int64 k,
                                         bool in_time_zone);
