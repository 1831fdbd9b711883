// test_decimal_fit.cpp — largest_integer_fitting(p, s): hand-worked cases, and a brute-force
// model of PostgreSQL's numeric typmod check (round to s digits, then fewer than p−s digits).
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>

#include "seqint/decimal_fit.hpp"
#include "seqint/no_postgres.hpp"

namespace {

using seqint::largest_integer_fitting;
using i128 = __int128;

TEST(DecimalFit, HandWorkedCases) {
    EXPECT_EQ(largest_integer_fitting(1, 0), 9);
    EXPECT_EQ(largest_integer_fitting(5, 0), 99999);
    EXPECT_EQ(largest_integer_fitting(5, 2), 999);                  // 999.00 fits, 1000.00 not
    EXPECT_EQ(largest_integer_fitting(18, 0), 999999999999999999);  // 10^18 − 1
    EXPECT_EQ(largest_integer_fitting(20, 2), 999999999999999999);  // p − s = 18
    EXPECT_EQ(largest_integer_fitting(19, 1), 999999999999999999);
    EXPECT_EQ(largest_integer_fitting(1000, 999), 9);
}

TEST(DecimalFit, NoIntegerDigitsHoldsOnlyZero) {
    EXPECT_EQ(largest_integer_fitting(3, 5), 0);  // |v| < 0.01
    EXPECT_EQ(largest_integer_fitting(5, 5), 0);  // |v| < 1
    EXPECT_EQ(largest_integer_fitting(1, 1000), 0);
    EXPECT_EQ(largest_integer_fitting(1000, 1000), 0);
}

TEST(DecimalFit, NegativeScaleRoundsHalfAwayFromZero) {
    EXPECT_EQ(largest_integer_fitting(2, -3), 99499);  // 99499 → 99000; 99500 → 100000
    EXPECT_EQ(largest_integer_fitting(1, -1), 94);     // 94 → 90; 95 → 100
    EXPECT_EQ(largest_integer_fitting(1, -2), 949);
    EXPECT_EQ(largest_integer_fitting(17, -1), 999999999999999994);  // p − s = 18
    EXPECT_EQ(largest_integer_fitting(1, -17), 949999999999999999);  // rounds to 9·10^17
}

TEST(DecimalFit, EveryInt64Fits) {
    // 10^19 − 1 > INT64_MAX: nineteen integer digits hold all of int64.
    EXPECT_EQ(largest_integer_fitting(19, 0), std::nullopt);
    EXPECT_EQ(largest_integer_fitting(20, 1), std::nullopt);
    EXPECT_EQ(largest_integer_fitting(18, -1), std::nullopt);  // INT64_MAX → …810 < 10^19
    EXPECT_EQ(largest_integer_fitting(1, -18), std::nullopt);  // INT64_MAX → 9·10^18
    EXPECT_EQ(largest_integer_fitting(1, -1000), std::nullopt);
    EXPECT_EQ(largest_integer_fitting(1000, 0), std::nullopt);
    EXPECT_EQ(largest_integer_fitting(1000, -1000), std::nullopt);
}

// Does the integer n >= 0 fit numeric(p, s)? Modelled directly: round n to a multiple of
// 10^−s (half away from zero), then require fewer than p significant digits at that scale.
bool fits(i128 n, int p, int s) {
    i128 limit = 1;
    for (int i = 0; i < p; ++i)
        limit *= 10;
    if (s >= 0) {
        if (p - s <= 0)
            return n == 0;
        i128 scaled = n;  // n · 10^s fractional digits, all zero
        for (int i = 0; i < s; ++i)
            scaled *= 10;
        return scaled < limit;
    }
    i128 q = 1;
    for (int i = 0; i < -s; ++i)
        q *= 10;
    return (n + q / 2) / q < limit;
}

std::optional<std::int64_t> reference(int p, int s) {
    const i128 two63 = i128(1) << 63;  // |INT64_MIN|
    if (fits(two63, p, s))
        return std::nullopt;
    i128 good = 0, bad = two63;  // fits() is monotonic in n
    while (bad - good > 1) {
        const i128 mid = good + (bad - good) / 2;
        (fits(mid, p, s) ? good : bad) = mid;
    }
    return static_cast<std::int64_t>(good);
}

TEST(DecimalFit, MatchesBruteForceModel) {
    // p <= 20 and s < 20 keep the model's 128-bit products in range.
    for (int p = 1; p <= 20; ++p)
        for (int s = -25; s <= 25; ++s)
            EXPECT_EQ(largest_integer_fitting(p, s), reference(p, s))
                << "numeric(" << p << ", " << s << ")";
}

}  // namespace
