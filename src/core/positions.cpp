// positions.cpp — sorting, deduplicating and intersecting position sets in place.
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

std::size_t intersect_positions(std::uint64_t *a, std::size_t na, const std::uint64_t *b,
                                std::size_t nb) noexcept {
    // A merge written over `a` itself (std::set_intersection forbids overlapping output):
    // the write index never overtakes the read index.
    std::size_t kept = 0;
    std::size_t j = 0;
    for (std::size_t i = 0; i < na; ++i) {
        while (j < nb && b[j] < a[i])
            ++j;
        if (j < nb && b[j] == a[i])
            a[kept++] = a[i];
    }
    return kept;
}

}  // namespace seqint
