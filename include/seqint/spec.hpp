// seqint/spec.hpp — what a seqint table is: the sequence start, start+step, … before end.
//
// Pure C++17. Nothing here may include a PostgreSQL header (see no_postgres.hpp); the
// adapter under src/pg turns these values into Datums and ereports.
#pragma once

#include <cstdint>
#include <optional>

namespace seqint {

// The values start, start + step, start + 2·step, … strictly before `end` (strictly above it
// when step is negative). `end` is exclusive, so start == end is the empty sequence.
struct Spec {
    std::int64_t start = 0;
    std::int64_t end = 64;
    std::int64_t step = 1;
};

// Why a Spec describes no sequence at all (as opposed to an empty one).
enum class SpecProblem {
    none,
    zero_step,        // step 0 would repeat start forever
    wrong_direction,  // step moves away from end: the sequence never reaches it
};

SpecProblem find_problem(const Spec &spec) noexcept;

// The functions below require find_problem(spec) == SpecProblem::none. None of them
// overflows for any such spec: the count of INT64_MIN … INT64_MAX step 1 is 2^64 − 1,
// which is why counts and indexes are unsigned.

// How many values the sequence has.
std::uint64_t count(const Spec &spec) noexcept;

// The value at `index` (0-based); requires index < count(spec).
std::int64_t value_at(const Spec &spec, std::uint64_t index) noexcept;

// The last value; requires count(spec) > 0.
std::int64_t last_value(const Spec &spec) noexcept;

// Consecutive positions [begin, end) of a sequence; begin == end when empty.
struct Slice {
    std::uint64_t begin = 0;
    std::uint64_t end = 0;

    std::uint64_t size() const noexcept { return end - begin; }
    bool is_empty() const noexcept { return begin == end; }
};

// The whole sequence as a slice.
inline Slice whole(const Spec &spec) noexcept { return {0, count(spec)}; }

// The index of the first value outside [lo, hi], or nothing when every value lies inside.
// A sequence is monotonic, so this is where it first leaves a type's range.
std::optional<std::uint64_t> first_index_outside(const Spec &spec, std::int64_t lo,
                                                 std::int64_t hi) noexcept;

}  // namespace seqint

namespace seqint {

// The i-th of k evenly spaced positions in a sequence of n values (i < k <= n):
// ⌊i·n/k⌋, computed without overflow. ANALYZE samples these instead of walking the table.
std::uint64_t spaced_position(std::uint64_t i, std::uint64_t k, std::uint64_t n) noexcept;

}  // namespace seqint
