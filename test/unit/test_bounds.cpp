// test_bounds.cpp — commuted, ValueRange::constrain/intersect, slice_within and index_of, at the
// int64 edges and against brute-force references (a filtered naive loop and __int128 arithmetic).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <vector>

#include "random_values.hpp"
#include "seqint/bounds.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/spec.hpp"

namespace seqint {
// Readable failure messages instead of "4-byte object".
static void PrintTo(Comparison c, std::ostream *os) {
    const char *names[] = {"<", "<=", "=", ">=", ">"};
    *os << names[static_cast<int>(c)];
}
}  // namespace seqint

namespace {

// What a ValueRange holds, read through its public bounds.
bool contains(const seqint::ValueRange &range, std::int64_t value) {
    return !range.is_empty() && range.lo() <= value && value <= range.hi();
}
bool is_everything(const seqint::ValueRange &range) {
    return !range.is_empty() && range.lo() == std::numeric_limits<std::int64_t>::min() &&
           range.hi() == std::numeric_limits<std::int64_t>::max();
}

using seqint::commuted;
using seqint::Comparison;
using seqint::count;
using seqint::find_problem;
using seqint::index_of;
using seqint::IntegerView;
using seqint::Slice;
using seqint::slice_within;
using seqint::Spec;
using seqint::SpecProblem;
using seqint::value_at;
using seqint::ValueRange;
using i128 = __int128;
using Place = IntegerView::Place;

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::uint64_t kUMax = std::numeric_limits<std::uint64_t>::max();

constexpr Comparison kAllComparisons[] = {Comparison::less, Comparison::less_equal,
                                          Comparison::equal, Comparison::greater_equal,
                                          Comparison::greater};

const char *symbol(Comparison c) {
    const char *names[] = {"<", "<=", "=", ">=", ">"};
    return names[static_cast<int>(c)];
}

// ---- the reference model: a constant as twice its value, compared in 128 bits ----

// A constant of a WHERE clause: past either end of int64, or k (twice = 2k) or strictly
// between k and k + 1 (twice = 2k + 1; the model uses k + ½).
struct Constant {
    Place place = Place::inside;
    i128 twice = 0;
};

Constant integer(std::int64_t k) { return {Place::inside, 2 * i128(k)}; }
Constant fraction(std::int64_t k) { return {Place::inside, 2 * i128(k) + 1}; }
Constant below_all() { return {Place::below_all, 0}; }
Constant above_all() { return {Place::above_all, 0}; }

i128 floor_of(const Constant &c) { return (c.twice - (c.twice % 2 != 0 ? 1 : 0)) / 2; }

IntegerView view(const Constant &c) {
    switch (c.place) {
    case Place::below_all:
        return IntegerView::below_all();
    case Place::above_all:
        return IntegerView::above_all();
    case Place::inside:
        break;
    }
    const auto floor = static_cast<std::int64_t>(floor_of(c));
    return c.twice % 2 == 0 ? IntegerView::integer(floor) : IntegerView::fraction_above(floor);
}

std::string describe(const Constant &c) {
    if (c.place == Place::below_all)
        return "below-all";
    if (c.place == Place::above_all)
        return "above-all";
    if (c.twice % 2 == 0)
        return std::to_string(static_cast<std::int64_t>(c.twice / 2));
    const i128 m = c.twice < 0 ? -c.twice : c.twice;  // odd, at most 2^64 + 1
    return (c.twice < 0 ? "-" : "") + std::to_string(static_cast<std::uint64_t>(m / 2)) + ".5";
}

// `v comparison c`, by definition.
bool holds(i128 v, Comparison comparison, const Constant &c) {
    if (c.place != Place::inside) {
        const bool column_below = c.place == Place::above_all;
        switch (comparison) {
        case Comparison::less:
        case Comparison::less_equal:
            return column_below;
        case Comparison::equal:
            return false;
        case Comparison::greater_equal:
        case Comparison::greater:
            return !column_below;
        }
    }
    const i128 t = 2 * v;
    switch (comparison) {
    case Comparison::less:
        return t < c.twice;
    case Comparison::less_equal:
        return t <= c.twice;
    case Comparison::equal:
        return t == c.twice;
    case Comparison::greater_equal:
        return t >= c.twice;
    case Comparison::greater:
        return t > c.twice;
    }
    return false;
}

struct Constraint {
    Comparison comparison;
    Constant constant;
};

bool satisfies(i128 v, const std::vector<Constraint> &cs) {
    for (const Constraint &c : cs)
        if (!holds(v, c.comparison, c.constant))
            return false;
    return true;
}

ValueRange build(const std::vector<Constraint> &cs) {
    ValueRange r;
    for (const Constraint &c : cs)
        r.constrain(c.comparison, view(c.constant));
    return r;
}

std::string describe(const std::vector<Constraint> &cs) {
    if (cs.empty())
        return "(no constraint)";
    std::string out;
    for (const Constraint &c : cs) {
        if (!out.empty())
            out += " and ";
        out += std::string("val ") + symbol(c.comparison) + " " + describe(c.constant);
    }
    return out;
}

std::string describe(const Spec &s) {
    return std::to_string(s.start) + ".." + std::to_string(s.end) + " step " +
           std::to_string(s.step);
}

// The int64 values satisfying `cs` form an interval whose ends are kMin, kMax or lie next to
// a constant's floor: so its ends are among these candidates, and empty iff none satisfies.
void expect_range_matches(const ValueRange &r, const std::vector<Constraint> &cs) {
    std::vector<i128> candidates{kMin, kMax};
    for (const Constraint &c : cs)
        if (c.constant.place == Place::inside)
            for (int d = -1; d <= 2; ++d) {
                const i128 v = floor_of(c.constant) + d;
                if (v >= kMin && v <= kMax)
                    candidates.push_back(v);
            }
    std::optional<i128> lo, hi;
    for (i128 v : candidates)
        if (satisfies(v, cs)) {
            if (!lo || v < *lo)
                lo = v;
            if (!hi || v > *hi)
                hi = v;
        }
    if (!lo) {
        EXPECT_TRUE(r.is_empty()) << "range [" << r.lo() << ", " << r.hi() << "]";
        EXPECT_FALSE(is_everything(r));
        return;
    }
    ASSERT_FALSE(r.is_empty());
    EXPECT_TRUE(i128(r.lo()) == *lo) << "lo " << r.lo();
    EXPECT_TRUE(i128(r.hi()) == *hi) << "hi " << r.hi();
    EXPECT_EQ(is_everything(r), *lo == kMin && *hi == kMax);
}

// ---- reference sequences ----

std::vector<std::int64_t> naive_values(const Spec &s) {
    std::vector<std::int64_t> out;
    for (std::int64_t v = s.start; s.step > 0 ? v < s.end : v > s.end; v += s.step)
        out.push_back(v);
    return out;
}

std::uint64_t ref_count(const Spec &s) {
    const i128 span = s.step > 0 ? i128(s.end) - s.start : i128(s.start) - s.end;
    const i128 mag = s.step > 0 ? i128(s.step) : -i128(s.step);
    return static_cast<std::uint64_t>((span + mag - 1) / mag);
}

i128 ref_value(const Spec &s, std::uint64_t i) { return i128(s.start) + i128(i) * s.step; }

// The first i in [0, n) for which `p` holds (p false then true), or n.
template <typename Pred>
std::uint64_t first_true(std::uint64_t n, Pred p) {
    std::uint64_t lo = 0, hi = n;
    while (lo < hi) {
        const std::uint64_t mid = lo + (hi - lo) / 2;
        if (p(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

// The positions satisfying `cs`, as the intersection of one prefix or suffix per one-sided
// comparison (the sequence is monotonic), each found by binary search on 128-bit values.
// begin >= end means empty.
Slice ref_slice(const Spec &s, const std::vector<Constraint> &cs) {
    const std::uint64_t n = ref_count(s);
    std::uint64_t begin = 0, end = n;
    for (const Constraint &c : cs) {
        std::vector<Comparison> sides{c.comparison};
        if (c.comparison == Comparison::equal)
            sides = {Comparison::less_equal, Comparison::greater_equal};
        for (Comparison side : sides) {
            auto ok = [&](std::uint64_t i) { return holds(ref_value(s, i), side, c.constant); };
            const bool lower = side == Comparison::greater || side == Comparison::greater_equal;
            if (lower == (s.step > 0))  // holds on a suffix of the positions
                begin = std::max(begin, first_true(n, ok));
            else
                end = std::min(end, first_true(n, [&](std::uint64_t i) { return !ok(i); }));
        }
    }
    return {begin, end};
}

void expect_slice(const Slice &actual, const Slice &expected, std::uint64_t n) {
    EXPECT_LE(actual.begin, actual.end);
    EXPECT_LE(actual.end, n);
    if (expected.begin >= expected.end) {
        EXPECT_TRUE(actual.is_empty()) << "got [" << actual.begin << ", " << actual.end << ")";
    } else {
        EXPECT_EQ(actual.begin, expected.begin);
        EXPECT_EQ(actual.end, expected.end);
    }
}

std::optional<std::uint64_t> ref_index_of(const Spec &s, std::int64_t value) {
    const i128 offset = i128(value) - s.start;
    if (offset % s.step != 0)
        return std::nullopt;
    const i128 i = offset / s.step;
    if (i < 0 || i >= i128(ref_count(s)))
        return std::nullopt;
    return static_cast<std::uint64_t>(i);
}

// An int64 near the places arithmetic breaks: the two ends, zero, and the 32-bit bounds.
using seqint::testing::interesting_step;
using seqint::testing::interesting_value;

// A valid spec with start, end and step near the int64 edges.
Spec interesting_spec(std::mt19937_64 &rng) {
    Spec s{interesting_value(rng), interesting_value(rng), interesting_step(rng)};
    if (s.step == 0)
        s.step = 1;
    if ((s.step > 0) == (s.end < s.start))
        std::swap(s.start, s.end);
    if (rng() % 2 == 0 && s.step != kMin)  // also the other direction with the same step size
        s = Spec{s.end, s.start, -s.step};
    return s;
}

// ---- commuted ----

TEST(Commuted, SwapsTheOperands) {
    EXPECT_EQ(commuted(Comparison::less), Comparison::greater);
    EXPECT_EQ(commuted(Comparison::less_equal), Comparison::greater_equal);
    EXPECT_EQ(commuted(Comparison::equal), Comparison::equal);
    EXPECT_EQ(commuted(Comparison::greater_equal), Comparison::less_equal);
    EXPECT_EQ(commuted(Comparison::greater), Comparison::less);
}

TEST(Commuted, IsAnInvolutionAndMeansTheSame) {
    for (Comparison c : kAllComparisons) {
        EXPECT_EQ(commuted(commuted(c)), c);
        // a OP b  ⟺  b commuted(OP) a
        for (std::int64_t a = -3; a <= 3; ++a)
            for (std::int64_t b = -3; b <= 3; ++b)
                EXPECT_EQ(holds(a, c, integer(b)), holds(b, commuted(c), integer(a)))
                    << a << " " << symbol(c) << " " << b;
    }
}

// ---- ValueRange ----

struct Case {
    Comparison comparison;
    IntegerView constant;
    bool empty;
    std::int64_t lo;
    std::int64_t hi;
};

void check_cases(const std::vector<Case> &cases) {
    for (const Case &c : cases) {
        ValueRange r;
        r.constrain(c.comparison, c.constant);
        SCOPED_TRACE(::testing::Message()
                     << "val " << symbol(c.comparison) << " place "
                     << static_cast<int>(c.constant.place) << " floor " << c.constant.floor
                     << (c.constant.is_integer ? "" : " + fraction"));
        ASSERT_EQ(r.is_empty(), c.empty);
        if (!c.empty) {
            EXPECT_EQ(r.lo(), c.lo);
            EXPECT_EQ(r.hi(), c.hi);
            EXPECT_EQ(is_everything(r), c.lo == kMin && c.hi == kMax);
            EXPECT_TRUE(contains(r, c.lo));
            EXPECT_TRUE(contains(r, c.hi));
            if (c.lo != kMin) {
                EXPECT_FALSE(contains(r, c.lo - 1));
            }
            if (c.hi != kMax) {
                EXPECT_FALSE(contains(r, c.hi + 1));
            }
        } else {
            EXPECT_FALSE(is_everything(r));
            for (std::int64_t v : {kMin, kMin + 1, std::int64_t{-1}, std::int64_t{0},
                                   std::int64_t{10}, std::int64_t{11}, kMax - 1, kMax})
                EXPECT_FALSE(contains(r, v)) << v;
        }
    }
}

TEST(ValueRange, DefaultIsEverything) {
    const ValueRange r;
    EXPECT_FALSE(r.is_empty());
    EXPECT_TRUE(is_everything(r));
    EXPECT_EQ(r.lo(), kMin);
    EXPECT_EQ(r.hi(), kMax);
    for (std::int64_t v : {kMin, std::int64_t{-1}, std::int64_t{0}, kMax})
        EXPECT_TRUE(contains(r, v)) << v;
}

TEST(ValueRange, MakeEmpty) {
    ValueRange r;
    r.make_empty();
    EXPECT_TRUE(r.is_empty());
    EXPECT_FALSE(is_everything(r));
    EXPECT_FALSE(contains(r, 0));
    EXPECT_FALSE(contains(r, kMin));
    EXPECT_FALSE(contains(r, kMax));
}

TEST(ValueRange, ConstrainByInteger) {
    const auto ten = IntegerView::integer(10);
    const auto minus_ten = IntegerView::integer(-10);
    check_cases({
        {Comparison::less, ten, false, kMin, 9},
        {Comparison::less_equal, ten, false, kMin, 10},
        {Comparison::equal, ten, false, 10, 10},
        {Comparison::greater_equal, ten, false, 10, kMax},
        {Comparison::greater, ten, false, 11, kMax},
        {Comparison::less, minus_ten, false, kMin, -11},
        {Comparison::less_equal, minus_ten, false, kMin, -10},
        {Comparison::equal, minus_ten, false, -10, -10},
        {Comparison::greater_equal, minus_ten, false, -10, kMax},
        {Comparison::greater, minus_ten, false, -9, kMax},
    });
}

TEST(ValueRange, ConstrainByFraction) {
    const auto ten_and_a_half = IntegerView::fraction_above(10);         // 10.5
    const auto minus_ten_and_a_half = IntegerView::fraction_above(-11);  // -10.5
    check_cases({
        {Comparison::less, ten_and_a_half, false, kMin, 10},
        {Comparison::less_equal, ten_and_a_half, false, kMin, 10},
        {Comparison::equal, ten_and_a_half, true, 0, 0},  // no integer equals 10.5
        {Comparison::greater_equal, ten_and_a_half, false, 11, kMax},
        {Comparison::greater, ten_and_a_half, false, 11, kMax},
        {Comparison::less, minus_ten_and_a_half, false, kMin, -11},
        {Comparison::less_equal, minus_ten_and_a_half, false, kMin, -11},
        {Comparison::equal, minus_ten_and_a_half, true, 0, 0},
        {Comparison::greater_equal, minus_ten_and_a_half, false, -10, kMax},
        {Comparison::greater, minus_ten_and_a_half, false, -10, kMax},
    });
}

TEST(ValueRange, ConstrainPastTheInt64Domain) {
    const auto below = IntegerView::below_all();  // -1e30, -Infinity
    const auto above = IntegerView::above_all();  // 1e30, Infinity, NaN
    check_cases({
        {Comparison::less, below, true, 0, 0},
        {Comparison::less_equal, below, true, 0, 0},
        {Comparison::equal, below, true, 0, 0},
        {Comparison::greater_equal, below, false, kMin, kMax},
        {Comparison::greater, below, false, kMin, kMax},
        {Comparison::less, above, false, kMin, kMax},
        {Comparison::less_equal, above, false, kMin, kMax},
        {Comparison::equal, above, true, 0, 0},
        {Comparison::greater_equal, above, true, 0, 0},
        {Comparison::greater, above, true, 0, 0},
    });
}

TEST(ValueRange, ConstrainAtInt64Min) {
    const auto min = IntegerView::integer(kMin);
    const auto min_and_a_half = IntegerView::fraction_above(kMin);
    check_cases({
        {Comparison::less, min, true, 0, 0},  // nothing is below INT64_MIN
        {Comparison::less_equal, min, false, kMin, kMin},
        {Comparison::equal, min, false, kMin, kMin},
        {Comparison::greater_equal, min, false, kMin, kMax},
        {Comparison::greater, min, false, kMin + 1, kMax},
        {Comparison::less, min_and_a_half, false, kMin, kMin},
        {Comparison::less_equal, min_and_a_half, false, kMin, kMin},
        {Comparison::equal, min_and_a_half, true, 0, 0},
        {Comparison::greater_equal, min_and_a_half, false, kMin + 1, kMax},
        {Comparison::greater, min_and_a_half, false, kMin + 1, kMax},
        {Comparison::less, IntegerView::integer(kMin + 1), false, kMin, kMin},
    });
}

TEST(ValueRange, ConstrainAtInt64Max) {
    const auto max = IntegerView::integer(kMax);
    const auto max_and_a_half = IntegerView::fraction_above(kMax);  // above every int64
    const auto below_max = IntegerView::fraction_above(kMax - 1);   // INT64_MAX − ½
    check_cases({
        {Comparison::less, max, false, kMin, kMax - 1},
        {Comparison::less_equal, max, false, kMin, kMax},
        {Comparison::equal, max, false, kMax, kMax},
        {Comparison::greater_equal, max, false, kMax, kMax},
        {Comparison::greater, max, true, 0, 0},  // nothing is above INT64_MAX
        {Comparison::less, max_and_a_half, false, kMin, kMax},
        {Comparison::less_equal, max_and_a_half, false, kMin, kMax},
        {Comparison::equal, max_and_a_half, true, 0, 0},
        {Comparison::greater_equal, max_and_a_half, true, 0, 0},
        {Comparison::greater, max_and_a_half, true, 0, 0},
        {Comparison::less, below_max, false, kMin, kMax - 1},
        {Comparison::greater, below_max, false, kMax, kMax},
        {Comparison::greater_equal, below_max, false, kMax, kMax},
    });
}

TEST(ValueRange, ConstraintsAccumulate) {
    ValueRange r;
    r.constrain(Comparison::greater_equal, IntegerView::integer(-5));
    r.constrain(Comparison::less, IntegerView::fraction_above(7));  // val < 7.5
    EXPECT_EQ(r.lo(), -5);
    EXPECT_EQ(r.hi(), 7);
    // A looser bound changes nothing.
    r.constrain(Comparison::greater, IntegerView::integer(-100));
    r.constrain(Comparison::less_equal, IntegerView::above_all());
    EXPECT_EQ(r.lo(), -5);
    EXPECT_EQ(r.hi(), 7);
    // Bounds that meet leave one value.
    r.constrain(Comparison::greater, IntegerView::fraction_above(6));  // val > 6.5
    EXPECT_EQ(r.lo(), 7);
    EXPECT_EQ(r.hi(), 7);
    EXPECT_TRUE(contains(r, 7));
    EXPECT_FALSE(contains(r, 6));
    // Crossing bounds empty it, and nothing brings it back.
    r.constrain(Comparison::less, IntegerView::integer(7));
    EXPECT_TRUE(r.is_empty());
    r.constrain(Comparison::greater_equal, IntegerView::below_all());
    r.constrain(Comparison::less_equal, IntegerView::integer(kMax));
    EXPECT_TRUE(r.is_empty());
    EXPECT_FALSE(contains(r, 7));
}

TEST(ValueRange, EqualityThenDifferentEqualityIsEmpty) {
    ValueRange r;
    r.constrain(Comparison::equal, IntegerView::integer(3));
    EXPECT_TRUE(contains(r, 3));
    r.constrain(Comparison::equal, IntegerView::integer(3));
    EXPECT_TRUE(contains(r, 3));
    r.constrain(Comparison::equal, IntegerView::integer(4));
    EXPECT_TRUE(r.is_empty());
}

ValueRange between(std::int64_t lo, std::int64_t hi) {
    ValueRange r;
    r.constrain(Comparison::greater_equal, IntegerView::integer(lo));
    r.constrain(Comparison::less_equal, IntegerView::integer(hi));
    return r;
}

TEST(ValueRange, Intersect) {
    ValueRange r = between(0, 10);
    r.intersect(between(5, 20));
    EXPECT_EQ(r.lo(), 5);
    EXPECT_EQ(r.hi(), 10);

    r.intersect(ValueRange{});  // with everything: unchanged
    EXPECT_EQ(r.lo(), 5);
    EXPECT_EQ(r.hi(), 10);

    r.intersect(between(10, 30));  // touching: one value
    EXPECT_FALSE(r.is_empty());
    EXPECT_EQ(r.lo(), 10);
    EXPECT_EQ(r.hi(), 10);

    r.intersect(between(11, 30));  // disjoint
    EXPECT_TRUE(r.is_empty());

    ValueRange everything;
    ValueRange empty;
    empty.make_empty();
    everything.intersect(empty);
    EXPECT_TRUE(everything.is_empty());

    ValueRange e2;
    e2.make_empty();
    e2.intersect(ValueRange{});  // empty stays empty
    EXPECT_TRUE(e2.is_empty());

    ValueRange a = between(kMin, kMin);
    a.intersect(between(kMin, kMax));
    EXPECT_EQ(a.lo(), kMin);
    EXPECT_EQ(a.hi(), kMin);
    a.intersect(between(kMax, kMax));
    EXPECT_TRUE(a.is_empty());

    ValueRange b = between(kMin, kMax);
    EXPECT_TRUE(is_everything(b));
    b.intersect(between(kMin + 1, kMax));
    EXPECT_FALSE(is_everything(b));
}

TEST(ValueRange, IntersectEqualsConstrainingWithBoth) {
    std::mt19937_64 rng(4242);
    std::uniform_int_distribution<std::int64_t> k(-20, 20);
    std::uniform_int_distribution<int> op(0, 4), kind(0, 9), n(0, 3);
    auto random_constraints = [&] {
        std::vector<Constraint> cs;
        for (int i = n(rng); i > 0; --i) {
            const int which = kind(rng);
            cs.push_back({kAllComparisons[op(rng)], which == 0   ? below_all()
                                                    : which == 1 ? above_all()
                                                    : which < 6  ? integer(k(rng))
                                                                 : fraction(k(rng))});
        }
        return cs;
    };
    for (int iter = 0; iter < 5000; ++iter) {
        const std::vector<Constraint> a = random_constraints(), b = random_constraints();
        std::vector<Constraint> both = a;
        both.insert(both.end(), b.begin(), b.end());
        SCOPED_TRACE(describe(a) + "  ∩  " + describe(b));
        ValueRange r = build(a);
        r.intersect(build(b));
        expect_range_matches(r, both);
        for (std::int64_t v = -25; v <= 25; ++v)
            ASSERT_EQ(contains(r, v), satisfies(v, both)) << v;
    }
}

TEST(ValueRange, RandomConstraintsNearInt64EdgesMatchReference) {
    std::mt19937_64 rng(31337);
    std::uniform_int_distribution<int> op(0, 4), kind(0, 9), n(1, 3);
    for (int iter = 0; iter < 20000; ++iter) {
        std::vector<Constraint> cs;
        for (int i = n(rng); i > 0; --i) {
            const int which = kind(rng);
            cs.push_back({kAllComparisons[op(rng)], which == 0   ? below_all()
                                                    : which == 1 ? above_all()
                                                    : which < 6
                                                        ? integer(interesting_value(rng))
                                                        : fraction(interesting_value(rng))});
        }
        SCOPED_TRACE(describe(cs));
        const ValueRange r = build(cs);
        expect_range_matches(r, cs);
        for (std::int64_t v : {kMin, kMin + 1, std::int64_t{-1}, std::int64_t{0}, kMax - 1, kMax})
            ASSERT_EQ(contains(r, v), satisfies(v, cs)) << v;
    }
}

// ---- slice_within ----

TEST(SliceWithin, Examples) {
    const Spec up{0, 10, 3};  // 0 3 6 9
    auto slice = [](const Spec &s, std::vector<Constraint> cs) {
        const Slice got = slice_within(s, build(cs));
        return got.is_empty() ? std::vector<std::uint64_t>{}
                              : std::vector<std::uint64_t>{got.begin, got.end};
    };
    using V = std::vector<std::uint64_t>;
    EXPECT_EQ(slice(up, {}), (V{0, 4}));
    EXPECT_EQ(slice(up, {{Comparison::greater, integer(3)}}), (V{2, 4}));
    EXPECT_EQ(slice(up, {{Comparison::greater_equal, integer(3)}}), (V{1, 4}));
    EXPECT_EQ(slice(up, {{Comparison::greater_equal, integer(4)}}), (V{2, 4}));
    EXPECT_EQ(slice(up, {{Comparison::less, integer(6)}}), (V{0, 2}));
    EXPECT_EQ(slice(up, {{Comparison::less, fraction(6)}}), (V{0, 3}));
    EXPECT_EQ(slice(up, {{Comparison::equal, integer(6)}}), (V{2, 3}));
    EXPECT_EQ(slice(up, {{Comparison::equal, integer(5)}}), V{});
    EXPECT_EQ(slice(up, {{Comparison::equal, integer(10)}}), V{});  // end is not a value
    EXPECT_EQ(slice(up, {{Comparison::greater, integer(9)}}), V{});
    EXPECT_EQ(slice(up, {{Comparison::less, integer(0)}}), V{});
    EXPECT_EQ(slice(up, {{Comparison::greater, fraction(-100)}}), (V{0, 4}));
    EXPECT_EQ(slice(up, {{Comparison::less, integer(100)}}), (V{0, 4}));
    EXPECT_EQ(slice(up, {{Comparison::greater, fraction(3)}, {Comparison::less, fraction(5)}}),
              V{});  // between two values

    const Spec down{10, 0, -3};  // 10 7 4 1
    EXPECT_EQ(slice(down, {{Comparison::less, integer(7)}}), (V{2, 4}));
    EXPECT_EQ(slice(down, {{Comparison::less_equal, integer(7)}}), (V{1, 4}));
    EXPECT_EQ(slice(down, {{Comparison::greater, integer(1)}}), (V{0, 3}));
    EXPECT_EQ(slice(down, {{Comparison::greater_equal, fraction(3)}}), (V{0, 3}));  // >= 3.5
    EXPECT_EQ(slice(down, {{Comparison::equal, integer(4)}}), (V{2, 3}));
    EXPECT_EQ(slice(down, {{Comparison::greater, integer(10)}}), V{});
    EXPECT_EQ(slice(down, {{Comparison::less, integer(1)}}), V{});
}

TEST(SliceWithin, PastTheInt64DomainIsAllOrNothing) {
    for (const Spec &s :
         {Spec{0, 10, 3}, Spec{10, 0, -3}, Spec{kMin, kMax, 1}, Spec{kMax, kMin, kMin}}) {
        SCOPED_TRACE(describe(s));
        const std::uint64_t n = count(s);
        for (Comparison c : kAllComparisons) {
            for (const Constant &k : {below_all(), above_all()}) {
                const Slice got = slice_within(s, build({{c, k}}));
                if (holds(0, c, k)) {
                    EXPECT_EQ(got.begin, 0u) << symbol(c) << " " << describe(k);
                    EXPECT_EQ(got.end, n) << symbol(c) << " " << describe(k);
                } else {
                    EXPECT_TRUE(got.is_empty()) << symbol(c) << " " << describe(k);
                }
            }
        }
    }
}

TEST(SliceWithin, EmptySpecOrEmptyRange) {
    ValueRange nothing;
    nothing.make_empty();
    EXPECT_TRUE(slice_within({0, 10, 1}, nothing).is_empty());
    EXPECT_TRUE(slice_within({kMin, kMax, 1}, nothing).is_empty());
    for (const Spec &s :
         {Spec{5, 5, 1}, Spec{5, 5, -1}, Spec{kMin, kMin, 1}, Spec{kMax, kMax, kMin}}) {
        EXPECT_TRUE(slice_within(s, ValueRange{}).is_empty()) << describe(s);
        EXPECT_TRUE(slice_within(s, between(5, 5)).is_empty()) << describe(s);
    }
}

TEST(SliceWithin, Int64Edges) {
    const Spec full{kMin, kMax, 1};  // kMin … kMax − 1: 2^64 − 1 values
    Slice got = slice_within(full, ValueRange{});
    EXPECT_EQ(got.begin, 0u);
    EXPECT_EQ(got.end, kUMax);
    got = slice_within(full, between(kMax, kMax));  // end is not a value
    EXPECT_TRUE(got.is_empty());
    got = slice_within(full, between(kMax - 1, kMax));
    EXPECT_EQ(got.begin, kUMax - 1);
    EXPECT_EQ(got.end, kUMax);
    got = slice_within(full, between(kMin, kMin));
    EXPECT_EQ(got.begin, 0u);
    EXPECT_EQ(got.end, 1u);
    got = slice_within(full, between(0, 0));
    EXPECT_EQ(got.begin, std::uint64_t{1} << 63);
    EXPECT_EQ(got.end, (std::uint64_t{1} << 63) + 1);

    const Spec down{kMax, kMin, kMin};  // kMax, −1
    got = slice_within(down, ValueRange{});
    EXPECT_EQ(got.begin, 0u);
    EXPECT_EQ(got.end, 2u);
    got = slice_within(down, between(kMin, -1));
    EXPECT_EQ(got.begin, 1u);
    EXPECT_EQ(got.end, 2u);
    got = slice_within(down, between(0, kMax - 1));
    EXPECT_TRUE(got.is_empty());
    got = slice_within(down, between(kMax, kMax));
    EXPECT_EQ(got.begin, 0u);
    EXPECT_EQ(got.end, 1u);

    const Spec big{kMin, kMax, kMax};  // kMin, −1, kMax − 1
    got = slice_within(big, between(-1, kMax));
    EXPECT_EQ(got.begin, 1u);
    EXPECT_EQ(got.end, 3u);
    got = slice_within(big, between(kMin + 1, kMax - 2));
    EXPECT_EQ(got.begin, 1u);
    EXPECT_EQ(got.end, 2u);

    const Spec full_down{kMax, kMin, -1};  // kMax … kMin + 1
    got = slice_within(full_down, between(kMin, kMin + 1));
    EXPECT_EQ(got.begin, kUMax - 1);
    EXPECT_EQ(got.end, kUMax);
    got = slice_within(full_down, between(kMin, kMin));
    EXPECT_TRUE(got.is_empty());
}

TEST(SliceWithinBruteForce, SmallSpecsMatchNaiveFilter) {
    std::mt19937_64 rng(20240612);
    std::uniform_int_distribution<std::int64_t> bound(-40, 40), mag(1, 7), k(-50, 50);
    std::uniform_int_distribution<int> op(0, 4), kind(0, 19), n(0, 3), sign(0, 1);
    int checked = 0, nonempty = 0, partial = 0;
    for (int iter = 0; iter < 40000; ++iter) {
        const Spec s{bound(rng), bound(rng), sign(rng) ? mag(rng) : -mag(rng)};
        if (find_problem(s) != SpecProblem::none)
            continue;
        std::vector<Constraint> cs;
        for (int i = n(rng); i > 0; --i) {
            const int which = kind(rng);
            cs.push_back({kAllComparisons[op(rng)], which == 0   ? below_all()
                                                    : which == 1 ? above_all()
                                                    : which < 11 ? integer(k(rng))
                                                                 : fraction(k(rng))});
        }
        SCOPED_TRACE(describe(s) + " where " + describe(cs));
        const ValueRange range = build(cs);
        for (std::int64_t v = -60; v <= 60; ++v)
            ASSERT_EQ(contains(range, v), satisfies(v, cs)) << v;
        ASSERT_EQ(contains(range, kMin), satisfies(kMin, cs));
        ASSERT_EQ(contains(range, kMax), satisfies(kMax, cs));

        const std::vector<std::int64_t> values = naive_values(s);
        std::vector<std::uint64_t> matching;
        for (std::uint64_t i = 0; i < values.size(); ++i)
            if (satisfies(values[i], cs))
                matching.push_back(i);
        for (std::size_t j = 1; j < matching.size(); ++j)
            ASSERT_EQ(matching[j], matching[0] + j) << "the matches are not consecutive";

        const Slice got = slice_within(s, range);
        ++checked;
        if (matching.empty()) {
            EXPECT_TRUE(got.is_empty()) << "got [" << got.begin << ", " << got.end << ")";
        } else {
            ++nonempty;
            partial += matching.size() < values.size();
            EXPECT_EQ(got.begin, matching.front());
            EXPECT_EQ(got.end, matching.back() + 1);
        }
        EXPECT_LE(got.begin, got.end);
        EXPECT_LE(got.end, values.size());
    }
    // The generator must exercise every outcome, not just empty slices.
    EXPECT_GT(checked, 20000);
    EXPECT_GT(nonempty, 5000);
    EXPECT_GT(partial, 2000);
}

TEST(SliceWithinBruteForce, Int64EdgeSpecsMatchInt128) {
    const std::vector<Spec> fixed{
        {kMin, kMax, 1},           {kMax, kMin, -1},
        {kMin, kMax, kMax},        {kMax, kMin, kMin},
        {kMax, kMin, kMin + 1},    {kMin, kMax, kMax / 3},
        {kMax, kMin, -(kMax / 3)}, {kMin, kMax, std::int64_t{1} << 62},
        {kMin, kMin + 10, 3},      {kMax, kMax - 10, -3},
        {kMax - 10, kMax, 3},      {kMin + 10, kMin, -3},
        {kMin + 1, kMin, -1},      {kMax - 1, kMax, 1},
        {0, kMax, kMax},           {-1, kMin, kMin},
        {kMin, kMin, 1},           {kMax, kMax, -1},
    };
    std::mt19937_64 rng(2718);
    std::uniform_int_distribution<int> op(0, 4), kind(0, 13), n(0, 3);
    std::uniform_int_distribution<std::int64_t> near(-2, 2);
    for (int iter = 0; iter < 40000; ++iter) {
        const Spec s = iter < 20000 ? fixed[iter % fixed.size()] : interesting_spec(rng);
        ASSERT_EQ(find_problem(s), SpecProblem::none) << describe(s);
        const std::uint64_t count_ = ref_count(s);
        ASSERT_EQ(count(s), count_) << describe(s);
        // A constant near the edges, or near a value of the sequence (first, last or any).
        auto constant = [&]() -> Constant {
            const int which = kind(rng);
            if (which == 0)
                return below_all();
            if (which == 1)
                return above_all();
            i128 base;
            if (which < 6 || count_ == 0)
                base = interesting_value(rng);
            else if (which < 8)
                base = ref_value(s, 0);
            else if (which < 10)
                base = ref_value(s, count_ - 1);
            else
                base = ref_value(s, rng() % count_);
            const i128 k = std::clamp<i128>(base + near(rng), kMin, kMax);
            return rng() % 2 ? integer(static_cast<std::int64_t>(k))
                             : fraction(static_cast<std::int64_t>(k));
        };
        std::vector<Constraint> cs;
        for (int i = n(rng); i > 0; --i)
            cs.push_back({kAllComparisons[op(rng)], constant()});
        SCOPED_TRACE(describe(s) + " where " + describe(cs));
        const ValueRange range = build(cs);
        expect_range_matches(range, cs);
        expect_slice(slice_within(s, range), ref_slice(s, cs), count_);
        if (HasFailure())
            return;
    }
}

// ---- index_of ----

TEST(IndexOf, Ascending) {
    const Spec s{0, 10, 3};  // 0 3 6 9
    EXPECT_EQ(index_of(s, 0), 0u);
    EXPECT_EQ(index_of(s, 3), 1u);
    EXPECT_EQ(index_of(s, 9), 3u);
    EXPECT_EQ(index_of(s, 1), std::nullopt);   // off step
    EXPECT_EQ(index_of(s, 8), std::nullopt);   // off step
    EXPECT_EQ(index_of(s, -3), std::nullopt);  // before start, on step
    EXPECT_EQ(index_of(s, -1), std::nullopt);
    EXPECT_EQ(index_of(s, 10), std::nullopt);  // end
    EXPECT_EQ(index_of(s, 12), std::nullopt);  // after end, on step
    EXPECT_EQ(index_of(s, kMin), std::nullopt);
    EXPECT_EQ(index_of(s, kMax), std::nullopt);
    // A dividing step: end itself is on step but excluded.
    EXPECT_EQ(index_of({0, 9, 3}, 9), std::nullopt);
    EXPECT_EQ(index_of({0, 9, 3}, 6), 2u);
}

TEST(IndexOf, Descending) {
    const Spec s{10, 0, -3};  // 10 7 4 1
    EXPECT_EQ(index_of(s, 10), 0u);
    EXPECT_EQ(index_of(s, 7), 1u);
    EXPECT_EQ(index_of(s, 1), 3u);
    EXPECT_EQ(index_of(s, 13), std::nullopt);  // before start, on step
    EXPECT_EQ(index_of(s, 11), std::nullopt);
    EXPECT_EQ(index_of(s, 5), std::nullopt);   // off step
    EXPECT_EQ(index_of(s, -2), std::nullopt);  // after end, on step
    EXPECT_EQ(index_of(s, 0), std::nullopt);   // end
    EXPECT_EQ(index_of({9, 0, -3}, 0), std::nullopt);
}

TEST(IndexOf, EmptySpec) {
    for (const Spec &s : {Spec{5, 5, 1}, Spec{5, 5, -1}, Spec{kMin, kMin, 1}, Spec{kMax, kMax, -1},
                          Spec{0, 0, kMin}})
        for (std::int64_t v : {kMin, std::int64_t{0}, std::int64_t{5}, kMax})
            EXPECT_EQ(index_of(s, v), std::nullopt) << describe(s) << " value " << v;
}

TEST(IndexOf, Int64Edges) {
    const Spec full{kMin, kMax, 1};
    EXPECT_EQ(index_of(full, kMin), 0u);
    EXPECT_EQ(index_of(full, 0), std::uint64_t{1} << 63);
    EXPECT_EQ(index_of(full, kMax - 1), kUMax - 1);
    EXPECT_EQ(index_of(full, kMax), std::nullopt);

    const Spec full_down{kMax, kMin, -1};
    EXPECT_EQ(index_of(full_down, kMax), 0u);
    EXPECT_EQ(index_of(full_down, kMin + 1), kUMax - 1);
    EXPECT_EQ(index_of(full_down, kMin), std::nullopt);

    const Spec big{kMin, kMax, kMax};  // kMin, −1, kMax − 1
    EXPECT_EQ(index_of(big, kMin), 0u);
    EXPECT_EQ(index_of(big, -1), 1u);
    EXPECT_EQ(index_of(big, kMax - 1), 2u);
    EXPECT_EQ(index_of(big, kMax), std::nullopt);
    EXPECT_EQ(index_of(big, 0), std::nullopt);
    EXPECT_EQ(index_of(big, kMin + 1), std::nullopt);

    const Spec down{kMax, kMin, kMin};  // kMax, −1
    EXPECT_EQ(index_of(down, kMax), 0u);
    EXPECT_EQ(index_of(down, -1), 1u);
    EXPECT_EQ(index_of(down, kMin), std::nullopt);  // end, one step past −1
    EXPECT_EQ(index_of(down, 0), std::nullopt);
    EXPECT_EQ(index_of(down, kMax - 1), std::nullopt);

    const Spec three{kMax, kMin, kMin + 1};  // kMax, 0, kMin + 1
    EXPECT_EQ(index_of(three, 0), 1u);
    EXPECT_EQ(index_of(three, kMin + 1), 2u);
    EXPECT_EQ(index_of(three, kMin), std::nullopt);

    const Spec one{0, 1, kMax};
    EXPECT_EQ(index_of(one, 0), 0u);
    EXPECT_EQ(index_of(one, kMax), std::nullopt);
    EXPECT_EQ(index_of({0, -1, kMin}, 0), 0u);
    EXPECT_EQ(index_of({0, -1, kMin}, kMin), std::nullopt);
}

TEST(IndexOfBruteForce, SmallSpecsMatchNaiveLoop) {
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<std::int64_t> bound(-40, 40), mag(1, 7);
    std::uniform_int_distribution<int> sign(0, 1);
    for (int iter = 0; iter < 5000; ++iter) {
        const Spec s{bound(rng), bound(rng), sign(rng) ? mag(rng) : -mag(rng)};
        if (find_problem(s) != SpecProblem::none)
            continue;
        SCOPED_TRACE(describe(s));
        const std::vector<std::int64_t> values = naive_values(s);
        for (std::int64_t v = -60; v <= 60; ++v) {
            std::optional<std::uint64_t> expected;
            for (std::uint64_t i = 0; i < values.size(); ++i)
                if (values[i] == v)
                    expected = i;
            ASSERT_EQ(index_of(s, v), expected) << "value " << v;
        }
    }
}

TEST(IndexOfBruteForce, LargeSpecsMatchInt128) {
    std::mt19937_64 rng(1618);
    std::uniform_int_distribution<std::int64_t> near(-3, 3);
    for (int iter = 0; iter < 20000; ++iter) {
        const Spec s = interesting_spec(rng);
        SCOPED_TRACE(describe(s));
        const std::uint64_t n = ref_count(s);
        ASSERT_EQ(count(s), n);
        std::vector<std::int64_t> probes{
            kMin, kMin + 1, -1, 0, kMax - 1, kMax, s.start, s.end, interesting_value(rng)};
        if (n > 0) {
            for (std::uint64_t i : {std::uint64_t{0}, n - 1, n / 2, rng() % n}) {
                ASSERT_EQ(index_of(s, value_at(s, i)), i);
                const i128 v = ref_value(s, i) + near(rng);
                if (v >= kMin && v <= kMax)
                    probes.push_back(static_cast<std::int64_t>(v));
            }
        }
        for (std::int64_t v : probes)
            ASSERT_EQ(index_of(s, v), ref_index_of(s, v)) << "value " << v;
    }
}

}  // namespace
