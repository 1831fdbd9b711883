// seqint/periodic.hpp — sets of positions that repeat with a period: unions of residue classes
// of positions, as `val % m <> r`, `(val % m) IN (…)` and ORs of remainder filters leave them.
//
// A Pattern is a period P and runs, sorted disjoint non-adjacent slices of [0, P): position p
// belongs when p mod P lies in a run. Every remainder filter on a sequence leaves such a set
// (residues.hpp: a class of positions modulo |m| / gcd(step, |m|) per remainder); unions and
// intersections of them have the least common multiple of their periods, their runs repeated.
// A scan walks a pattern run by run (each run a slice of consecutive positions), counts and
// ranks it in O(log runs), and sums it in O(runs) closed forms. The caller owns every array.
#pragma once

#include <cstddef>
#include <cstdint>

#include "seqint/spec.hpp"

namespace seqint {

struct Pattern {
    std::uint64_t period = 1;               // >= 1
    const Slice *runs = nullptr;            // normalized, inside [0, period); none: no position
    const std::uint64_t *before = nullptr;  // before[j]: positions of a period in runs[0 … j)
    std::size_t run_count = 0;
    std::uint64_t per_period = 0;  // positions of a period in all runs

    bool is_all() const noexcept { return run_count == 1 && runs[0].size() == period; }
};

// The pattern of period `period` with runs[0 … n) (normalized), `before` (room for n) filled in.
Pattern make_pattern(std::uint64_t period, const Slice *runs, std::size_t n,
                     std::uint64_t *before) noexcept;

// How many positions of [0, x) the pattern holds.
std::uint64_t matches_below(const Pattern &pattern, std::uint64_t x) noexcept;
// How many positions of `slice` the pattern holds.
inline std::uint64_t matches_in(const Pattern &pattern, Slice slice) noexcept {
    return matches_below(pattern, slice.end) - matches_below(pattern, slice.begin);
}
// The position of the pattern's member of rank `rank` (0-based) counted from `from`; requires
// that many members at or after `from` below 2^64.
std::uint64_t nth_match(const Pattern &pattern, std::uint64_t from, std::uint64_t rank) noexcept;

// The next run of members inside [from, to), from its first position: the slice of the
// members of the pattern's run that holds or follows `from`, cut at `to`; empty when none.
Slice next_run(const Pattern &pattern, std::uint64_t from, std::uint64_t to) noexcept;
// The same backward: the run of members that holds or precedes to − 1, cut at `from`.
Slice previous_run(const Pattern &pattern, std::uint64_t from, std::uint64_t to) noexcept;

// The least common multiple of two periods, or 0 when it exceeds 2^64 − 1.
std::uint64_t lcm_of_periods(std::uint64_t a, std::uint64_t b) noexcept;

// How many runs `pattern` has when repeated to `period` (a multiple of its own), at most.
std::uint64_t runs_repeated(const Pattern &pattern, std::uint64_t period) noexcept;

// The positions in both, or in either, with period `period` = lcm_of_periods(a.period,
// b.period): writes normalized runs to `out`, which has room for runs_repeated(a, period) +
// runs_repeated(b, period) slices, and returns how many.
std::size_t intersect_patterns(const Pattern &a, const Pattern &b, std::uint64_t period,
                               Slice *out) noexcept;
std::size_t unite_patterns(const Pattern &a, const Pattern &b, std::uint64_t period,
                           Slice *out) noexcept;
// The positions not in `pattern`, same period: room for pattern.run_count + 1 slices.
std::size_t complement_pattern(const Pattern &pattern, Slice *out) noexcept;

// The sum of the values of `spec` at the members of `pattern` inside `slice`, exactly
// (|sum| < 2^127 as for any set of positions): O(runs) closed forms.
__extension__ __int128 pattern_sum(const Spec &spec, Slice slice, const Pattern &pattern) noexcept;

}  // namespace seqint
