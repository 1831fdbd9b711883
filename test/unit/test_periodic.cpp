// test_periodic.cpp — patterns of positions against brute force: counting, ranking, walking
// their runs either way, combining them over a common period, summing them, and slice sets
// whose slices carry patterns, walked through windows in either direction.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <random>
#include <vector>

#include "seqint/closed_forms.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/periodic.hpp"
#include "seqint/slice_set.hpp"
#include "seqint/spec.hpp"

namespace {

using seqint::Pattern;
using seqint::Slice;
using seqint::Spec;
__extension__ typedef __int128 i128;

// A pattern and the arrays it points into.
struct Owned {
    std::vector<Slice> runs;
    std::vector<std::uint64_t> before;
    Pattern pattern;

    Owned(std::uint64_t period, std::vector<Slice> r)
        : runs(std::move(r)), before(runs.size() + 1) {
        pattern = seqint::make_pattern(period, runs.data(), runs.size(), before.data());
    }
    Owned(const Owned &) = delete;
};

// A random pattern of a small period: each residue in with probability 1/2 (or a few).
std::vector<Slice> random_runs(std::mt19937_64 &rng, std::uint64_t period) {
    std::vector<Slice> runs;
    const int density = static_cast<int>(rng() % 4);
    for (std::uint64_t y = 0; y < period; ++y) {
        if (rng() % 4 > static_cast<std::uint64_t>(density))
            continue;
        if (!runs.empty() && runs.back().end == y)
            ++runs.back().end;
        else
            runs.push_back({y, y + 1});
    }
    return runs;
}

bool member(const Pattern &p, std::uint64_t x) {
    for (std::size_t j = 0; j < p.run_count; ++j)
        if (p.runs[j].begin <= x % p.period && x % p.period < p.runs[j].end)
            return true;
    return false;
}

TEST(Periodic, CountsRanksAndRunsMatchBruteForce) {
    std::mt19937_64 rng(15);
    for (int trial = 0; trial < 3000; ++trial) {
        const std::uint64_t period = 1 + rng() % 12;
        Owned o(period, random_runs(rng, period));
        const Pattern &p = o.pattern;
        // Near zero, or near 2^64 with a huge base.
        const std::uint64_t base =
            trial % 3 == 0 ? UINT64_MAX - 200 : (trial % 3 == 1 ? 0 : rng() >> 1);
        const std::uint64_t from = base + rng() % 60;
        const std::uint64_t to =
            std::max(from, std::min<std::uint64_t>(UINT64_MAX, from + rng() % 100));
        std::vector<std::uint64_t> members;
        for (std::uint64_t x = from; x < to; ++x)
            if (member(p, x))
                members.push_back(x);
        ASSERT_EQ(seqint::matches_in(p, {from, to}), members.size());
        for (std::size_t r = 0; r < members.size(); ++r)
            ASSERT_EQ(seqint::nth_match(p, from, r), members[r]);
        std::vector<std::uint64_t> walked;
        for (Slice s = seqint::next_run(p, from, to); !s.is_empty();
             s = seqint::next_run(p, s.end, to)) {
            for (std::uint64_t x = s.begin; x < s.end; ++x)
                walked.push_back(x);
        }
        ASSERT_EQ(walked, members);
        walked.clear();
        for (Slice s = seqint::previous_run(p, from, to); !s.is_empty();
             s = seqint::previous_run(p, from, s.begin))
            for (std::uint64_t x = s.end; x > s.begin; --x)
                walked.push_back(x - 1);
        std::reverse(walked.begin(), walked.end());
        ASSERT_EQ(walked, members);
    }
}

TEST(Periodic, CombinationsMatchBruteForce) {
    std::mt19937_64 rng(16);
    for (int trial = 0; trial < 2000; ++trial) {
        const std::uint64_t pa = 1 + rng() % 9, pb = 1 + rng() % 9;
        Owned a(pa, random_runs(rng, pa)), b(pb, random_runs(rng, pb));
        const std::uint64_t period = seqint::lcm_of_periods(pa, pb);
        ASSERT_EQ(period % pa, 0u);
        ASSERT_EQ(period % pb, 0u);
        std::vector<Slice> both(seqint::runs_repeated(a.pattern, period) +
                                seqint::runs_repeated(b.pattern, period) + 1);
        std::vector<Slice> either(both.size()), not_a(a.runs.size() + 1);
        both.resize(seqint::intersect_patterns(a.pattern, b.pattern, period, both.data()));
        either.resize(seqint::unite_patterns(a.pattern, b.pattern, period, either.data()));
        not_a.resize(seqint::complement_pattern(a.pattern, not_a.data()));
        Owned i(period, both), u(period, either), c(pa, not_a);
        for (std::uint64_t x = 0; x < 2 * period; ++x) {
            ASSERT_EQ(member(i.pattern, x), member(a.pattern, x) && member(b.pattern, x));
            ASSERT_EQ(member(u.pattern, x), member(a.pattern, x) || member(b.pattern, x));
            ASSERT_EQ(member(c.pattern, x), !member(a.pattern, x));
        }
        // Normalized: sorted, disjoint, not adjacent, none empty.
        for (const Owned *o : {&i, &u, &c})
            for (std::size_t j = 0; j < o->runs.size(); ++j) {
                ASSERT_LT(o->runs[j].begin, o->runs[j].end);
                if (j > 0) {
                    ASSERT_LT(o->runs[j - 1].end, o->runs[j].begin);
                }
            }
    }
    EXPECT_EQ(seqint::lcm_of_periods(std::uint64_t{1} << 63, 3), 0u);
    EXPECT_EQ(seqint::lcm_of_periods(std::uint64_t{1} << 63, 2), std::uint64_t{1} << 63);
}

TEST(Periodic, SumsMatchBruteForce) {
    std::mt19937_64 rng(17);
    constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    const Spec specs[] = {{0, 100000, 1},    {kMin, kMax, 1},
                          {kMax, kMin, -1},  {kMin, kMax, kMax / 4000},
                          {-50, 1000000, 7}, {kMax, kMin, -(kMax / 5000)}};
    for (int trial = 0; trial < 3000; ++trial) {
        const Spec &spec = specs[trial % 6];
        const std::uint64_t n = seqint::count(spec);
        const std::uint64_t period = 1 + rng() % 13;
        Owned o(period, random_runs(rng, period));
        const std::uint64_t span = rng() % 3000;
        const std::uint64_t from = trial % 2 == 0 ? rng() % (n - span) : n - span - rng() % 5;
        const Slice slice{from, from + span};
        i128 model = 0;
        for (std::uint64_t x = slice.begin; x < slice.end; ++x)
            if (member(o.pattern, x))
                model += seqint::value_at(spec, x);
        ASSERT_TRUE(seqint::pattern_sum(spec, slice, o.pattern) == model) << trial;
    }
}

TEST(Periodic, SliceSetsWithPatternsWalkTheirWindows) {
    std::mt19937_64 rng(18);
    const Spec spec{-1000, 1000000, 3};
    for (int trial = 0; trial < 1000; ++trial) {
        const int pieces = 1 + static_cast<int>(rng() % 4);
        std::vector<Slice> slices;
        std::uint64_t at = rng() % 50;
        for (int i = 0; i < pieces; ++i) {
            const std::uint64_t size = 1 + rng() % 80;
            slices.push_back({at, at + size});
            at += size + 1 + rng() % 20;
        }
        std::vector<std::unique_ptr<Owned>> owned;
        std::vector<Pattern> patterns;
        std::vector<std::uint64_t> members;
        for (const Slice &s : slices) {
            const std::uint64_t period = 1 + rng() % 7;
            owned.push_back(std::make_unique<Owned>(period, random_runs(rng, period)));
            patterns.push_back(owned.back()->pattern);
            for (std::uint64_t x = s.begin; x < s.end; ++x)
                if (member(patterns.back(), x))
                    members.push_back(x);
        }
        seqint::SliceSet set = seqint::SliceSet::of(slices.data(), patterns.data(), slices.size());
        ASSERT_EQ(set.total, members.size());
        const auto direction =
            trial % 2 == 0 ? seqint::Direction::forward : seqint::Direction::backward;
        const std::uint64_t skipped = rng() % (members.size() + 2);
        const std::uint64_t kept = rng() % (members.size() + 2);
        set.trim(direction, skipped, kept);
        std::vector<std::int64_t> expected;
        std::vector<std::uint64_t> in_order = members;
        if (direction == seqint::Direction::backward)
            std::reverse(in_order.begin(), in_order.end());
        for (std::size_t r = skipped; r < in_order.size() && r < skipped + kept; ++r)
            expected.push_back(seqint::value_at(spec, in_order[r]));
        seqint::SliceWalker walker;
        walker.start(spec, set, direction);
        std::vector<std::int64_t> got;
        for (std::int64_t v; walker.next(v);)
            got.push_back(v);
        ASSERT_EQ(got, expected) << trial;
        i128 sum = 0, model = 0;
        set.for_each_part(
            [&](Slice part, const Pattern *p) { sum += seqint::pattern_sum(spec, part, *p); });
        for (std::int64_t v : expected)
            model += v;
        ASSERT_TRUE(sum == model) << trial;
    }
}

}  // namespace
