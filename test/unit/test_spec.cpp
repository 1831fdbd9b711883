// test_spec.cpp — find_problem, count, value_at, last_value and first_index_outside, at the
// int64 edges and against brute-force references (a naive loop and __int128 arithmetic).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <random>
#include <vector>

#include "random_values.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/spec.hpp"

namespace seqint {
// Readable failure messages instead of "4-byte object".
void PrintTo(SpecProblem p, std::ostream *os) {
    const char *names[] = {"none", "zero_step", "wrong_direction"};
    *os << names[static_cast<int>(p)];
}
}  // namespace seqint

namespace {

using seqint::count;
using seqint::find_problem;
using seqint::first_index_outside;
using seqint::last_value;
using seqint::Spec;
using seqint::SpecProblem;
using seqint::value_at;
using i128 = __int128;

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::uint64_t kUMax = std::numeric_limits<std::uint64_t>::max();

std::vector<std::int64_t> all_values(const Spec &s) {
    std::vector<std::int64_t> out;
    for (std::uint64_t i = 0; i < count(s); ++i)
        out.push_back(value_at(s, i));
    return out;
}

// The definition, looped: only for small specs, where v += step cannot overflow.
std::vector<std::int64_t> naive_values(const Spec &s) {
    std::vector<std::int64_t> out;
    for (std::int64_t v = s.start; s.step > 0 ? v < s.end : v > s.end; v += s.step)
        out.push_back(v);
    return out;
}

std::optional<std::uint64_t> naive_first_outside(const std::vector<std::int64_t> &values,
                                                 std::int64_t lo, std::int64_t hi) {
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] < lo || values[i] > hi)
            return i;
    return std::nullopt;
}

// ceil(span / |step|) in 128 bits, where span + |step| − 1 cannot overflow.
std::uint64_t ref_count(const Spec &s) {
    const i128 span = s.step > 0 ? i128(s.end) - s.start : i128(s.start) - s.end;
    const i128 mag = s.step > 0 ? i128(s.step) : -i128(s.step);
    return static_cast<std::uint64_t>((span + mag - 1) / mag);
}

i128 ref_value(const Spec &s, std::uint64_t i) { return i128(s.start) + i128(i) * s.step; }

// Start outside → 0; otherwise the sequence leaves [lo, hi] at most once (it is monotonic),
// so binary-search the first index whose 128-bit value is outside.
std::optional<std::uint64_t> ref_first_outside(const Spec &s, std::int64_t lo, std::int64_t hi) {
    const std::uint64_t n = ref_count(s);
    auto outside = [&](std::uint64_t i) {
        const i128 v = ref_value(s, i);
        return v < lo || v > hi;
    };
    if (n == 0)
        return std::nullopt;
    if (outside(0))
        return 0;
    if (!outside(n - 1))
        return std::nullopt;
    std::uint64_t inside = 0, out = n - 1;  // invariant: !outside(inside) && outside(out)
    while (out - inside > 1) {
        const std::uint64_t mid = inside + (out - inside) / 2;
        (outside(mid) ? out : inside) = mid;
    }
    return out;
}

// ---- find_problem ----

TEST(FindProblem, ZeroStep) {
    EXPECT_EQ(find_problem({0, 10, 0}), SpecProblem::zero_step);
    EXPECT_EQ(find_problem({10, 0, 0}), SpecProblem::zero_step);
    // Even an empty range: step 0 is rejected before the direction is considered.
    EXPECT_EQ(find_problem({5, 5, 0}), SpecProblem::zero_step);
    EXPECT_EQ(find_problem({kMin, kMax, 0}), SpecProblem::zero_step);
}

TEST(FindProblem, WrongDirection) {
    EXPECT_EQ(find_problem({10, 0, 1}), SpecProblem::wrong_direction);
    EXPECT_EQ(find_problem({0, 10, -1}), SpecProblem::wrong_direction);
    EXPECT_EQ(find_problem({kMax, kMin, kMax}), SpecProblem::wrong_direction);
    EXPECT_EQ(find_problem({kMin, kMax, kMin}), SpecProblem::wrong_direction);
    EXPECT_EQ(find_problem({0, -1, 1}), SpecProblem::wrong_direction);
    EXPECT_EQ(find_problem({-1, 0, -1}), SpecProblem::wrong_direction);
}

