// test_closed_forms.cpp — slice_sum against a brute-force sum, and partial_sum_bound, at the
// int64 edges where the products would overflow 128 bits if computed naively.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>

#include "random_values.hpp"
#include "seqint/closed_forms.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/spec.hpp"

namespace {

using seqint::int128;
using seqint::partial_sum_bound;
using seqint::Slice;
using seqint::slice_sum;
using seqint::Spec;

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

int128 brute_sum(const Spec &spec, Slice slice) {
    int128 sum = 0;
    for (std::uint64_t i = slice.begin; i < slice.end; ++i)
        sum += seqint::value_at(spec, i);
    return sum;
}

TEST(SliceSum, SmallSpecsMatchBruteForce) {
    std::mt19937_64 rng(20261121);
    std::uniform_int_distribution<std::int64_t> bound(-60, 60), step(-9, 9);
    for (int n = 0; n < 20000; ++n) {
        const Spec spec{bound(rng), bound(rng), step(rng)};
        if (seqint::find_problem(spec) != seqint::SpecProblem::none)
            continue;
        const std::uint64_t count = seqint::count(spec);
        std::uniform_int_distribution<std::uint64_t> at(0, count);
        std::uint64_t a = at(rng), b = at(rng);
        if (a > b)
            std::swap(a, b);
        EXPECT_TRUE(slice_sum(spec, {a, b}) == brute_sum(spec, {a, b}))
            << spec.start << " " << spec.end << " " << spec.step << " [" << a << ", " << b << ")";
    }
}

TEST(SliceSum, HugeSlicesStayExact) {
    // Every int64 but the largest: the pairs ±k cancel, leaving −2^63 − (2^63 − 1).
    const Spec all{kMin, kMax, 1};
    EXPECT_TRUE(slice_sum(all, seqint::whole(all)) == -(static_cast<int128>(1) << 64) + 1);
    // 0 … 2^63 − 2: n·(first + last)/2 with n odd and a 126-bit product.
    const Spec upper{0, kMax, 1};
    const int128 n = kMax;
    EXPECT_TRUE(slice_sum(upper, seqint::whole(upper)) == n * (n - 1) / 2);
    // The largest magnitudes with the largest steps, compared with a loop.
    std::mt19937_64 rng(7);
    for (int i = 0; i < 20000; ++i) {
        const Spec spec{seqint::testing::interesting_value(rng),
                        seqint::testing::interesting_value(rng),
                        seqint::testing::interesting_step(rng)};
        if (seqint::find_problem(spec) != seqint::SpecProblem::none || seqint::count(spec) > 5000)
            continue;
        EXPECT_TRUE(slice_sum(spec, seqint::whole(spec)) == brute_sum(spec, seqint::whole(spec)))
            << spec.start << " " << spec.end << " " << spec.step;
    }
}

TEST(SliceSum, EmptySliceIsZero) {
    EXPECT_TRUE(slice_sum(Spec{5, 5, 1}, {0, 0}) == 0);
    EXPECT_TRUE(slice_sum(Spec{0, 10, 1}, {4, 4}) == 0);
}

TEST(PartialSumBound, BoundsEveryPartialSum) {
    EXPECT_TRUE(partial_sum_bound(Spec{5, 5, 1}) == 0);
    EXPECT_TRUE(partial_sum_bound(Spec{0, 10, 1}) == 10 * 9);
    EXPECT_TRUE(partial_sum_bound(Spec{-7, 3, 2}) == 5 * 7);
    // The whole int64 range: (2^64 − 1) values of magnitude up to 2^63, just below 2^127.
    const int128 widest = static_cast<int128>((static_cast<unsigned __int128>(1) << 127) -
                                              (static_cast<unsigned __int128>(1) << 63));
    EXPECT_TRUE(partial_sum_bound(Spec{kMin, kMax, 1}) == widest);
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<std::int64_t> bound(-1000, 1000), step(-13, 13);
    for (int n = 0; n < 5000; ++n) {
        const Spec spec{bound(rng), bound(rng), step(rng)};
        if (seqint::find_problem(spec) != seqint::SpecProblem::none)
            continue;
        int128 partial = 0;
        int128 largest = 0;
        for (std::uint64_t i = 0; i < seqint::count(spec); ++i) {
            partial += seqint::value_at(spec, i);
            largest = partial < 0 ? (-partial > largest ? -partial : largest)
                                  : (partial > largest ? partial : largest);
        }
        EXPECT_TRUE(largest <= partial_sum_bound(spec)) << spec.start << " " << spec.end;
    }
}

}  // namespace
