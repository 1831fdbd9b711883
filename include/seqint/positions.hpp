// seqint/positions.hpp — sets of positions, for IN lists: sorted, unique, within a slice.
//
// The caller owns the arrays (the adapter pallocs them); these functions only reorder and
// compact them in place, so they allocate nothing and cannot fail.
#pragma once

#include <cstddef>
#include <cstdint>

#include "seqint/spec.hpp"

namespace seqint {

// Sorts positions[0 … n), drops duplicates and those outside `within`; returns how many remain
// at the front.
std::size_t normalize_positions(std::uint64_t *positions, std::size_t n, Slice within) noexcept;

}  // namespace seqint
