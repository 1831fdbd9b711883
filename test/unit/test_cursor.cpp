// test_cursor.cpp — Cursor walks exactly value_at(0 … count−1), restarts on reset, and
// never overflows at the int64 edges.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <vector>

#include "seqint/cursor.hpp"
#include "seqint/spec.hpp"
#include "seqint/no_postgres.hpp"

namespace {

using seqint::Cursor;
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
        Cursor c(s);
        EXPECT_EQ(c.remaining(), seqint::count(s));
        EXPECT_EQ(walk(c), by_index(s)) << s.start << ".." << s.end << " step " << s.step;
    }
}

TEST(Cursor, StaysExhausted) {
    Cursor c(Spec{0, 2, 1});
    walk(c);
    std::int64_t v = 77;
    EXPECT_FALSE(c.next(v));
    EXPECT_FALSE(c.next(v));
    EXPECT_EQ(v, 77);
    EXPECT_EQ(c.remaining(), 0u);
}

TEST(Cursor, ResetRestartsAtStart) {
    const Spec s{100, 110, 2};
    Cursor c(s);
    std::int64_t v = 0;
    ASSERT_TRUE(c.next(v));
    ASSERT_TRUE(c.next(v));
    EXPECT_EQ(v, 102);
    c.reset(s);  // rescans restart at start, not at 0
    EXPECT_EQ(c.remaining(), 5u);
    EXPECT_EQ(walk(c), (std::vector<std::int64_t>{100, 102, 104, 106, 108}));
    c.reset(s);  // also after exhaustion
    EXPECT_EQ(walk(c), (std::vector<std::int64_t>{100, 102, 104, 106, 108}));
    c.reset(Spec{3, 0, -1});  // and onto a different spec
    EXPECT_EQ(walk(c), (std::vector<std::int64_t>{3, 2, 1}));
}

TEST(Cursor, CopyContinuesIndependently) {
    // The scan state is plain memory; a copy must be a full, separate cursor.
    Cursor a(Spec{0, 5, 1});
    std::int64_t v = 0;
    ASSERT_TRUE(a.next(v));
    Cursor b = a;
    EXPECT_EQ(walk(a), (std::vector<std::int64_t>{1, 2, 3, 4}));
    EXPECT_EQ(walk(b), (std::vector<std::int64_t>{1, 2, 3, 4}));
}

TEST(Cursor, Int64EdgesWithoutOverflow) {
    // After INT64_MAX − 1 the next value would be 2^63 + INT64_MAX − 1: never formed as int64.
    Cursor up(Spec{kMin, kMax, kMax});
    EXPECT_EQ(up.remaining(), 3u);
    EXPECT_EQ(walk(up), (std::vector<std::int64_t>{kMin, -1, kMax - 1}));

    Cursor down(Spec{kMax, kMin, kMin});
    EXPECT_EQ(walk(down), (std::vector<std::int64_t>{kMax, -1}));

    Cursor top(Spec{kMax - 3, kMax, 1});
    EXPECT_EQ(walk(top), (std::vector<std::int64_t>{kMax - 3, kMax - 2, kMax - 1}));

    Cursor bottom(Spec{kMin + 3, kMin, -1});
    EXPECT_EQ(walk(bottom), (std::vector<std::int64_t>{kMin + 3, kMin + 2, kMin + 1}));
}

TEST(Cursor, FullRangeCountsDown) {
    Cursor c(Spec{kMin, kMax, 1});
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
        reused.reset(s);
        ASSERT_EQ(walk(reused), expected) << s.start << ".." << s.end << " step " << s.step;
    }
}

}  // namespace
