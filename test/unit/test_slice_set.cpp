// test_slice_set.cpp — slice sets against a brute-force model: the sorted vector of the
// positions they hold, cut by windows, walked both ways.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <set>
#include <vector>

#include "seqint/bounds.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/slice_set.hpp"

namespace {

using seqint::Direction;
using seqint::Slice;
using seqint::SliceSet;

std::vector<std::uint64_t> positions_of(const std::vector<Slice> &slices) {
    std::set<std::uint64_t> all;
    for (const Slice &s : slices)
        for (std::uint64_t p = s.begin; p < s.end; ++p)
            all.insert(p);
    return {all.begin(), all.end()};
}

std::vector<Slice> random_slices(std::mt19937_64 &rng, int max_count) {
    std::uniform_int_distribution<int> count(0, max_count);
    std::uniform_int_distribution<std::uint64_t> begin(0, 60), length(0, 8);
    std::vector<Slice> slices(count(rng));
    for (Slice &s : slices) {
        s.begin = begin(rng);
        s.end = s.begin + length(rng);
    }
    return slices;
}

std::vector<Slice> normalized(std::vector<Slice> slices) {
    slices.resize(seqint::normalize_slices(slices.data(), slices.size()));
    return slices;
}

TEST(SliceSet, NormalizeMergesOverlappingAndAdjacent) {
    std::vector<Slice> s = {{5, 7}, {0, 2}, {2, 3}, {6, 9}, {4, 4}, {20, 21}};
    s = normalized(s);
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[0].begin, 0u);
    EXPECT_EQ(s[0].end, 3u);
    EXPECT_EQ(s[1].begin, 5u);
    EXPECT_EQ(s[1].end, 9u);
    EXPECT_EQ(s[2].begin, 20u);
}

TEST(SliceSet, MatchesPositionModel) {
    std::mt19937_64 rng(42);
    for (int round = 0; round < 5000; ++round) {
        const std::vector<Slice> a = random_slices(rng, 6), b = random_slices(rng, 6);
        const std::vector<Slice> na = normalized(a), nb = normalized(b);
        // normalize: same positions, sorted, disjoint, not adjacent, none empty
        ASSERT_EQ(positions_of(na), positions_of(a));
        for (std::size_t i = 0; i < na.size(); ++i) {
            ASSERT_FALSE(na[i].is_empty());
            if (i > 0) {
                ASSERT_LT(na[i - 1].end, na[i].begin);
            }
        }
        // intersect
        std::vector<Slice> out(na.size() + nb.size() + 1);
        out.resize(
            seqint::intersect_slices(na.data(), na.size(), nb.data(), nb.size(), out.data()));
        std::vector<std::uint64_t> expected;
        const auto pa = positions_of(a), pb = positions_of(b);
        std::set_intersection(pa.begin(), pa.end(), pb.begin(), pb.end(),
                              std::back_inserter(expected));
        ASSERT_EQ(positions_of(out), expected);
        ASSERT_EQ(normalized(out).size(), out.size());
        // positions → slices
        std::vector<Slice> runs(pa.size() + 1);
        runs.resize(seqint::slices_of_positions(pa.data(), pa.size(), runs.data()));
        ASSERT_EQ(positions_of(runs), pa);
        ASSERT_EQ(runs.size(), na.size());
    }
}

