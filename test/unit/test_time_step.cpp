// test_time_step.cpp — find_step_problem, step_direction and fixed_length against obvious
// models (signs field by field, __int128 lengths) at the int32 and int64 edges; first_reached
// and first_reached_unbounded against a linear scan, with every call of the predicate recorded:
// where it was called, how often, and never past the limit (or past 2k, k the answer).
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <random>
#include <vector>

#include "random_values.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/time_step.hpp"

namespace seqint {
// Readable failure messages instead of "4-byte object".
void PrintTo(StepProblem p, std::ostream *os) {
    const char *names[] = {"none", "zero", "mixed_signs", "finer_than_a_day"};
    *os << names[static_cast<int>(p)];
}
void PrintTo(TimeColumn c, std::ostream *os) {
    const char *names[] = {"date", "timestamp", "timestamptz"};
    *os << names[static_cast<int>(c)];
}
std::ostream &operator<<(std::ostream &os, const TimeStep &s) {
    return os << "{" << s.months << " mon, " << s.days << " days, " << s.micros << " us}";
}
}  // namespace seqint

namespace {

using seqint::find_step_problem;
using seqint::first_reached;
using seqint::first_reached_unbounded;
using seqint::fixed_length;
using seqint::FixedLength;
using seqint::micros_per_day;
using seqint::step_direction;
using seqint::StepProblem;
using seqint::TimeColumn;
using seqint::TimeStep;
using i128 = __int128;

constexpr std::int32_t kI32Min = std::numeric_limits<std::int32_t>::min();
constexpr std::int32_t kI32Max = std::numeric_limits<std::int32_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::uint64_t kUMax = std::numeric_limits<std::uint64_t>::max();

constexpr TimeColumn kColumns[] = {TimeColumn::date, TimeColumn::timestamp,
                                   TimeColumn::timestamptz};

// The most days whose microseconds fit in int64, and the microseconds left over to INT64_MAX
// (and to INT64_MIN, one more).
constexpr std::int64_t kMaxDays = kMax / micros_per_day;
constexpr std::int64_t kSpareMicros = kMax - kMaxDays * micros_per_day;

// ---- models --------------------------------------------------------------------------------

int sign(i128 v) { return (v > 0) - (v < 0); }

StepProblem model_problem(const TimeStep &s, TimeColumn column) {
    bool positive = false, negative = false;
    for (int f : {sign(s.months), sign(s.days), sign(s.micros)}) {
        positive |= f > 0;
        negative |= f < 0;
    }
    if (!positive && !negative)
        return StepProblem::zero;
    if (positive && negative)
        return StepProblem::mixed_signs;
    if (column == TimeColumn::date && s.micros != 0)
        return StepProblem::finer_than_a_day;
    return StepProblem::none;
}

// The sign every nonzero field shares (for a step without a problem).
int model_direction(const TimeStep &s) {
    return sign(s.months) != 0 ? sign(s.months) : sign(s.days) != 0 ? sign(s.days) : sign(s.micros);
}

// The length in 128 bits, when the step has one: no months, and no days in a time zone.
std::optional<i128> model_length(const TimeStep &s, TimeColumn column) {
    if (s.months != 0)
        return std::nullopt;
    switch (column) {
    case TimeColumn::date:
        return i128{s.days};
    case TimeColumn::timestamptz:
        if (s.days != 0)
            return std::nullopt;
        return i128{s.micros};
    case TimeColumn::timestamp:
        break;
    }
    return i128{s.days} * micros_per_day + s.micros;
}

bool fits_int64(i128 v) { return v >= kMin && v <= kMax; }

// fixed_length against model_length, for a step without a problem.
void expect_fixed_length(const TimeStep &s, TimeColumn column) {
    SCOPED_TRACE(::testing::Message() << s << " in column " << static_cast<int>(column));
    ASSERT_EQ(find_step_problem(s, column), StepProblem::none);
    const std::optional<i128> want = model_length(s, column);
    const std::optional<FixedLength> got = fixed_length(s, column);
    ASSERT_EQ(got.has_value(), want.has_value());
    if (!want)
        return;
    if (fits_int64(*want)) {
        EXPECT_FALSE(got->longer_than_int64);
        EXPECT_TRUE(i128{got->length} == *want) << "length " << got->length;
    } else {
        EXPECT_TRUE(got->longer_than_int64) << "length " << got->length;
    }
}

// ⌈log2 n⌉ and the number of bits of n.
int ceil_log2(std::uint64_t n) {
    int bits = 0;
    while (bits < 64 && (std::uint64_t{1} << bits) < n)
        ++bits;
    return bits;
}
int bit_width(std::uint64_t n) {
    int bits = 0;
    for (; n != 0; n >>= 1)
        ++bits;
    return bits;
}

// A predicate false below `threshold` and true from it on, recording where it was called.
struct Threshold {
    std::uint64_t threshold;
    std::vector<std::uint64_t> *calls;
    bool operator()(std::uint64_t k) const {
        calls->push_back(k);
        return k >= threshold;
    }
};

// The definition: the first k in [0, limit) where reached holds, by trying every k.
template <typename Reached>
std::uint64_t linear_first(std::uint64_t limit, Reached reached) {
    std::uint64_t k = 0;
    while (k < limit && !reached(k))
        ++k;
    return k;
}

// first_reached(limit) of a threshold predicate: the answer, each call below the limit, and
// at most bit_width(limit) calls (a binary search of limit + 1 outcomes).
void expect_first_reached(std::uint64_t limit, std::uint64_t threshold) {
    SCOPED_TRACE(::testing::Message() << "limit " << limit << ", threshold " << threshold);
    std::vector<std::uint64_t> calls;
    const std::uint64_t got = first_reached(limit, Threshold{threshold, &calls});
    EXPECT_EQ(got, threshold < limit ? threshold : limit);
    EXPECT_LE(calls.size(), static_cast<std::size_t>(bit_width(limit)));
    for (std::uint64_t k : calls)
        ASSERT_LT(k, limit);
}

// first_reached_unbounded of a threshold predicate: the answer k, no call past 2k, and at most
// 2⌈log2 k⌉ + 2 calls (doubling to the power of two at or above k, then a binary search below).
void expect_first_reached_unbounded(std::uint64_t threshold) {
    SCOPED_TRACE(::testing::Message() << "threshold " << threshold);
    std::vector<std::uint64_t> calls;
    const std::uint64_t got = first_reached_unbounded(Threshold{threshold, &calls});
    EXPECT_EQ(got, threshold);
    ASSERT_FALSE(calls.empty());
    EXPECT_LE(calls.size(), static_cast<std::size_t>(2 * ceil_log2(threshold) + 2));
    for (std::uint64_t k : calls)
        ASSERT_LE(i128{k}, 2 * i128{threshold});
}

// ---- find_step_problem ---------------------------------------------------------------------

TEST(FindStepProblem, ZeroInEveryColumn) {
    for (TimeColumn c : kColumns)
        EXPECT_EQ(find_step_problem(TimeStep{}, c), StepProblem::zero);
    EXPECT_EQ(find_step_problem({0, 0, 0}, TimeColumn::date), StepProblem::zero);
}

TEST(FindStepProblem, MixedSigns) {
    const TimeStep mixed[] = {
        {1, -1, 0},        {-1, 1, 0}, {1, 0, -1},  {0, 1, -1},         {-1, 0, 1},
        {0, -1, 1},        {1, 1, -1}, {-1, -1, 1}, {kI32Max, 0, kMin}, {kI32Min, kI32Max, 0},
        {0, kI32Min, kMax}};
    for (const TimeStep &s : mixed)
        for (TimeColumn c : kColumns)
            EXPECT_EQ(find_step_problem(s, c), StepProblem::mixed_signs) << s;
}

TEST(FindStepProblem, FinerThanADayOnlyInADate) {
    // Any time in a date's step, even a whole day of it, or a day and a microsecond.
    const TimeStep finer[] = {
        {0, 0, 1},          {0, 0, -1},   {0, 0, micros_per_day}, {0, 1, 1},
        {1, 0, 3600000000}, {-1, -1, -1}, {0, 0, kMin},           {kI32Max, kI32Max, kMax}};
    for (const TimeStep &s : finer) {
        EXPECT_EQ(find_step_problem(s, TimeColumn::date), StepProblem::finer_than_a_day) << s;
        EXPECT_EQ(find_step_problem(s, TimeColumn::timestamp), StepProblem::none) << s;
        EXPECT_EQ(find_step_problem(s, TimeColumn::timestamptz), StepProblem::none) << s;
    }
}

TEST(FindStepProblem, MixedSignsComeBeforeFinerThanADay) {
    EXPECT_EQ(find_step_problem({0, 1, -1}, TimeColumn::date), StepProblem::mixed_signs);
    EXPECT_EQ(find_step_problem({-1, 0, 1}, TimeColumn::date), StepProblem::mixed_signs);
}

TEST(FindStepProblem, NoneForOneSign) {
    const TimeStep fine[] = {{1, 0, 0},
                             {0, 1, 0},
                             {-1, 0, 0},
                             {0, -1, 0},
                             {12, 30, 0},
                             {-12, -30, 0},
                             {kI32Max, kI32Max, 0},
                             {kI32Min, kI32Min, 0}};
    for (const TimeStep &s : fine)
        for (TimeColumn c : kColumns)
            EXPECT_EQ(find_step_problem(s, c), StepProblem::none) << s;
}

// Every combination of field values at and near their edges, against the model.
TEST(FindStepProblem, EdgesMatchModel) {
    const std::int32_t small[] = {kI32Min, kI32Min + 1, -2, -1, 0, 1, 2, kI32Max - 1, kI32Max};
    const std::int64_t large[] = {
        kMin, kMin + 1,       kI32Min - std::int64_t{1}, -micros_per_day, -1,  0,
        1,    micros_per_day, kI32Max + std::int64_t{1}, kMax - 1,        kMax};
    for (std::int32_t months : small)
        for (std::int32_t days : small)
            for (std::int64_t micros : large)
                for (TimeColumn c : kColumns) {
                    const TimeStep s{months, days, micros};
                    ASSERT_EQ(find_step_problem(s, c), model_problem(s, c))
                        << s << " in column " << static_cast<int>(c);
                }
}

// ---- step_direction ------------------------------------------------------------------------

TEST(StepDirection, ForwardAndBack) {
    EXPECT_EQ(step_direction({1, 0, 0}), 1);
    EXPECT_EQ(step_direction({0, 1, 0}), 1);
    EXPECT_EQ(step_direction({0, 0, 1}), 1);
    EXPECT_EQ(step_direction({1, 1, 1}), 1);
    EXPECT_EQ(step_direction({kI32Max, kI32Max, kMax}), 1);
    EXPECT_EQ(step_direction({-1, 0, 0}), -1);
    EXPECT_EQ(step_direction({0, -1, 0}), -1);
    EXPECT_EQ(step_direction({0, 0, -1}), -1);
    EXPECT_EQ(step_direction({-1, -1, -1}), -1);
    // The most negative of each field (no negation of INT32_MIN or INT64_MIN may happen).
    EXPECT_EQ(step_direction({kI32Min, 0, 0}), -1);
    EXPECT_EQ(step_direction({0, kI32Min, 0}), -1);
    EXPECT_EQ(step_direction({0, 0, kMin}), -1);
    EXPECT_EQ(step_direction({kI32Min, kI32Min, kMin}), -1);
}

// ---- fixed_length --------------------------------------------------------------------------

TEST(FixedLength, MonthsHaveNone) {
    for (TimeColumn c : kColumns) {
        EXPECT_EQ(fixed_length({1, 0, 0}, c), std::nullopt);
        EXPECT_EQ(fixed_length({-1, 0, 0}, c), std::nullopt);
        EXPECT_EQ(fixed_length({kI32Max, kI32Max, 0}, c), std::nullopt);
        EXPECT_EQ(fixed_length({kI32Min, kI32Min, 0}, c), std::nullopt);
    }
    EXPECT_EQ(fixed_length({1, 1, 1}, TimeColumn::timestamp), std::nullopt);
}

TEST(FixedLength, DateCountsDays) {
    for (std::int32_t days : {1, -1, 7, -7, 365, kI32Max, kI32Min}) {
        const auto got = fixed_length({0, days, 0}, TimeColumn::date);
        ASSERT_TRUE(got.has_value()) << days;
        EXPECT_EQ(got->length, days);
        EXPECT_FALSE(got->longer_than_int64);
    }
}

TEST(FixedLength, TimestamptzDaysHaveNone) {
    // A day in a time zone is 23, 24 or 25 hours.
    EXPECT_EQ(fixed_length({0, 1, 0}, TimeColumn::timestamptz), std::nullopt);
    EXPECT_EQ(fixed_length({0, -1, 0}, TimeColumn::timestamptz), std::nullopt);
    EXPECT_EQ(fixed_length({0, 1, 1}, TimeColumn::timestamptz), std::nullopt);
    for (std::int64_t micros : {std::int64_t{1}, std::int64_t{-1}, micros_per_day, kMax, kMin}) {
        const auto got = fixed_length({0, 0, micros}, TimeColumn::timestamptz);
        ASSERT_TRUE(got.has_value()) << micros;
        EXPECT_EQ(got->length, micros);
        EXPECT_FALSE(got->longer_than_int64);
    }
}

TEST(FixedLength, TimestampDayIs24Hours) {
    const auto day = fixed_length({0, 1, 0}, TimeColumn::timestamp);
    ASSERT_TRUE(day.has_value());
    EXPECT_EQ(day->length, 86400000000);
    EXPECT_FALSE(day->longer_than_int64);
    const auto back = fixed_length({0, -2, -3600000000}, TimeColumn::timestamp);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->length, -2 * 86400000000 - 3600000000);
    const auto time = fixed_length({0, 0, 1}, TimeColumn::timestamp);
    ASSERT_TRUE(time.has_value());
    EXPECT_EQ(time->length, 1);
}

