// seqint/time_step.hpp — the step of a time sequence (an interval), and searching a sequence
// whose values only a calendar can compute.
//
// PostgreSQL stores a date as a day count and a timestamp as a microsecond count, so a time
// sequence whose step has a fixed length is an integer sequence (seqint/spec.hpp) seen
// through a type. A step with months (or, in a time zone, days) has no fixed length: its
// k-th value start + k·step comes from calendar arithmetic (the adapter's, PostgreSQL's own
// rules), and positions are found by searching, the values being monotonic.
#pragma once

#include <cstdint>
#include <optional>

namespace seqint {

// An interval's three fields, as PostgreSQL keeps them: they are added to a timestamp one
// after the other (months, then days, then microseconds), so none converts into another.
struct TimeStep {
    std::int32_t months = 0;
    std::int32_t days = 0;
    std::int64_t micros = 0;
};

// The column type a time sequence fills, by the unit of its stored integer and by whether
// its calendar arithmetic happens in a time zone.
enum class TimeColumn { date, timestamp, timestamptz };

// Why a step describes no sequence of a column.
enum class StepProblem {
    none,
    zero,              // every field is zero: start would repeat forever
    mixed_signs,       // fields of both signs (1 mon -1 day): the values need not be monotonic
    finer_than_a_day,  // a date column's step with hours, minutes or seconds
};

StepProblem find_step_problem(const TimeStep &step, TimeColumn column) noexcept;

// +1 for a step that moves forward in time, −1 for one that moves back. Requires
// find_step_problem(step, …) == StepProblem::none.
int step_direction(const TimeStep &step) noexcept;

// Requires find_step_problem(step, column) == StepProblem::none.
// A step's length in the column's unit (days for a date, microseconds for a timestamp), when
// it has one: a date step of days, a timestamp step of days and time (a day is always 24
// hours without a time zone), a timestamptz step of time only. `longer_than_int64` when the
// length does not fit in 64 bits: longer than any sequence of the type, which then holds its
// start alone.
struct FixedLength {
    std::int64_t length = 0;
    bool longer_than_int64 = false;
};

std::optional<FixedLength> fixed_length(const TimeStep &step, TimeColumn column) noexcept;

inline constexpr std::int64_t micros_per_day = 86400000000;

// The first k in [0, limit) at which the monotonic predicate `reached` (false … false, then
// true) holds, or `limit` when it holds nowhere there: a binary search, O(log limit) calls.
template <typename Reached>
std::uint64_t first_reached(std::uint64_t limit, Reached reached) {
    std::uint64_t lo = 0, hi = limit;  // reached holds at hi (or hi == limit), not below lo
    while (lo < hi) {
        const std::uint64_t mid = lo + (hi - lo) / 2;
        if (reached(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

// The first k >= 0 at which `reached` holds, with no limit known: doubling from 1 until it
// holds, then a binary search; O(log k) calls, none past 2k. `reached` must hold for some
// k < 2^63 (a calendar sequence leaves its type's range long before).
template <typename Reached>
std::uint64_t first_reached_unbounded(Reached reached) {
    if (reached(0))
        return 0;
    std::uint64_t below = 0, probe = 1;  // reached(below) is false
    while (!reached(probe)) {
        below = probe;
        probe *= 2;
    }
    return below + 1 + first_reached(probe - below - 1, [&](std::uint64_t k) {
               return reached(below + 1 + k);
           });
}

}  // namespace seqint
