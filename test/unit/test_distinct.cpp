// test_distinct.cpp — distinct_as_float and distinct_as_multiples_of_ten against brute force:
// every value of short sequences rounded one by one (by the compiler's own int64 → float and
// → double conversions, and by a per-value model of numeric's rounding), around the places
// where rounding starts to merge values: powers of two, zero, and the ends of int64.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <set>

#include "random_values.hpp"
#include "seqint/distinct.hpp"
#include "seqint/no_postgres.hpp"

namespace {

using seqint::Spec;
using i128 = __int128;
constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();

// Every value of a short sequence (at most `limit` values), rounded by `round`.
template <typename Round>
std::uint64_t brute_force_distinct(const Spec &spec, Round round) {
    std::set<decltype(round(std::int64_t{}))> seen;
    const std::uint64_t n = seqint::count(spec);
    for (std::uint64_t i = 0; i < n; ++i)
        seen.insert(round(seqint::value_at(spec, i)));
    return seen.size();
}

float as_float(std::int64_t v) { return static_cast<float>(v); }
double as_double(std::int64_t v) { return static_cast<double>(v); }

// numeric(p, −exponent): to the nearest multiple of 10^exponent, halves away from zero.
i128 to_multiple_of_ten(std::int64_t v, int exponent) {
    i128 unit = 1;
    for (int i = 0; i < exponent; ++i)
        unit *= 10;
    const i128 m = v < 0 ? -static_cast<i128>(v) : v;
    const i128 r = (m + unit / 2) / unit * unit;
    return v < 0 ? -r : r;
}

// A spec of at most `max_values` values starting near `around`, with a step near `step`.
Spec short_spec(std::mt19937_64 &rng, std::int64_t around, std::int64_t step, int max_values) {
    std::uniform_int_distribution<std::int64_t> jitter(-3 * step, 3 * step);
    std::uniform_int_distribution<int> values(0, max_values);
    std::uniform_int_distribution<int> sign(0, 1);
    const bool down = sign(rng) == 1;
    const i128 start = static_cast<i128>(around) + jitter(rng);
    const i128 end = start + (down ? -1 : 1) * static_cast<i128>(step) * values(rng);
    auto clamp = [](i128 v) {
        return static_cast<std::int64_t>(v < int64_min ? int64_min : v > int64_max ? int64_max : v);
    };
    return {clamp(start), clamp(end), down ? -step : step};
}

// distinct_as_float agrees with the casts to real and double precision (specs that describe
// no sequence are skipped).
void expect_the_casts(const Spec &spec) {
    if (seqint::find_problem(spec) != seqint::SpecProblem::none)
        return;
    ASSERT_EQ(seqint::distinct_as_float(spec, 24), brute_force_distinct(spec, as_float))
        << spec.start << " " << spec.end << " " << spec.step;
    ASSERT_EQ(seqint::distinct_as_float(spec, 53), brute_force_distinct(spec, as_double))
        << spec.start << " " << spec.end << " " << spec.step;
}

TEST(DistinctAsFloat, HandWorkedCases) {
    // Below 2^24 every integer is a float: all distinct.
    EXPECT_EQ(seqint::distinct_as_float({0, 1000, 1}, 24), 1000u);
    EXPECT_EQ(seqint::distinct_as_float({-(1 << 24), (1 << 24) + 1, 1}, 24), (2u << 24) + 1);
    // Past 2^24 floats are 2 apart: 1000 consecutive integers make 500 or 501 floats.
    EXPECT_EQ(seqint::distinct_as_float({1 << 24, (1 << 24) + 1000, 1}, 24), 501u);
    // Step 2 at ties (odd values): ties go to even, two values per float.
    // 2^24+1 → 2^24, 2^24+3 → 2^24+4, 2^24+5 → 2^24+4, 2^24+7 → 2^24+8
    EXPECT_EQ(seqint::distinct_as_float({(1 << 24) + 1, (1 << 24) + 9, 2}, 24), 3u);
    // Step 2 off ties: every value is a float.
    EXPECT_EQ(seqint::distinct_as_float({1 << 24, (1 << 24) + 100, 2}, 24), 50u);
    // The whole of int64 as doubles: 2^53 · 2 exact ones, then 2^52 per power of two.
    EXPECT_EQ(seqint::distinct_as_float({int64_min, int64_max, 1 << 30}, 53),
              seqint::count({int64_min, int64_max, 1 << 30}));
    EXPECT_EQ(seqint::distinct_as_float({5, 5, 1}, 24), 0u);
}

TEST(DistinctAsFloat, MatchesTheCastsNearPowersOfTwo) {
    std::mt19937_64 rng(20261129);
    std::uniform_int_distribution<int> exponent(20, 62);
    std::uniform_int_distribution<int> step_shift(0, 12);
    std::uniform_int_distribution<std::int64_t> small(1, 9);
    for (int i = 0; i < 20000; ++i) {
        const int e = exponent(rng);
        const std::int64_t power = std::int64_t{1} << e;
        const std::int64_t around = (i % 2 == 0 ? power : -power);
        // Steps around the float's unit there, where merging starts and stops.
        const int unit_shift = e > 24 ? e - 23 : 0;
        const int shift = std::max(0, unit_shift + step_shift(rng) - 6);
        const std::int64_t step = (std::int64_t{1} << shift) + (i % 3 == 0 ? small(rng) - 5 : 0);
        const Spec spec = short_spec(rng, around, step < 1 ? 1 : step, 400);
        ASSERT_NO_FATAL_FAILURE(expect_the_casts(spec));
    }
}

TEST(DistinctAsFloat, MatchesTheCastsAnywhere) {
    std::mt19937_64 rng(7);
    for (int i = 0; i < 20000; ++i) {
        const std::int64_t step = seqint::testing::interesting_step(rng);
        const std::int64_t magnitude = step < 0 ? -(step + 1) : step;  // no overflow at INT64_MIN
        const Spec spec = short_spec(rng, seqint::testing::interesting_value(rng),
                                     magnitude == 0 ? 1 : magnitude, 300);
        ASSERT_NO_FATAL_FAILURE(expect_the_casts(spec));
    }
}

TEST(DistinctAsMultiplesOfTen, HandWorkedCases) {
    // numeric(p, -3): 0 … 99499 round to 0, 1000, …, 99000: 100 values.
    EXPECT_EQ(seqint::distinct_as_multiples_of_ten({0, 99500, 1}, 3), 100u);
    // −1499 … 1499: −1000 (from −1499 … −500), 0 (−499 … 499), 1000 (500 … 1499).
    EXPECT_EQ(seqint::distinct_as_multiples_of_ten({-1499, 1500, 1}, 3), 3u);
    // A step as long as the unit never merges: halves round away from zero.
    EXPECT_EQ(seqint::distinct_as_multiples_of_ten({-1500, 1501, 1000}, 3), 4u);
    EXPECT_EQ(seqint::distinct_as_multiples_of_ten({int64_min, int64_max, 1}, 20), 1u);
    EXPECT_EQ(seqint::distinct_as_multiples_of_ten({int64_max, int64_min, -1}, 19), 3u);
    EXPECT_EQ(seqint::distinct_as_multiples_of_ten({0, 100, 1}, 0), 100u);
    EXPECT_EQ(seqint::distinct_as_multiples_of_ten({3, 3, 1}, 2), 0u);
}

TEST(DistinctAsMultiplesOfTen, MatchesPerValueRounding) {
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<int> exponent(0, 19);
    std::uniform_int_distribution<int> pick(0, 2);
    for (int i = 0; i < 20000; ++i) {
        const int e = exponent(rng);
        i128 unit = 1;
        for (int k = 0; k < e; ++k)
            unit *= 10;
        std::uniform_int_distribution<std::int64_t> step_near(
            1, 3 * static_cast<std::int64_t>(unit > int64_max / 4 ? int64_max / 4 : unit));
        const std::int64_t step = pick(rng) == 0
                                      ? static_cast<std::int64_t>(unit > int64_max ? 1 : unit)
                                      : step_near(rng);
        const std::int64_t around = pick(rng) == 0 ? 0 : seqint::testing::interesting_value(rng);
        const Spec spec = short_spec(rng, around, step, 300);
        if (seqint::find_problem(spec) != seqint::SpecProblem::none)
            continue;
        ASSERT_EQ(
            seqint::distinct_as_multiples_of_ten(spec, e),
            brute_force_distinct(spec, [e](std::int64_t v) { return to_multiple_of_ten(v, e); }))
            << spec.start << " " << spec.end << " " << spec.step << " e=" << e;
    }
}

}  // namespace
