// seqint/closed_forms.hpp — aggregates of a slice without walking it.
#pragma once

#include <cstdint>

#include "seqint/spec.hpp"

namespace seqint {

__extension__ typedef __int128 int128;

// The sum of the values at positions `slice`, exactly: |sum| < 2^127 for any slice of any
// sequence (at most 2^64 − 1 values of magnitude at most 2^63), so it always fits.
int128 slice_sum(const Spec &spec, Slice slice) noexcept;

// An upper bound of |partial sum| over any values of the sequence added in any order:
// count · max(|first|, |last|), below 2^127. A float sum equals the exact sum when this
// bound is below 2^mantissa_bits (every partial sum is then an exact float).
int128 partial_sum_bound(const Spec &spec) noexcept;

}  // namespace seqint