// days·86400000000 + micros at the edge of int64, forward and back: the longest lengths that
// fit, and one microsecond (or day) more.
TEST(FixedLength, TimestampOverflowEdges) {
    ASSERT_EQ(kMaxDays, 106751991);
    ASSERT_EQ(kSpareMicros, 14454775807);
    const std::int32_t d = static_cast<std::int32_t>(kMaxDays);

    auto fits = [](std::int32_t days, std::int64_t micros, std::int64_t want) {
        const auto got = fixed_length({0, days, micros}, TimeColumn::timestamp);
        ASSERT_TRUE(got.has_value());
        EXPECT_FALSE(got->longer_than_int64) << days << " days " << micros << " us";
        EXPECT_EQ(got->length, want) << days << " days " << micros << " us";
    };
    auto longer = [](std::int32_t days, std::int64_t micros) {
        const auto got = fixed_length({0, days, micros}, TimeColumn::timestamp);
        ASSERT_TRUE(got.has_value());
        EXPECT_TRUE(got->longer_than_int64) << days << " days " << micros << " us";
    };

    fits(d, 0, d * micros_per_day);
    fits(d, kSpareMicros, kMax);  // the multiplication fits and so does the sum
    longer(d, kSpareMicros + 1);  // the sum overflows
    longer(d + 1, 0);             // the multiplication overflows
    longer(d + 1, 1);
    longer(kI32Max, 0);
    longer(kI32Max, kMax);
    longer(1, kMax);  // a day and the longest time
    fits(0, kMax, kMax);

    fits(-d, 0, -d * micros_per_day);
    fits(-d, -kSpareMicros - 1, kMin);  // INT64_MIN itself is a length
    longer(-d, -kSpareMicros - 2);
    longer(-d - 1, 0);
    longer(-d - 1, -1);
    longer(kI32Min, 0);
    longer(kI32Min, kMin);
    longer(-1, kMin);
    fits(0, kMin, kMin);
}

