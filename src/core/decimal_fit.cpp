// decimal_fit.cpp — the integer range of numeric(precision, scale).
#include "seqint/decimal_fit.hpp"

#include <limits>

#include "seqint/no_postgres.hpp"

namespace seqint {

namespace {

// 10^exponent for 0 <= exponent <= 19, the largest power of ten a uint64_t holds.
std::uint64_t power_of_ten(int exponent) noexcept {
    std::uint64_t p = 1;
    for (int i = 0; i < exponent; ++i)
        p *= 10;
    return p;
}

}  // namespace

std::optional<std::int64_t> largest_integer_fitting(int precision, int scale) noexcept {
    // numeric(p, s) holds values whose magnitude, rounded to s fractional digits, is below
    // 10^(p − s).
    const int integer_digits = precision - scale;
    if (integer_digits <= 0)
        return 0;  // only magnitudes below 1: of the integers, just 0
    if (integer_digits > 19)
        return std::nullopt;  // 10^19 > INT64_MAX: every int64 fits
    const std::uint64_t limit = power_of_ten(integer_digits);
    // Rounding to a multiple of 10^−s (negative scale) goes half away from zero, so an
    // integer fits while it is below 10^(p−s) − 10^(−s)/2. Here −s < p − s <= 19.
    const std::uint64_t largest = scale < 0 ? limit - power_of_ten(-scale) / 2 - 1 : limit - 1;
    if (largest > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return std::nullopt;
    return static_cast<std::int64_t>(largest);
}

}  // namespace seqint
