// test_positions.cpp — normalize_positions and IN-list intersection against std::set, and
// spaced_position against ⌊i·n/k⌋ computed in __int128, up to n = UINT64_MAX.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "seqint/no_postgres.hpp"
#include "seqint/positions.hpp"
#include "seqint/slice_set.hpp"
#include "seqint/spec.hpp"

namespace {

using seqint::normalize_positions;
using seqint::Slice;
using seqint::spaced_position;
using u128 = unsigned __int128;
using Positions = std::vector<std::uint64_t>;

constexpr std::uint64_t kUMax = std::numeric_limits<std::uint64_t>::max();

std::string describe(const Positions &p) {
    std::string out = "{";
    for (std::size_t i = 0; i < p.size(); ++i)
        out += (i > 0 ? "," : "") + std::to_string(p[i]);
    return out + "}";
}

// ---- the references ----

// The members of `input` inside [within.begin, within.end), sorted and unique.
Positions reference_normalize(const Positions &input, Slice within) {
    std::set<std::uint64_t> kept;
    for (std::uint64_t p : input)
        if (p >= within.begin && p < within.end)
            kept.insert(p);
    return Positions(kept.begin(), kept.end());
}

Positions reference_intersect(const Positions &a, const Positions &b) {
    const std::set<std::uint64_t> sb(b.begin(), b.end());
    std::set<std::uint64_t> kept;
    for (std::uint64_t p : a)
        if (sb.count(p) != 0)
            kept.insert(p);
    return Positions(kept.begin(), kept.end());
}

// Runs normalize_positions on a copy of `input` and returns the prefix it keeps.
Positions normalized(Positions input, Slice within) {
    const std::size_t n = input.size();
    const std::size_t kept = normalize_positions(input.data(), n, within);
    EXPECT_LE(kept, n);
    input.resize(std::min(kept, n));
    return input;
}

// The intersection of two normalized position sets the way a scan computes it for IN lists:
// as slice sets (seqint/slice_set.hpp), expanded back into positions.
Positions intersected(const Positions &a, const Positions &b) {
    std::vector<seqint::Slice> sa(a.size() + 1), sb(b.size() + 1);
    sa.resize(seqint::slices_of_positions(a.data(), a.size(), sa.data()));
    sb.resize(seqint::slices_of_positions(b.data(), b.size(), sb.data()));
    std::vector<seqint::Slice> both(sa.size() + sb.size() + 1);
    both.resize(seqint::intersect_slices(sa.data(), sa.size(), sb.data(), sb.size(), both.data()));
    Positions out;
    for (const seqint::Slice &slice : both)
        for (std::uint64_t p = slice.begin; p != slice.end; ++p)
            out.push_back(p);
    return out;
}

// ---- normalize_positions ----

TEST(NormalizePositions, EmptyInputKeepsNothing) {
    EXPECT_EQ(normalize_positions(nullptr, 0, Slice{0, 10}), 0u);
    std::uint64_t one = 3;
    EXPECT_EQ(normalize_positions(&one, 0, Slice{0, 10}), 0u);
    EXPECT_EQ(one, 3u);
}

TEST(NormalizePositions, SortsDropsDuplicatesAndOutsiders) {
    EXPECT_EQ(normalized({5, 3, 3, 9, 1, 5, 12, 0, 10}, Slice{1, 10}), (Positions{1, 3, 5, 9}));
    EXPECT_EQ(normalized({7, 7, 7}, Slice{0, 100}), (Positions{7}));
    EXPECT_EQ(normalized({7, 7, 7}, Slice{7, 8}), (Positions{7}));
    EXPECT_EQ(normalized({7, 7, 7}, Slice{8, 9}), Positions{});
    EXPECT_EQ(normalized({2, 1, 0}, Slice{0, 3}), (Positions{0, 1, 2}));
}

TEST(NormalizePositions, EmptySliceKeepsNothing) {
    EXPECT_EQ(normalized({0, 1, 2, 3}, Slice{2, 2}), Positions{});
    EXPECT_EQ(normalized({0, 1, 2, 3}, Slice{0, 0}), Positions{});
    EXPECT_EQ(normalized({kUMax, kUMax - 1}, Slice{kUMax, kUMax}), Positions{});
}

TEST(NormalizePositions, EndIsExclusiveUpToUint64Max) {
    // The largest possible slice, {0, 2^64 − 1}, is a whole sequence of 2^64 − 1 values: its
    // last position is 2^64 − 2, and 2^64 − 1 lies outside.
    EXPECT_EQ(normalized({kUMax, 0, kUMax - 1, kUMax, 5}, Slice{0, kUMax}),
              (Positions{0, 5, kUMax - 1}));
    EXPECT_EQ(normalized({kUMax, kUMax - 1, kUMax - 2}, Slice{kUMax - 1, kUMax}),
              (Positions{kUMax - 1}));
}

TEST(NormalizePositions, MatchesSetOnRandomInputs) {
    std::mt19937_64 rng(20240607);
    for (int round = 0; round < 20000; ++round) {
        // Small domains make duplicates likely; some rounds sit at the top of uint64.
        const std::uint64_t domain = 1 + rng() % 40;
        const std::uint64_t base = round % 4 == 0 ? kUMax - domain : rng() % 1000;
        const std::size_t n = rng() % 24;
        Positions input(n);
        for (auto &p : input)
            p = base + rng() % (domain + 1);
        std::uint64_t begin = base + rng() % (domain + 2);
        std::uint64_t end = base + rng() % (domain + 2);
        if (begin > end)
            std::swap(begin, end);
        const Slice within{begin, end};
        const Positions got = normalized(input, within);
        ASSERT_EQ(got, reference_normalize(input, within))
            << "input " << describe(input) << " within [" << begin << ", " << end << ")";
    }
}

// ---- intersecting IN lists (as slice sets) ----

TEST(IntersectInLists, EdgeCases) {
    EXPECT_EQ(intersected({}, {1, 2, 3}), Positions{});
    EXPECT_EQ(intersected({1, 2, 3}, {}), Positions{});
    EXPECT_EQ(intersected({1, 2, 3}, {1, 2, 3}), (Positions{1, 2, 3}));
    EXPECT_EQ(intersected({1, 3, 5}, {2, 4, 6}), Positions{});
    EXPECT_EQ(intersected({2, 4}, {1, 2, 3, 4, 5}), (Positions{2, 4}));
    EXPECT_EQ(intersected({1, 2, 3, 4, 5}, {2, 4}), (Positions{2, 4}));
    EXPECT_EQ(intersected({0, 9}, {9}), (Positions{9}));
    // Positions stop at 2^64 − 2: a sequence has at most 2^64 − 1 values.
    EXPECT_EQ(intersected({0, kUMax - 2, kUMax - 1}, {kUMax - 1}), (Positions{kUMax - 1}));
    EXPECT_EQ(intersected({0, kUMax - 1}, {0, 1, kUMax - 2}), (Positions{0}));
}

TEST(IntersectInLists, ChainedLikeSeveralInLists) {
    // val IN (…) AND val IN (…) AND val IN (…): each list narrows the last result.
    Positions a = normalized({9, 1, 4, 7, 4}, Slice{0, 100});
    a = intersected(a, normalized({4, 7, 9, 10}, Slice{0, 100}));
    EXPECT_EQ(a, (Positions{4, 7, 9}));
    a = intersected(a, normalized({9, 4, 0}, Slice{0, 100}));
    EXPECT_EQ(a, (Positions{4, 9}));
    a = intersected(a, normalized({5}, Slice{0, 100}));
    EXPECT_EQ(a, Positions{});
}

TEST(IntersectInLists, MatchesSetOnRandomInputs) {
    std::mt19937_64 rng(7);
    for (int round = 0; round < 20000; ++round) {
        const std::uint64_t domain = 1 + rng() % 50;
        const std::uint64_t base = round % 3 == 0 ? kUMax - 1 - domain : rng() % 1000;
        auto random_set = [&] {
            Positions p(rng() % 30);
            for (auto &x : p)
                x = base + rng() % (domain + 1);
            // normalized sets, by hand
            std::sort(p.begin(), p.end());
            p.erase(std::unique(p.begin(), p.end()), p.end());
            return p;
        };
        const Positions a = random_set();
        const Positions b = random_set();
        const Positions got = intersected(a, b);
        ASSERT_EQ(got, reference_intersect(a, b)) << describe(a) << " ∩ " << describe(b);
        ASSERT_TRUE(std::is_sorted(got.begin(), got.end()));
        ASSERT_EQ(std::adjacent_find(got.begin(), got.end()), got.end());
    }
}

// ---- spaced_position ----

std::uint64_t reference_spaced(std::uint64_t i, std::uint64_t k, std::uint64_t n) {
    return static_cast<std::uint64_t>(u128(i) * n / k);
}

TEST(SpacedPosition, MatchesFloorOfProductForSmallCases) {
    for (std::uint64_t n = 1; n <= 70; ++n)
        for (std::uint64_t k = 1; k <= n; ++k) {
            std::uint64_t previous = 0;
            for (std::uint64_t i = 0; i < k; ++i) {
                const std::uint64_t p = spaced_position(i, k, n);
                ASSERT_EQ(p, reference_spaced(i, k, n)) << "i " << i << " k " << k << " n " << n;
                ASSERT_LT(p, n);
                // k <= n: the positions are distinct, so a sample never repeats a value.
                if (i > 0) {
                    ASSERT_GT(p, previous) << "i " << i << " k " << k << " n " << n;
                }
                previous = p;
            }
            // k == n samples every position
            if (k == n) {
                for (std::uint64_t i = 0; i < k; ++i)
                    ASSERT_EQ(spaced_position(i, k, n), i);
            }
        }
}

TEST(SpacedPosition, TheDefaultSampleOfTheLargestSequence) {
    // ANALYZE with the default statistics target samples 30000 rows; the largest sequence
    // has 2^64 − 1 values, where i·n overflows 64 bits for every i >= 2.
    const std::uint64_t n = kUMax;
    const std::uint64_t k = 30000;
    std::uint64_t previous = 0;
    for (std::uint64_t i = 0; i < k; ++i) {
        const std::uint64_t p = spaced_position(i, k, n);
        ASSERT_EQ(p, reference_spaced(i, k, n)) << "i " << i;
        ASSERT_LT(p, n);
        if (i > 0) {
            ASSERT_GT(p, previous) << "i " << i;
            // evenly spaced: consecutive gaps are ⌊n/k⌋ or ⌈n/k⌉
            const std::uint64_t gap = p - previous;
            ASSERT_TRUE(gap == n / k || gap == n / k + 1) << "i " << i << " gap " << gap;
        }
        previous = p;
    }
    EXPECT_EQ(spaced_position(0, k, n), 0u);
    EXPECT_EQ(spaced_position(1, k, n), n / k);  // 614891469123651
    EXPECT_EQ(spaced_position(1, k, n), 614891469123651u);
    EXPECT_EQ(spaced_position(k - 1, k, n), static_cast<std::uint64_t>(u128(k - 1) * n / k));
}

TEST(SpacedPosition, ExtremeSampleSizes) {
    EXPECT_EQ(spaced_position(0, 1, kUMax), 0u);
    EXPECT_EQ(spaced_position(0, 1, 1), 0u);
    // k == n: the identity, even at the top
    EXPECT_EQ(spaced_position(kUMax - 1, kUMax, kUMax), kUMax - 1);
    EXPECT_EQ(spaced_position(kUMax / 2, kUMax, kUMax), kUMax / 2);
    EXPECT_EQ(spaced_position(1, 2, kUMax), kUMax / 2);
    EXPECT_EQ(spaced_position(1, 3, kUMax), kUMax / 3);
    EXPECT_EQ(spaced_position(2, 3, kUMax), static_cast<std::uint64_t>(u128(2) * kUMax / 3));
    std::mt19937_64 rng(99);
    for (int round = 0; round < 100000; ++round) {
        const std::uint64_t n = round % 2 == 0 ? kUMax - rng() % 1000 : 1 + rng() % kUMax;
        const std::uint64_t k = 1 + rng() % n;
        const std::uint64_t i = rng() % k;
        ASSERT_EQ(spaced_position(i, k, n), reference_spaced(i, k, n))
            << "i " << i << " k " << k << " n " << n;
    }
}

}  // namespace