TEST(FixedLength, EdgesMatchModel) {
    const std::int32_t days[] = {0,
                                 1,
                                 2,
                                 static_cast<std::int32_t>(kMaxDays) - 1,
                                 static_cast<std::int32_t>(kMaxDays),
                                 static_cast<std::int32_t>(kMaxDays) + 1,
                                 kI32Max - 1,
                                 kI32Max};
    const std::int64_t micros[] = {0,
                                   1,
                                   2,
                                   micros_per_day - 1,
                                   micros_per_day,
                                   kSpareMicros - 1,
                                   kSpareMicros,
                                   kSpareMicros + 1,
                                   kSpareMicros + 2,
                                   kMax - micros_per_day,
                                   kMax - 1,
                                   kMax};
    for (std::int32_t months : {0, 1})
        for (std::int32_t dd : days)
            for (std::int64_t m : micros)
                for (bool back : {false, true})
                    for (TimeColumn c : kColumns) {
                        // Backward: the negation, one further where INT32_MIN or INT64_MIN
                        // allows.
                        TimeStep s{months, dd, m};
                        if (back)
                            s = {-months, dd == kI32Max ? kI32Min : -dd, m == kMax ? kMin : -m};
                        if (find_step_problem(s, c) != StepProblem::none)
                            continue;
                        expect_fixed_length(s, c);
                    }
}

