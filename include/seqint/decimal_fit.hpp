// seqint/decimal_fit.hpp — which integers a numeric(precision, scale) column can hold.
#pragma once

#include <cstdint>
#include <optional>

namespace seqint {

// The largest n such that every integer in [−n, n] fits numeric(precision, scale) after
// PostgreSQL rounds it to `scale` digits, or nothing when every int64 fits.
//
// A positive scale spends digits on the fraction: numeric(5,2) holds integers below 10^3.
// A negative scale (PostgreSQL 15+) rounds to a power of ten first: numeric(2,-3) holds
// 99000, which 99499 rounds to, but not 99500. Requires 1 <= precision <= 1000.
std::optional<std::int64_t> largest_integer_fitting(int precision, int scale) noexcept;

}  // namespace seqint