TEST(FindProblem, NoneForValidSpecs) {
    EXPECT_EQ(find_problem(Spec{}), SpecProblem::none);
    EXPECT_EQ(find_problem({kMin, kMax, 1}), SpecProblem::none);
    EXPECT_EQ(find_problem({kMax, kMin, -1}), SpecProblem::none);
    EXPECT_EQ(find_problem({kMax, kMin, kMin}), SpecProblem::none);
}

TEST(FindProblem, StartEqualsEndIsEmptyNotWrongForAnyStepSign) {
    for (std::int64_t v : {kMin, std::int64_t{-1}, std::int64_t{0}, kMax})
        for (std::int64_t step :
             {kMin, std::int64_t{-5}, std::int64_t{-1}, std::int64_t{1}, std::int64_t{5}, kMax}) {
            const Spec s{v, v, step};
            EXPECT_EQ(find_problem(s), SpecProblem::none) << v << " step " << step;
            EXPECT_EQ(count(s), 0u);
            EXPECT_EQ(first_index_outside(s, 0, 0), std::nullopt);
        }
}

// ---- count / value_at / last_value ----

TEST(Count, DefaultsAreZeroTo64StepOne) {
    const Spec s{};
    EXPECT_EQ(s.start, 0);
    EXPECT_EQ(s.end, 64);
    EXPECT_EQ(s.step, 1);
    EXPECT_EQ(count(s), 64u);
    EXPECT_EQ(value_at(s, 0), 0);
    EXPECT_EQ(last_value(s), 63);
}

TEST(Count, NonDividingSteps) {
    EXPECT_EQ(all_values({0, 10, 3}), (std::vector<std::int64_t>{0, 3, 6, 9}));
    EXPECT_EQ(all_values({10, 0, -3}), (std::vector<std::int64_t>{10, 7, 4, 1}));
    EXPECT_EQ(all_values({-10, 10, 7}), (std::vector<std::int64_t>{-10, -3, 4}));
    // A dividing step stops before end: end is exclusive.
    EXPECT_EQ(all_values({0, 9, 3}), (std::vector<std::int64_t>{0, 3, 6}));
    EXPECT_EQ(all_values({9, 0, -3}), (std::vector<std::int64_t>{9, 6, 3}));
}

TEST(Count, SingleElement) {
    EXPECT_EQ(all_values({5, 6, 1}), (std::vector<std::int64_t>{5}));
    EXPECT_EQ(all_values({5, 4, -1}), (std::vector<std::int64_t>{5}));
    EXPECT_EQ(all_values({kMax - 1, kMax, 1}), (std::vector<std::int64_t>{kMax - 1}));
    EXPECT_EQ(all_values({kMin + 1, kMin, -1}), (std::vector<std::int64_t>{kMin + 1}));
    // A step far longer than the range still yields start.
    EXPECT_EQ(all_values({0, 1, kMax}), (std::vector<std::int64_t>{0}));
    EXPECT_EQ(all_values({0, -1, kMin}), (std::vector<std::int64_t>{0}));
}

TEST(Count, FullInt64RangeStepOneIsUint64Max) {
    // 2^64 − 1 values: the reason counts are unsigned.
    const Spec up{kMin, kMax, 1};
    EXPECT_EQ(count(up), kUMax);
    EXPECT_EQ(value_at(up, 0), kMin);
    EXPECT_EQ(value_at(up, std::uint64_t{1} << 63), 0);
    EXPECT_EQ(last_value(up), kMax - 1);  // end is exclusive

    const Spec down{kMax, kMin, -1};
    EXPECT_EQ(count(down), kUMax);
    EXPECT_EQ(value_at(down, 0), kMax);
    EXPECT_EQ(last_value(down), kMin + 1);
}