// Random steps of one sign, each field near the places arithmetic breaks.
TEST(FixedLength, RandomStepsMatchModel) {
    std::mt19937_64 rng(20250101);
    std::uniform_int_distribution<int> pick(0, 4);
    std::uniform_int_distribution<std::int64_t> off(-3, 3);
    auto field32 = [&]() -> std::int32_t {
        switch (pick(rng)) {
        case 0:
            return 0;
        case 1:
            return static_cast<std::int32_t>(kMaxDays + off(rng));
        case 2:
            return static_cast<std::int32_t>(kI32Max - 3 + off(rng));
        case 3:
            return static_cast<std::int32_t>(off(rng) + 3);
        default:
            return static_cast<std::int32_t>(rng() >> 33);  // [0, 2^31)
        }
    };
    auto field64 = [&]() -> std::int64_t {
        switch (pick(rng)) {
        case 0:
            return 0;
        case 1:
            return kSpareMicros + off(rng);
        case 2: {
            const std::int64_t v = seqint::testing::interesting_value(rng);
            return v < 0 ? (v == kMin ? kMax : -v) : v;
        }
        case 3:
            return static_cast<std::int64_t>(rng() >> 1) % (kMaxDays + 1) * micros_per_day +
                   off(rng) + 3;
        default:
            return static_cast<std::int64_t>(rng() >> 1);
        }
    };
    for (int iter = 0; iter < 100000; ++iter) {
        TimeStep s{pick(rng) == 0 ? static_cast<std::int32_t>(off(rng) + 3) : 0, field32(),
                   field64()};
        if (rng() & 1) {  // backward, INT32_MIN and INT64_MIN included
            s.months = -s.months;
            s.days = s.days == kI32Max ? kI32Min : -s.days;
            s.micros = s.micros == kMax ? kMin : -s.micros;
        }
        for (TimeColumn c : kColumns) {
            const StepProblem problem = find_step_problem(s, c);
            ASSERT_EQ(problem, model_problem(s, c)) << s;
            if (problem != StepProblem::none)
                continue;
            ASSERT_EQ(step_direction(s), model_direction(s)) << s;
            expect_fixed_length(s, c);
        }
    }
}

