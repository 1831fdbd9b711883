// test_residues.cpp — `val % m = r` on sequences against brute force: PostgreSQL's remainder,
// the residue classes of positions, their intersections (the Chinese remainder theorem), and
// the sequence of the values they leave, for small and int64-edge sequences and moduli.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "random_values.hpp"
#include "seqint/bounds.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/residues.hpp"
#include "seqint/spec.hpp"

namespace {

using seqint::PositionClass;
using seqint::Slice;
using seqint::Spec;
__extension__ typedef __int128 i128;

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

// PostgreSQL's int8mod, written from its definition: truncating division in 128 bits.
i128 model_remainder(i128 a, i128 m) { return a - (a / m) * m; }

std::string describe(const Spec &spec) {
    return "start " + std::to_string(spec.start) + " end " + std::to_string(spec.end) + " step " +
           std::to_string(spec.step);
}

// The values of a sequence of at most a few thousand values, walked in 128 bits.
std::vector<std::int64_t> values_of(const Spec &spec) {
    std::vector<std::int64_t> out;
    for (i128 v = spec.start; spec.step > 0 ? v < spec.end : v > spec.end; v += spec.step)
        out.push_back(static_cast<std::int64_t>(v));
    return out;
}

struct Filter {
    std::int64_t m, r;
};

// The values of `spec` in `range` with v % m = r for every filter, as a scan computes them:
// the range's slice, mapped to ranks of the filters' common class of positions, read from
// the subsequence (or from the class's few positions when it has none).
std::vector<std::int64_t> scanned(const Spec &spec, seqint::ValueRange range,
                                  const std::vector<Filter> &filters) {
    PositionClass positions;
    for (const Filter &f : filters) {
        const seqint::RemainderClass c = seqint::remainder_class(f.m, f.r);
        if (c.empty)
            return {};
        range.intersect(c.range);
        positions =
            seqint::intersect(positions, seqint::positions_congruent(spec, c.modulus, c.residue));
    }
    const Slice slice = seqint::slice_within(spec, range);
    if (positions.empty)
        return {};
    std::vector<std::int64_t> out;
    if (const auto sub = seqint::subsequence(spec, positions)) {
        const Slice ranks = seqint::ranks_within(positions, slice);
        EXPECT_LE(ranks.end, seqint::count(*sub)) << describe(spec);
        for (std::uint64_t k = ranks.begin; k < ranks.end; ++k)
            out.push_back(seqint::value_at(*sub, k));
        return out;
    }
    std::uint64_t few[2];
    const int n = seqint::positions_of_class(spec, positions, few);
    EXPECT_LE(n, 2) << "no subsequence but more than two positions: " << describe(spec);
    for (int i = 0; i < n && i < 2; ++i)
        if (slice.begin <= few[i] && few[i] < slice.end)
            out.push_back(seqint::value_at(spec, few[i]));
    return out;
}

std::vector<std::int64_t> brute(const Spec &spec, std::int64_t lo, std::int64_t hi,
                                const std::vector<Filter> &filters) {
    std::vector<std::int64_t> out;
    for (std::int64_t v : values_of(spec)) {
        bool ok = lo <= v && v <= hi;
        for (const Filter &f : filters)
            ok = ok && model_remainder(v, f.m) == f.r;
        if (ok)
            out.push_back(v);
    }
    return out;
}

void expect_matches(const Spec &spec, std::int64_t lo, std::int64_t hi,
                    const std::vector<Filter> &filters) {
    seqint::ValueRange range;
    range.constrain(seqint::Comparison::greater_equal, seqint::IntegerView::integer(lo));
    range.constrain(seqint::Comparison::less_equal, seqint::IntegerView::integer(hi));
    std::string what =
        describe(spec) + " in [" + std::to_string(lo) + ", " + std::to_string(hi) + "]";
    for (const Filter &f : filters)
        what += " % " + std::to_string(f.m) + " = " + std::to_string(f.r);
    EXPECT_EQ(scanned(spec, range, filters), brute(spec, lo, hi, filters)) << what;
}

TEST(PgRemainder, MatchesTruncatingDivisionAndTheSpecialCases) {
    EXPECT_EQ(seqint::pg_remainder(-7, 3), -1);
    EXPECT_EQ(seqint::pg_remainder(7, -3), 1);
    EXPECT_EQ(seqint::pg_remainder(-7, -3), -1);
    EXPECT_EQ(seqint::pg_remainder(kMin, -1), 0);
    EXPECT_EQ(seqint::pg_remainder(kMin, 1), 0);
    EXPECT_EQ(seqint::pg_remainder(kMin, kMin), 0);
    EXPECT_EQ(seqint::pg_remainder(kMax, kMin), kMax);
    EXPECT_EQ(seqint::pg_remainder(kMin, kMax), -1);
    std::mt19937_64 rng(1);
    for (int i = 0; i < 100000; ++i) {
        const std::int64_t a = seqint::testing::interesting_value(rng);
        std::int64_t m = seqint::testing::interesting_value(rng);
        if (m == 0)
            m = 7;
        EXPECT_EQ(seqint::pg_remainder(a, m), static_cast<std::int64_t>(model_remainder(a, m)))
            << a << " % " << m;
    }
}

TEST(RemainderClass, HoldsExactlyTheValuesWithThatRemainder) {
    for (std::int64_t m = -12; m <= 12; ++m) {
        if (m == 0)
            continue;
        for (std::int64_t r = -14; r <= 14; ++r) {
            const seqint::RemainderClass c = seqint::remainder_class(m, r);
            for (std::int64_t v = -60; v <= 60; ++v) {
                const bool in_class =
                    !c.empty && c.range.lo() <= v && v <= c.range.hi() &&
                    static_cast<std::uint64_t>(((v % static_cast<std::int64_t>(c.modulus)) +
                                                static_cast<std::int64_t>(c.modulus)) %
                                               static_cast<std::int64_t>(c.modulus)) == c.residue;
                EXPECT_EQ(in_class, model_remainder(v, m) == r) << v << " % " << m << " = " << r;
            }
        }
    }
    // The int64 edges: |INT64_MIN| = 2^63 is a modulus, and INT64_MIN % -1 = 0.
    EXPECT_TRUE(seqint::remainder_class(-1, 1).empty);
    EXPECT_FALSE(seqint::remainder_class(-1, 0).empty);
    EXPECT_EQ(seqint::remainder_class(kMin, kMax).residue, std::uint64_t{kMax});
    EXPECT_EQ(seqint::remainder_class(kMin, kMin + 1).residue, std::uint64_t{1});
    EXPECT_TRUE(seqint::remainder_class(kMax, kMin).empty);
    EXPECT_TRUE(seqint::remainder_class(kMin, kMin).empty);
}

TEST(Residues, SmallSequencesAgainstBruteForce) {
    for (std::int64_t start = -13; start <= 13; start += 2)
        for (std::int64_t step : {1, 2, 3, 4, 6, -1, -2, -3, -5, 7, 12})
            for (std::int64_t m : {1, 2, 3, 4, 5, 6, 7, 10, -1, -3, -4, -9}) {
                const Spec spec{start, start + step * 40 + (step > 0 ? -1 : 1), step};
                for (std::int64_t r = -std::abs(m); r <= std::abs(m); ++r) {
                    expect_matches(spec, kMin, kMax, {{m, r}});
                    expect_matches(spec, -5, 17, {{m, r}});
                }
            }
}

TEST(Residues, TwoModuliAreOneClassOrNone) {
    const Spec spec{-300, 301, 1};
    for (std::int64_t m1 : {2, 3, 4, 6, 9, -10})
        for (std::int64_t m2 : {3, 4, 5, 6, 15, -8})
            for (std::int64_t r1 = -std::abs(m1) + 1; r1 < std::abs(m1); ++r1)
                for (std::int64_t r2 = -std::abs(m2) + 1; r2 < std::abs(m2); ++r2)
                    expect_matches(spec, kMin, kMax, {{m1, r1}, {m2, r2}});
    const Spec stepped{1000, -1000, -7};
    for (std::int64_t r1 = 0; r1 < 4; ++r1)
        for (std::int64_t r2 = -5; r2 < 6; ++r2)
            expect_matches(stepped, -500, 700, {{4, r1}, {6, r2}, {-9, r2 % 9}});
}

// A few values anywhere in int64, with moduli near 2^63 and steps whose product with the
// period leaves int64 (so that only the few-positions form can answer), against brute force.
TEST(Residues, Int64EdgesAgainstBruteForce) {
    std::mt19937_64 rng(15);
    std::uniform_int_distribution<int> values(1, 40);
    for (int i = 0; i < 20000; ++i) {
        const std::int64_t step = seqint::testing::interesting_step(rng);
        const std::int64_t start = seqint::testing::interesting_value(rng);
        const i128 end = i128{start} + i128{step} * values(rng);
        Spec spec{start,
                  static_cast<std::int64_t>(end < kMin   ? kMin
                                            : end > kMax ? kMax
                                                         : end),
                  step};
        if (spec.step > 0 ? spec.end < spec.start : spec.end > spec.start)
            spec.end = spec.start;
        std::vector<Filter> filters;
        const int n = 1 + static_cast<int>(rng() % 2);
        for (int k = 0; k < n; ++k) {
            std::int64_t m = rng() % 3 == 0 ? static_cast<std::int64_t>(rng() % 20) - 10
                                            : seqint::testing::interesting_value(rng);
            if (m == 0)
                m = kMin;
            // Mostly a remainder that some value has, so that the classes are not all empty.
            const std::vector<std::int64_t> vs = values_of(spec);
            const std::int64_t r =
                !vs.empty() && rng() % 4 != 0
                    ? static_cast<std::int64_t>(model_remainder(vs[rng() % vs.size()], m))
                    : static_cast<std::int64_t>(
                          model_remainder(seqint::testing::interesting_value(rng), m));
            filters.push_back({m, r});
        }
        const std::int64_t a = seqint::testing::interesting_value(rng);
        const std::int64_t b = seqint::testing::interesting_value(rng);
        expect_matches(spec, kMin, kMax, filters);
        expect_matches(spec, std::min(a, b), std::max(a, b), filters);
    }
}

TEST(Residues, WholeInt64Sequence) {
    const Spec all{kMin, kMax, 1};  // 2^64 − 1 values
    const seqint::RemainderClass c = seqint::remainder_class(7, 3);
    const PositionClass p = seqint::positions_congruent(all, c.modulus, c.residue);
    const auto sub = seqint::subsequence(all, p);
    ASSERT_TRUE(sub.has_value());
    EXPECT_EQ(sub->step, 7);
    EXPECT_EQ(seqint::pg_remainder(sub->start, 7), -4);  // the first value is negative
    EXPECT_EQ(seqint::count(*sub),
              (std::uint64_t{0} - 1) / 7 + ((std::uint64_t{0} - 1) % 7 > p.phase));
    // INT64_MIN's remainders by 2^63 and by -1.
    const PositionClass q = seqint::positions_congruent(all, std::uint64_t{1} << 63, 0);
    const auto both = seqint::subsequence(all, q);
    ASSERT_FALSE(both.has_value());  // INT64_MIN and 0: 2^63 apart, a step that int64 lacks
    std::uint64_t few[2];
    ASSERT_EQ(seqint::positions_of_class(all, q, few), 2);
    EXPECT_EQ(seqint::value_at(all, few[0]), kMin);
    EXPECT_EQ(seqint::value_at(all, few[1]), 0);
    // Moduli whose class periods have an lcm past 2^64: at most one position.
    const PositionClass big1 = seqint::positions_congruent(all, (std::uint64_t{1} << 62) + 1, 5);
    const PositionClass big2 = seqint::positions_congruent(all, (std::uint64_t{1} << 62) + 3, 5);
    const PositionClass one = seqint::intersect(big1, big2);
    ASSERT_FALSE(one.empty);
    EXPECT_EQ(one.period, 0u);
    EXPECT_EQ(seqint::value_at(all, one.phase), 5);
}

}  // namespace