TEST(Count, StepInt64MaxAcrossFullRange) {
    const Spec s{-9223372036854775807 - 1, 9223372036854775807, 9223372036854775807};
    EXPECT_EQ(count(s), 3u);
    EXPECT_EQ(all_values(s), (std::vector<std::int64_t>{kMin, -1, kMax - 1}));
    EXPECT_EQ(last_value(s), kMax - 1);
}

TEST(Count, StepInt64MinDescending) {
    // |INT64_MIN| = 2^63 has no int64 negation; the core must still count with it.
    EXPECT_EQ(all_values({kMax, kMin, kMin}), (std::vector<std::int64_t>{kMax, -1}));
    EXPECT_EQ(all_values({kMax, -1, kMin}), (std::vector<std::int64_t>{kMax}));
    EXPECT_EQ(all_values({kMax, -2, kMin}), (std::vector<std::int64_t>{kMax, -1}));
    EXPECT_EQ(all_values({0, kMin, kMin}), (std::vector<std::int64_t>{0}));
    EXPECT_EQ(all_values({-1, kMin, kMin}), (std::vector<std::int64_t>{-1}));
    EXPECT_EQ(count({0, kMin, -1}), std::uint64_t{1} << 63);
}

// ---- first_index_outside ----

constexpr std::int64_t kI16Min = -32768, kI16Max = 32767;

TEST(FirstIndexOutside, StartOutsideIsZero) {
    EXPECT_EQ(first_index_outside({-40000, 0, 1}, kI16Min, kI16Max), 0u);
    EXPECT_EQ(first_index_outside({40000, 0, -1}, kI16Min, kI16Max), 0u);
    EXPECT_EQ(first_index_outside({40000, 50000, 1}, kI16Min, kI16Max), 0u);
    EXPECT_EQ(first_index_outside({-40000, -50000, -1}, kI16Min, kI16Max), 0u);
}

TEST(FirstIndexOutside, LastValueDecidesNotEnd) {
    // end 32768 is outside smallint, but the last value 32767 is not.
    EXPECT_EQ(first_index_outside({32760, 32768, 1}, kI16Min, kI16Max), std::nullopt);
    EXPECT_EQ(first_index_outside({-32760, -32769, -1}, kI16Min, kI16Max), std::nullopt);
    // A step that jumps over the bound with end: 0, 30000 then end.
    EXPECT_EQ(first_index_outside({0, 60000, 30000}, kI16Min, kI16Max), std::nullopt);
}

TEST(FirstIndexOutside, AscendingCrossingHi) {
    const Spec s{32760, 32770, 1};
    EXPECT_EQ(first_index_outside(s, kI16Min, kI16Max), 8u);
    EXPECT_EQ(value_at(s, 8), 32768);
}

TEST(FirstIndexOutside, DescendingCrossingLo) {
    const Spec s{-32760, -32770, -1};
    EXPECT_EQ(first_index_outside(s, kI16Min, kI16Max), 9u);
    EXPECT_EQ(value_at(s, 9), -32769);
    EXPECT_EQ(first_index_outside({0, -70000, -30000}, kI16Min, kI16Max), 2u);  // 0, -30000, -60000
}

TEST(FirstIndexOutside, EmptyIsNullopt) {
    // Even with start itself outside: there is no value at all.
    EXPECT_EQ(first_index_outside({40000, 40000, 1}, kI16Min, kI16Max), std::nullopt);
    EXPECT_EQ(first_index_outside({0, 0, -1}, kI16Min, kI16Max), std::nullopt);
}