// Any three fields at all: the problem, and for the valid ones the direction and length.
TEST(TimeStepBruteForce, AnyFieldsMatchModel) {
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<int> pick(0, 3);
    std::uniform_int_distribution<std::int32_t> small(-2, 2);
    auto field32 = [&]() -> std::int32_t {
        switch (pick(rng)) {
        case 0:
            return small(rng);
        case 1:
            return static_cast<std::int32_t>(seqint::testing::interesting_value(rng));
        case 2:
            return (rng() & 1) ? kI32Min : kI32Max;
        default:
            return static_cast<std::int32_t>(rng());
        }
    };
    for (int iter = 0; iter < 100000; ++iter) {
        const TimeStep s{field32(), field32(),
                         pick(rng) == 0 ? small(rng) : seqint::testing::interesting_value(rng)};
        for (TimeColumn c : kColumns) {
            const StepProblem problem = find_step_problem(s, c);
            ASSERT_EQ(problem, model_problem(s, c)) << s;
            if (problem != StepProblem::none)
                continue;
            ASSERT_EQ(step_direction(s), model_direction(s)) << s;
            expect_fixed_length(s, c);
        }
    }
}

// ---- first_reached -------------------------------------------------------------------------

TEST(FirstReached, LimitZeroCallsNothing) {
    std::vector<std::uint64_t> calls;
    EXPECT_EQ(first_reached(0, Threshold{0, &calls}), 0u);
    EXPECT_TRUE(calls.empty());
    EXPECT_EQ(first_reached(0, Threshold{kUMax, &calls}), 0u);
    EXPECT_TRUE(calls.empty());
}