// The values a walker hands out over a trimmed window, against the model.
TEST(SliceSet, WalkerFollowsWindowBothWays) {
    std::mt19937_64 rng(7);
    const seqint::Spec spec{-100, 1000, 3};  // value_at(p) = 3p − 100
    for (int round = 0; round < 5000; ++round) {
        const std::vector<Slice> slices = normalized(random_slices(rng, 5));
        SliceSet set = SliceSet::of(slices.data(), slices.size());
        const auto model = positions_of(slices);
        ASSERT_EQ(set.total, model.size());
        std::uniform_int_distribution<std::uint64_t> cut(0, model.size() + 2);
        const Direction direction = round % 2 ? Direction::forward : Direction::backward;
        const std::uint64_t skipped = cut(rng), kept = cut(rng);
        set.trim(direction, skipped, kept);
        // a second trim, as a parallel chunk of an OFFSET/LIMIT window
        const std::uint64_t skipped2 = cut(rng) / 2, kept2 = cut(rng);
        set.trim(direction, skipped2, kept2);

        std::vector<std::uint64_t> ordered = model;
        if (direction == Direction::backward)
            std::reverse(ordered.begin(), ordered.end());
        std::vector<std::uint64_t> expected;
        for (std::uint64_t i = skipped; i < ordered.size() && i < skipped + kept; ++i)
            expected.push_back(ordered[i]);
        std::vector<std::uint64_t> expected2;
        for (std::uint64_t i = skipped2; i < expected.size() && i < skipped2 + kept2; ++i)
            expected2.push_back(expected[i]);

        seqint::SliceWalker walker;
        walker.start(spec, set, direction);
        std::vector<std::uint64_t> walked;
        std::int64_t value;
        while (walker.next(value))
            walked.push_back(static_cast<std::uint64_t>((value + 100) / 3));
        ASSERT_EQ(walked, expected2) << "round " << round;
        ASSERT_EQ(set.size(), expected2.size());
        std::vector<std::uint64_t> parts;
        set.for_each_part([&](Slice s, const seqint::Pattern *) {
            for (std::uint64_t p = s.begin; p < s.end; ++p)
                parts.push_back(p);
        });
        std::sort(expected2.begin(), expected2.end());
        ASSERT_EQ(parts, expected2);
    }
}

// The probes' starts: one slice (or none) and one value walk as the set of that slice does,
// also on a walker reused after a walk of many slices, in both directions.
TEST(SliceSet, WalkerStartsOfOneSliceAndOneValue) {
    std::mt19937_64 rng(11);
    const seqint::Spec spec{500, -700, -7};
    const seqint::Probe probe(spec);
    seqint::SliceWalker reused;
    for (int round = 0; round < 2000; ++round) {
        const Direction direction = round % 2 ? Direction::forward : Direction::backward;
        const std::vector<Slice> many = normalized(random_slices(rng, 6));
        reused.start(spec, SliceSet::of(many.data(), many.size()), direction);
        std::int64_t value;
        reused.next(value);  // leave it mid-walk

        std::uniform_int_distribution<std::int64_t> bound(-800, 600);
        seqint::ValueRange range;
        range.constrain(seqint::Comparison::greater_equal,
                        seqint::IntegerView::integer(bound(rng)));
        range.constrain(seqint::Comparison::less, seqint::IntegerView::integer(bound(rng)));
        const Slice slice = probe.slice_within(range);
        ASSERT_EQ(slice.begin, seqint::slice_within(spec, range).begin);
        ASSERT_EQ(slice.end, seqint::slice_within(spec, range).end);
        seqint::SliceWalker fresh;
        fresh.start(spec, SliceSet::of(slice), direction);
        reused.start(spec, slice, direction);
        std::vector<std::int64_t> want, got;
        while (fresh.next(value))
            want.push_back(value);
        while (reused.next(value))
            got.push_back(value);
        ASSERT_EQ(got, want) << "round " << round;

        const std::int64_t v = bound(rng);
        const Slice one = probe.slice_of(v);
        const auto index = seqint::index_of(spec, v);
        ASSERT_EQ(!one.is_empty(), index.has_value());
        reused.start_one(!one.is_empty(), v);
        got.clear();
        while (reused.next(value))
            got.push_back(value);
        ASSERT_EQ(got, index ? std::vector<std::int64_t>{v} : std::vector<std::int64_t>{});
        if (index) {
            ASSERT_EQ(one.begin, *index);
            ASSERT_EQ(seqint::value_at(spec, *index), v);
        }
    }
}

}  // namespace
