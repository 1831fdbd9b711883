// seqint/distinct.hpp — how many distinct values a column holds once the sequence's values are
// rounded the way the column stores them.
//
// Integer columns store every value as it is, so their values are all distinct. A `real`
// column rounds integers past 2^24 to 24 significant bits, `double precision` past 2^53 to
// 53, and numeric with a negative scale rounds to tens, hundreds…: neighbouring values then
// collide. The planner's estimates of joins, GROUP BY and DISTINCT need the true number.
#pragma once

#include <cstdint>

#include "seqint/spec.hpp"

namespace seqint {

// The number of distinct values of the sequence after each is rounded to the nearest binary
// floating-point number of `mantissa_bits` significant bits, ties to even, as C's and
// PostgreSQL's int8-to-float casts do (24 for real, 53 for double precision). O(64).
// Requires find_problem(spec) == SpecProblem::none and 2 <= mantissa_bits <= 63.
std::uint64_t distinct_as_float(const Spec &spec, int mantissa_bits) noexcept;

// The number of distinct values of the sequence after each is rounded to the nearest
// multiple of 10^exponent, halves away from zero, as numeric(p, −exponent) does. O(1).
// Requires find_problem(spec) == SpecProblem::none and exponent >= 0.
std::uint64_t distinct_as_multiples_of_ten(const Spec &spec, int exponent) noexcept;

}  // namespace seqint