TEST(FirstReached, LimitOne) {
    std::vector<std::uint64_t> calls;
    EXPECT_EQ(first_reached(1, Threshold{0, &calls}), 0u);  // holds at 0
    EXPECT_EQ(calls, std::vector<std::uint64_t>{0});
    calls.clear();
    EXPECT_EQ(first_reached(1, Threshold{1, &calls}), 1u);  // holds nowhere below 1
    EXPECT_EQ(calls, std::vector<std::uint64_t>{0});
    calls.clear();
    EXPECT_EQ(first_reached(1, Threshold{kUMax, &calls}), 1u);
    EXPECT_EQ(calls, std::vector<std::uint64_t>{0});
}

TEST(FirstReached, AlwaysAndNever) {
    for (std::uint64_t limit : {std::uint64_t{2}, std::uint64_t{3}, std::uint64_t{1000},
                                std::uint64_t{1} << 63, kUMax - 1, kUMax}) {
        expect_first_reached(limit, 0);
        expect_first_reached(limit, limit);
        expect_first_reached(limit, kUMax);
    }
}

// The largest limit: mid = lo + (hi − lo)/2 must not overflow, and 64 calls suffice.
TEST(FirstReached, HugeLimit) {
    for (std::uint64_t t :
         {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{2}, std::uint64_t{1} << 32,
          (std::uint64_t{1} << 63) - 1, std::uint64_t{1} << 63, (std::uint64_t{1} << 63) + 1,
          kUMax - 2, kUMax - 1, kUMax})
        expect_first_reached(kUMax, t);
    std::vector<std::uint64_t> calls;
    EXPECT_EQ(first_reached(kUMax, Threshold{kUMax - 1, &calls}), kUMax - 1);
    EXPECT_EQ(calls.size(), 64u);
}

// Every threshold of every limit up to 130, against the linear scan.
TEST(FirstReached, SmallLimitsMatchLinearScan) {
    for (std::uint64_t limit = 0; limit <= 130; ++limit)
        for (std::uint64_t t = 0; t <= limit + 2; ++t) {
            std::vector<std::uint64_t> ignored;
            const Threshold reached{t, &ignored};
            ASSERT_EQ(first_reached(limit, reached), linear_first(limit, reached))
                << "limit " << limit << ", threshold " << t;
            expect_first_reached(limit, t);
        }
}

TEST(FirstReached, RandomLimitsAndThresholds) {
    std::mt19937_64 rng(99);
    std::uniform_int_distribution<int> pick(0, 3);
    std::uniform_int_distribution<std::uint64_t> off(0, 5);
    for (int iter = 0; iter < 20000; ++iter) {
        const std::uint64_t limit = pick(rng) == 0 ? kUMax - off(rng) : rng() >> (rng() % 64);
        std::uint64_t t = 0;
        switch (pick(rng)) {
        case 0:
            t = limit - (limit < 3 ? limit : off(rng) % 3);  // at or near the limit
            break;
        case 1:
            t = off(rng);
            break;
        case 2:
            t = limit == 0 ? 0 : rng() % limit;
            break;
        default:
            t = rng();
        }
        expect_first_reached(limit, t);
        if (limit <= 2000) {
            std::vector<std::uint64_t> ignored;
            const Threshold reached{t, &ignored};
            ASSERT_EQ(first_reached(limit, reached), linear_first(limit, reached));
        }
    }
}

// A predicate of a monotonic sequence that stays on values (not strictly monotonic): the first
// position whose value reaches x, as a calendar sequence's positions are found.
TEST(FirstReached, PlateausOfANonDecreasingSequence) {
    auto value = [](std::uint64_t k) { return k / 7; };  // 0 ×7, 1 ×7, …
    for (std::uint64_t limit : {0, 1, 6, 7, 8, 49, 50, 700})
        for (std::uint64_t x = 0; x <= 102; ++x) {
            auto reached = [&](std::uint64_t k) { return value(k) >= x; };
            ASSERT_EQ(first_reached(limit, reached), linear_first(limit, reached))
                << "limit " << limit << ", x " << x;
        }
}