TEST(FirstIndexOutside, Int64Edges) {
    EXPECT_EQ(first_index_outside({kMin, kMax, 1}, kMin, kMax), std::nullopt);
    EXPECT_EQ(first_index_outside({kMin, kMax, kMax}, kMin, kMax), std::nullopt);
    EXPECT_EQ(first_index_outside({kMax, kMin, kMin}, kMin, kMax), std::nullopt);
    EXPECT_EQ(first_index_outside({kMin, kMax, 1}, kMin, kMax - 1), std::nullopt);
    EXPECT_EQ(first_index_outside({kMin, kMax, 1}, kMin, kMax - 2), kUMax - 1);
    EXPECT_EQ(first_index_outside({kMax, kMin, -1}, kMin + 2, kMax), kUMax - 1);
    EXPECT_EQ(first_index_outside({kMin, kMax, kMax}, -1, kMax), 0u);
    EXPECT_EQ(first_index_outside({kMin, kMax, kMax}, kMin, -1), 2u);
    // int32 target: 0, 2^31 — the second value is already outside.
    EXPECT_EQ(first_index_outside({0, kMax, std::int64_t{1} << 31}, INT32_MIN, INT32_MAX), 1u);
}

// ---- brute force ----

TEST(SpecBruteForce, SmallSpecsMatchNaiveLoop) {
    std::mt19937_64 rng(20240611);
    std::uniform_int_distribution<std::int64_t> bound(-50, 50), stepd(-7, 7), range(-60, 60);
    for (int iter = 0; iter < 20000; ++iter) {
        const Spec s{bound(rng), bound(rng), stepd(rng)};
        SCOPED_TRACE(::testing::Message() << s.start << ".." << s.end << " step " << s.step);
        if (s.step == 0) {
            EXPECT_EQ(find_problem(s), SpecProblem::zero_step);
            continue;
        }
        if (s.start != s.end && (s.end > s.start) != (s.step > 0)) {
            EXPECT_EQ(find_problem(s), SpecProblem::wrong_direction);
            continue;
        }
        ASSERT_EQ(find_problem(s), SpecProblem::none);

        const std::vector<std::int64_t> expected = naive_values(s);
        ASSERT_EQ(count(s), expected.size());
        EXPECT_EQ(all_values(s), expected);
        if (!expected.empty()) {
            EXPECT_EQ(last_value(s), expected.back());
        }

        std::int64_t lo = range(rng), hi = range(rng);
        if (lo > hi)
            std::swap(lo, hi);
        EXPECT_EQ(first_index_outside(s, lo, hi), naive_first_outside(expected, lo, hi))
            << "range [" << lo << ", " << hi << "]";
    }
}

// An int64 near the places arithmetic breaks: the two ends, zero, and the 32-bit bounds.
using seqint::testing::interesting_step;
using seqint::testing::interesting_value;

TEST(SpecBruteForce, LargeSpecsMatchInt128) {
    std::mt19937_64 rng(7);
    for (int iter = 0; iter < 20000; ++iter) {
        Spec s{interesting_value(rng), interesting_value(rng), interesting_step(rng)};
        if (s.step == 0)
            s.step = 1;
        // Make the direction valid: order start/end to suit the step's sign.
        if ((s.step > 0) == (s.end < s.start))
            std::swap(s.start, s.end);
        SCOPED_TRACE(::testing::Message() << s.start << ".." << s.end << " step " << s.step);
        ASSERT_EQ(find_problem(s), SpecProblem::none);

        const std::uint64_t n = ref_count(s);
        ASSERT_EQ(count(s), n);
        if (n == 0)
            continue;
        std::vector<std::uint64_t> indexes{0, n / 2, n - 1, rng() % n};
        if (n > 1)
            indexes.insert(indexes.end(), {1, n - 2});
        if (n <= 1000)
            for (std::uint64_t i = 0; i < n; ++i)
                indexes.push_back(i);
        for (std::uint64_t i : indexes)
            ASSERT_TRUE(i128(value_at(s, i)) == ref_value(s, i)) << "index " << i;
        EXPECT_TRUE(i128(last_value(s)) == ref_value(s, n - 1));

        std::int64_t lo = interesting_value(rng), hi = interesting_value(rng);
        if (lo > hi)
            std::swap(lo, hi);
        EXPECT_EQ(first_index_outside(s, lo, hi), ref_first_outside(s, lo, hi))
            << "range [" << lo << ", " << hi << "]";
    }
}

}  // namespace
