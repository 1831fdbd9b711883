// test_cursor.cpp — Cursor walks exactly value_at(0 … count−1), or any slice of it forward or
// backward, restarts on reset, and never overflows at the int64 edges.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <utility>
#include <vector>

#include "seqint/cursor.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/spec.hpp"

namespace {

using seqint::Cursor;
using seqint::Direction;
using seqint::Slice;
using seqint::Spec;

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::uint64_t kUMax = std::numeric_limits<std::uint64_t>::max();

// Walks to the end, checking that remaining() drops by one per value.
std::vector<std::int64_t> walk(Cursor &c) {
    std::vector<std::int64_t> out;
    std::int64_t v = 0;
    std::uint64_t before = c.remaining();
    while (c.next(v)) {
        out.push_back(v);
        EXPECT_EQ(c.remaining(), before - 1);
        before = c.remaining();
    }
    EXPECT_EQ(c.remaining(), 0u);
    return out;
}

std::vector<std::int64_t> by_index(const Spec &s) {
    std::vector<std::int64_t> out;
    for (std::uint64_t i = 0; i < seqint::count(s); ++i)
        out.push_back(seqint::value_at(s, i));
    return out;
}

// value_at over the positions of `slice`, in the order `direction` walks them.
std::vector<std::int64_t> by_index(const Spec &s, Slice slice, Direction direction) {
    std::vector<std::int64_t> out;
    for (std::uint64_t i = slice.begin; i < slice.end; ++i)
        out.push_back(seqint::value_at(s, i));
    if (direction == Direction::backward)
        std::reverse(out.begin(), out.end());
    return out;
}

TEST(Cursor, DefaultConstructedYieldsNothing) {
    Cursor c;
    EXPECT_EQ(c.remaining(), 0u);
    std::int64_t v = 12345;
    EXPECT_FALSE(c.next(v));
    EXPECT_EQ(v, 12345);  // untouched on failure
}

TEST(Cursor, WalkEqualsValueAt) {
    for (const Spec &s : {Spec{}, Spec{0, 10, 3}, Spec{10, 0, -3}, Spec{5, 5, 1}, Spec{5, 5, -1},
                          Spec{-3, 4, 1}, Spec{kMax - 5, kMax, 2}, Spec{kMin + 5, kMin, -2}}) {
        Cursor c(s, whole(s), Direction::forward);
        EXPECT_EQ(c.remaining(), seqint::count(s));
        EXPECT_EQ(walk(c), by_index(s)) << s.start << ".." << s.end << " step " << s.step;
    }
}

TEST(Cursor, StaysExhausted) {
    Cursor c(Spec{0, 2, 1}, whole(Spec{0, 2, 1}), Direction::forward);
    walk(c);
    std::int64_t v = 77;
    EXPECT_FALSE(c.next(v));
    EXPECT_FALSE(c.next(v));
    EXPECT_EQ(v, 77);
    EXPECT_EQ(c.remaining(), 0u);
}

TEST(Cursor, ResetRestartsAtStart) {
    const Spec s{100, 110, 2};
    Cursor c(s, whole(s), Direction::forward);
    std::int64_t v = 0;
    ASSERT_TRUE(c.next(v));
    ASSERT_TRUE(c.next(v));
    EXPECT_EQ(v, 102);
    c.reset(s, whole(s), Direction::forward);  // rescans restart at start, not at 0
    EXPECT_EQ(c.remaining(), 5u);
    EXPECT_EQ(walk(c), (std::vector<std::int64_t>{100, 102, 104, 106, 108}));
    c.reset(s, whole(s), Direction::forward);  // also after exhaustion
    EXPECT_EQ(walk(c), (std::vector<std::int64_t>{100, 102, 104, 106, 108}));
    c.reset(Spec{3, 0, -1}, whole(Spec{3, 0, -1}),
            Direction::forward);  // and onto a different spec
    EXPECT_EQ(walk(c), (std::vector<std::int64_t>{3, 2, 1}));
}

TEST(Cursor, CopyContinuesIndependently) {
    // The scan state is plain memory; a copy must be a full, separate cursor.
    Cursor a(Spec{0, 5, 1}, whole(Spec{0, 5, 1}), Direction::forward);
    std::int64_t v = 0;
    ASSERT_TRUE(a.next(v));
    Cursor b = a;
    EXPECT_EQ(walk(a), (std::vector<std::int64_t>{1, 2, 3, 4}));
    EXPECT_EQ(walk(b), (std::vector<std::int64_t>{1, 2, 3, 4}));
}

TEST(Cursor, Int64EdgesWithoutOverflow) {
    // After INT64_MAX − 1 the next value would be 2^63 + INT64_MAX − 1: never formed as int64.
    Cursor up(Spec{kMin, kMax, kMax}, whole(Spec{kMin, kMax, kMax}), Direction::forward);
    EXPECT_EQ(up.remaining(), 3u);
    EXPECT_EQ(walk(up), (std::vector<std::int64_t>{kMin, -1, kMax - 1}));

    Cursor down(Spec{kMax, kMin, kMin}, whole(Spec{kMax, kMin, kMin}), Direction::forward);
    EXPECT_EQ(walk(down), (std::vector<std::int64_t>{kMax, -1}));

    Cursor top(Spec{kMax - 3, kMax, 1}, whole(Spec{kMax - 3, kMax, 1}), Direction::forward);
    EXPECT_EQ(walk(top), (std::vector<std::int64_t>{kMax - 3, kMax - 2, kMax - 1}));

    Cursor bottom(Spec{kMin + 3, kMin, -1}, whole(Spec{kMin + 3, kMin, -1}), Direction::forward);
    EXPECT_EQ(walk(bottom), (std::vector<std::int64_t>{kMin + 3, kMin + 2, kMin + 1}));
}

TEST(Cursor, FullRangeCountsDown) {
    Cursor c(Spec{kMin, kMax, 1}, whole(Spec{kMin, kMax, 1}), Direction::forward);
    EXPECT_EQ(c.remaining(), kUMax);
    std::int64_t v = 0;
    for (std::int64_t expected : {kMin, kMin + 1, kMin + 2}) {
        ASSERT_TRUE(c.next(v));
        EXPECT_EQ(v, expected);
    }
    EXPECT_EQ(c.remaining(), kUMax - 3);
}

TEST(Cursor, SmallSpecsMatchNaiveLoop) {
    std::mt19937_64 rng(99);
    std::uniform_int_distribution<std::int64_t> bound(-50, 50), mag(1, 7);
    Cursor reused;  // one cursor reset many times, as a rescanned scan state is
    for (int iter = 0; iter < 5000; ++iter) {
        Spec s{bound(rng), bound(rng), mag(rng)};
        if (s.end < s.start)
            s.step = -s.step;
        std::vector<std::int64_t> expected;
        for (std::int64_t v = s.start; s.step > 0 ? v < s.end : v > s.end; v += s.step)
            expected.push_back(v);
        reused.reset(s, whole(s), Direction::forward);
        ASSERT_EQ(walk(reused), expected) << s.start << ".." << s.end << " step " << s.step;
    }
}

// ---- slices and directions ----

TEST(CursorSlice, SpecOnlyMeansWholeForward) {
    for (const Spec &s : {Spec{0, 10, 3}, Spec{10, 0, -3}, Spec{5, 5, 1}, Spec{kMax, kMin, kMin}}) {
        Cursor a(s, whole(s), Direction::forward);
        Cursor b(s, seqint::whole(s), Direction::forward);
        EXPECT_EQ(a.remaining(), b.remaining());
        EXPECT_EQ(walk(a), walk(b));
    }
}

TEST(CursorSlice, WholeBackwardIsReversed) {
    Cursor up(Spec{0, 10, 3}, Slice{0, 4}, Direction::backward);
    EXPECT_EQ(up.remaining(), 4u);
    EXPECT_EQ(walk(up), (std::vector<std::int64_t>{9, 6, 3, 0}));
    Cursor down(Spec{10, 0, -3}, Slice{0, 4}, Direction::backward);
    EXPECT_EQ(walk(down), (std::vector<std::int64_t>{1, 4, 7, 10}));
    Cursor one(Spec{5, 6, 1}, Slice{0, 1}, Direction::backward);
    EXPECT_EQ(walk(one), (std::vector<std::int64_t>{5}));
}

TEST(CursorSlice, InnerSlices) {
    const Spec s{100, 120, 2};  // 100 102 … 118
    Cursor f(s, Slice{2, 5}, Direction::forward);
    EXPECT_EQ(walk(f), (std::vector<std::int64_t>{104, 106, 108}));
    Cursor b(s, Slice{2, 5}, Direction::backward);
    EXPECT_EQ(walk(b), (std::vector<std::int64_t>{108, 106, 104}));
    Cursor last(s, Slice{9, 10}, Direction::backward);
    EXPECT_EQ(walk(last), (std::vector<std::int64_t>{118}));
}

TEST(CursorSlice, EmptySlicesYieldNothing) {
    const Spec s{0, 10, 1};
    for (Direction d : {Direction::forward, Direction::backward}) {
        for (const Slice &slice : {Slice{0, 0}, Slice{3, 3}, Slice{10, 10}}) {
            Cursor c(s, slice, d);
            EXPECT_EQ(c.remaining(), 0u);
            std::int64_t v = 4242;
            EXPECT_FALSE(c.next(v));
            EXPECT_EQ(v, 4242);
        }
        for (const Spec &empty : {Spec{5, 5, 1}, Spec{5, 5, -1}, Spec{kMin, kMin, kMin}}) {
            Cursor c(empty, seqint::whole(empty), d);
            std::int64_t v = 4242;
            EXPECT_FALSE(c.next(v));
            EXPECT_EQ(v, 4242);
        }
        // Resetting a cursor in mid-walk onto an empty slice leaves nothing of the old walk.
        Cursor c(s, whole(s), Direction::forward);
        std::int64_t v = 0;
        ASSERT_TRUE(c.next(v));
        c.reset(s, Slice{7, 7}, d);
        EXPECT_EQ(c.remaining(), 0u);
        EXPECT_FALSE(c.next(v));
    }
}

TEST(CursorSlice, BackwardAtInt64Edges) {
    // Stepping back from −1 by INT64_MIN reaches INT64_MAX: done in uint64, never overflowed.
    Cursor down(Spec{kMax, kMin, kMin}, Slice{0, 2}, Direction::backward);
    EXPECT_EQ(walk(down), (std::vector<std::int64_t>{-1, kMax}));

    Cursor up(Spec{kMin, kMax, kMax}, Slice{0, 3}, Direction::backward);
    EXPECT_EQ(walk(up), (std::vector<std::int64_t>{kMax - 1, -1, kMin}));

    Cursor three(Spec{kMax, kMin, kMin + 1}, Slice{0, 3}, Direction::backward);
    EXPECT_EQ(walk(three), (std::vector<std::int64_t>{kMin + 1, 0, kMax}));

    const Spec full{kMin, kMax, 1};
    Cursor top(full, Slice{kUMax - 3, kUMax}, Direction::backward);
    EXPECT_EQ(walk(top), (std::vector<std::int64_t>{kMax - 1, kMax - 2, kMax - 3}));
    Cursor top_fwd(full, Slice{kUMax - 3, kUMax}, Direction::forward);
    EXPECT_EQ(walk(top_fwd), (std::vector<std::int64_t>{kMax - 3, kMax - 2, kMax - 1}));
    Cursor bottom(full, Slice{0, 3}, Direction::backward);
    EXPECT_EQ(walk(bottom), (std::vector<std::int64_t>{kMin + 2, kMin + 1, kMin}));

    const Spec full_down{kMax, kMin, -1};
    Cursor low(full_down, Slice{kUMax - 3, kUMax}, Direction::backward);
    EXPECT_EQ(walk(low), (std::vector<std::int64_t>{kMin + 1, kMin + 2, kMin + 3}));
    Cursor high(full_down, Slice{0, 2}, Direction::backward);
    EXPECT_EQ(walk(high), (std::vector<std::int64_t>{kMax - 1, kMax}));

    // The whole 2^64 − 1 values backward: starts at the last one.
    Cursor all(full, seqint::whole(full), Direction::backward);
    EXPECT_EQ(all.remaining(), kUMax);
    std::int64_t v = 0;
    for (std::int64_t expected : {kMax - 1, kMax - 2, kMax - 3}) {
        ASSERT_TRUE(all.next(v));
        EXPECT_EQ(v, expected);
    }
    EXPECT_EQ(all.remaining(), kUMax - 3);
}

TEST(CursorSlice, ResetSwitchesSliceAndDirection) {
    const Spec s{0, 20, 2};  // 0 2 … 18
    Cursor c(s, Slice{1, 4}, Direction::forward);
    std::int64_t v = 0;
    ASSERT_TRUE(c.next(v));
    EXPECT_EQ(v, 2);
    c.reset(s, Slice{1, 4}, Direction::backward);  // same slice, other way: from its end
    EXPECT_EQ(c.remaining(), 3u);
    EXPECT_EQ(walk(c), (std::vector<std::int64_t>{6, 4, 2}));
    c.reset(s, Slice{8, 10}, Direction::forward);  // another slice after exhaustion
    EXPECT_EQ(walk(c), (std::vector<std::int64_t>{16, 18}));
    c.reset(Spec{kMax, kMin, kMin}, Slice{0, 2}, Direction::backward);  // another spec
    EXPECT_EQ(walk(c), (std::vector<std::int64_t>{-1, kMax}));
    c.reset(s, whole(s), Direction::forward);  // and back to the whole sequence, forward
    EXPECT_EQ(walk(c), by_index(s));
}

TEST(CursorSlice, RandomSlicesMatchValueAt) {
    std::mt19937_64 rng(2024);
    std::uniform_int_distribution<std::int64_t> bound(-50, 50), mag(1, 7);
    std::uniform_int_distribution<int> sign(0, 1);
    Cursor reused;
    for (int iter = 0; iter < 5000; ++iter) {
        const Spec s{bound(rng), bound(rng), sign(rng) ? mag(rng) : -mag(rng)};
        if (seqint::find_problem(s) != seqint::SpecProblem::none)
            continue;
        const std::uint64_t n = seqint::count(s);
        std::uint64_t b = rng() % (n + 1), e = rng() % (n + 1);
        if (b > e)
            std::swap(b, e);
        const Slice slice{b, e};
        for (Direction d : {Direction::forward, Direction::backward}) {
            const std::vector<std::int64_t> expected = by_index(s, slice, d);
            SCOPED_TRACE(::testing::Message()
                         << s.start << ".." << s.end << " step " << s.step << " slice [" << b
                         << ", " << e << ") "
                         << (d == Direction::forward ? "forward" : "backward"));
            Cursor fresh(s, slice, d);
            EXPECT_EQ(fresh.remaining(), e - b);
            ASSERT_EQ(walk(fresh), expected);
            reused.reset(s, slice, d);
            ASSERT_EQ(walk(reused), expected);
        }
    }
}

TEST(CursorSlice, LargeSpecsSlicesMatchValueAt) {
    const std::vector<Spec> specs{
        {kMin, kMax, 1},           {kMax, kMin, -1},
        {kMin, kMax, kMax},        {kMax, kMin, kMin},
        {kMax, kMin, kMin + 1},    {kMin, kMax, kMax / 3},
        {kMax, kMin, -(kMax / 3)}, {kMin, kMax, std::int64_t{1} << 40},
        {kMax - 100, kMax, 7},     {kMin + 100, kMin, -7},
    };
    std::mt19937_64 rng(77);
    for (const Spec &s : specs) {
        const std::uint64_t n = seqint::count(s);
        for (int iter = 0; iter < 200; ++iter) {
            // Slices of up to 20 positions at the start, at the end, or anywhere.
            const std::uint64_t len = std::min<std::uint64_t>(n, rng() % 21);
            const std::uint64_t room = n - len;
            const int where = static_cast<int>(rng() % 3);
            const std::uint64_t anywhere = room == kUMax ? rng() : rng() % (room + 1);
            const std::uint64_t b = where == 0 ? 0 : where == 1 ? room : anywhere;
            const Slice slice{b, b + len};
            for (Direction d : {Direction::forward, Direction::backward}) {
                SCOPED_TRACE(::testing::Message()
                             << s.start << ".." << s.end << " step " << s.step << " slice ["
                             << slice.begin << ", " << slice.end << ") "
                             << (d == Direction::forward ? "forward" : "backward"));
                Cursor c(s, slice, d);
                ASSERT_EQ(walk(c), by_index(s, slice, d));
            }
        }
    }
}

}  // namespace