// ---- first_reached_unbounded ---------------------------------------------------------------

TEST(FirstReachedUnbounded, ZeroCallsOnce) {
    std::vector<std::uint64_t> calls;
    EXPECT_EQ(first_reached_unbounded(Threshold{0, &calls}), 0u);
    EXPECT_EQ(calls, std::vector<std::uint64_t>{0});
}

TEST(FirstReachedUnbounded, FirstFewProbes) {
    std::vector<std::uint64_t> calls;
    EXPECT_EQ(first_reached_unbounded(Threshold{1, &calls}), 1u);
    EXPECT_EQ(calls, (std::vector<std::uint64_t>{0, 1}));
    calls.clear();
    EXPECT_EQ(first_reached_unbounded(Threshold{2, &calls}), 2u);
    EXPECT_EQ(calls, (std::vector<std::uint64_t>{0, 1, 2}));
    calls.clear();
    EXPECT_EQ(first_reached_unbounded(Threshold{3, &calls}), 3u);
    EXPECT_EQ(calls, (std::vector<std::uint64_t>{0, 1, 2, 4, 3}));
}

// Every answer up to 5000, against the linear scan, with the calls' bounds.
TEST(FirstReachedUnbounded, SmallThresholdsMatchLinearScan) {
    for (std::uint64_t t = 0; t <= 5000; ++t) {
        std::vector<std::uint64_t> ignored;
        const Threshold reached{t, &ignored};
        ASSERT_EQ(first_reached_unbounded(reached), linear_first(kUMax, reached));
        expect_first_reached_unbounded(t);
    }
}

// Powers of two and their neighbours up to 2^62 (and the last the contract allows, 2^63 − 1,
// where the doubling stops at 2^63).
TEST(FirstReachedUnbounded, PowersOfTwo) {
    for (int shift = 0; shift <= 62; ++shift) {
        const std::uint64_t p = std::uint64_t{1} << shift;
        expect_first_reached_unbounded(p - 1);
        expect_first_reached_unbounded(p);
        expect_first_reached_unbounded(p + 1);
        expect_first_reached_unbounded(p + p / 2);
    }
    expect_first_reached_unbounded((std::uint64_t{1} << 63) - 1);
}

TEST(FirstReachedUnbounded, RandomThresholdsUpTo2To62) {
    std::mt19937_64 rng(2024);
    for (int iter = 0; iter < 20000; ++iter) {
        const std::uint64_t t = (rng() >> 2) >> (rng() % 63);  // [0, 2^62), any magnitude
        expect_first_reached_unbounded(t);
    }
    expect_first_reached_unbounded(std::uint64_t{1} << 62);
}

// A calendar sequence: start + k months from a day's date, the day clamped to the month's
// last (as PostgreSQL adds months), as a day number; the position of the first value at or
// after each day, by both searches, against a walk.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::int64_t plus_months(std::int64_t y, unsigned m, unsigned d, std::int64_t k) {
    const std::int64_t months = y * 12 + (m - 1) + k;
    const std::int64_t ny = months >= 0 ? months / 12 : (months - 11) / 12;
    const unsigned nm = static_cast<unsigned>(months - ny * 12) + 1;
    static constexpr unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (ny % 4 == 0 && ny % 100 != 0) || ny % 400 == 0;
    const unsigned last = lengths[nm - 1] + (nm == 2 && leap);
    return days_from_civil(ny, nm, d < last ? d : last);
}

TEST(FirstReachedUnbounded, MonthlySequenceFromJanuary31) {
    // 2024-01-31, 2024-02-29, 2024-03-31, …
    EXPECT_EQ(plus_months(2024, 1, 31, 1) - plus_months(2024, 1, 31, 0), 29);
    const std::int64_t start = plus_months(2024, 1, 31, 0);
    for (std::int64_t target = start - 3; target <= start + 3000; ++target) {
        auto reached = [&](std::uint64_t k) {
            return plus_months(2024, 1, 31, static_cast<std::int64_t>(k)) >= target;
        };
        const std::uint64_t want = linear_first(kUMax, reached);
        ASSERT_EQ(first_reached_unbounded(reached), want) << "day " << target;
        ASSERT_EQ(first_reached(200, reached), want) << "day " << target;
    }
}

}  // namespace
