// positions.cpp — sorting and deduplicating position sets in place.
#include "seqint/positions.hpp"

#include <algorithm>

#include "seqint/no_postgres.hpp"

namespace seqint {

std::size_t normalize_positions(std::uint64_t *positions, std::size_t n, Slice within) noexcept {
    std::uint64_t *const end = std::remove_if(positions, positions + n, [&](std::uint64_t p) {
        return p < within.begin || p >= within.end;
    });
    std::sort(positions, end);
    return static_cast<std::size_t>(std::unique(positions, end) - positions);
}

}  // namespace seqint
