// random_values.hpp — int64 values and steps worth testing: near the edges of int64 and
// int32, near zero, powers of two, and anything at all, drawn from a seeded generator.
#pragma once

#include <cstdint>
#include <limits>
#include <random>

namespace seqint::testing {

inline std::int64_t interesting_value(std::mt19937_64 &rng) {
    constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    std::uniform_int_distribution<int> pick(0, 5);
    std::uniform_int_distribution<std::int64_t> off(0, 1000);
    switch (pick(rng)) {
    case 0:
        return min + off(rng);
    case 1:
        return max - off(rng);
    case 2:
        return off(rng) - 500;
    case 3:
        return std::int64_t{INT32_MAX} + off(rng) - 500;
    case 4:
        return std::int64_t{INT32_MIN} + off(rng) - 500;
    default:
        return static_cast<std::int64_t>(rng());
    }
}

// A nonzero step: small, near ±2^63, a power of two, or anything.
inline std::int64_t interesting_step(std::mt19937_64 &rng) {
    constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    std::uniform_int_distribution<int> pick(0, 5);
    std::uniform_int_distribution<std::int64_t> small(1, 10);
    std::uniform_int_distribution<int> shift(0, 62);
    switch (pick(rng)) {
    case 0:
        return small(rng);
    case 1:
        return max - small(rng) + 1;
    case 2:
        return min;
    case 3:
        return (std::int64_t{1} << shift(rng)) + small(rng) - 5;
    default: {
        const std::int64_t s = static_cast<std::int64_t>(rng());
        return s == 0 ? 1 : s;
    }
    }
}

}  // namespace seqint::testing
