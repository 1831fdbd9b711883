// fuzz_time_step.cpp — find_step_problem, step_direction and fixed_length against signs field by
// field and __int128 lengths; first_reached and first_reached_unbounded of a threshold predicate
// against the threshold itself (and a linear scan when it is at most 4096), with the predicate's
// calls counted and bounded: below the limit, never past 2k, O(log) of them.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fuzz_common.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/time_step.hpp"

namespace {

using fuzz::i128;
using fuzz::kMax;
using fuzz::kMin;
using fuzz::str;
using seqint::micros_per_day;
using seqint::StepProblem;
using seqint::TimeColumn;
using seqint::TimeStep;

constexpr std::uint64_t kUMax = UINT64_MAX;
constexpr std::uint64_t kUnboundedMax = (std::uint64_t{1} << 63) - 1;  // first_reached_unbounded's
// The most days whose microseconds fit in int64 (106751991), and the microseconds left over to
// INT64_MAX (14454775807): where days·86400000000 + micros leaves int64.
constexpr std::int64_t kMaxDays = kMax / micros_per_day;
constexpr std::int64_t kSpareMicros = kMax - kMaxDays * micros_per_day;

struct Input {
    TimeStep step;
    int column = 0;                          // a TimeColumn
    std::uint64_t limit = 0, threshold = 0;  // first_reached
    std::uint64_t answer = 0;                // first_reached_unbounded, below 2^63
};

// Months or days: near 0, near the ends of int32, near the days whose microseconds leave
// int64, or anything.
template <class IO>
void field32(IO &io, std::int32_t &v) {
    int kind = 3;
    io.in_range(kind, 0, 3);
    std::int32_t off = 0;
    bool negative = false;
    switch (kind) {
    case 0:
        io.in_range(v, -3, 3);
        return;
    case 1:
        io.flag(negative);
        io.in_range(off, 0, 3);
        v = negative ? INT32_MIN + off : INT32_MAX - off;
        return;
    case 2:
        io.flag(negative);
        io.in_range(off, -2, 2);
        v = static_cast<std::int32_t>(kMaxDays) + off;
        v = negative ? -v : v;
        return;
    default:
        io.in_range(v, INT32_MIN, INT32_MAX);
    }
}

// Microseconds: fuzz::value's, the spare microseconds above whole days at the edge of int64,
// a whole number of days (the step of a timestamp that overflows at the addition), or anything.
template <class IO>
void micros(IO &io, std::int64_t &v) {
    int kind = 3;
    io.in_range(kind, 0, 3);
    std::int64_t off = 0;
    bool negative = false;
    switch (kind) {
    case 0:
        fuzz::value(io, v);
        return;
    case 1:
        io.flag(negative);
        io.in_range(off, -2, 2);
        v = negative ? -kSpareMicros - 1 + off : kSpareMicros + off;
        return;
    case 2: {
        std::int64_t days = 0;
        io.in_range(days, -kMaxDays, kMaxDays);
        io.in_range(off, -2, 2);
        v = days * micros_per_day + off;
        return;
    }
    default:
        io.in_range(v, kMin, kMax);
    }
}

template <class IO>
void layout(IO &io, Input &in) {
    field32(io, in.step.months);
    field32(io, in.step.days);
    micros(io, in.step.micros);
    io.in_range(in.column, 0, 2);

    // A limit: short, up to the brute-force size, near 2^64, near a power of two, or anything.
    int kind = 4;
    io.in_range(kind, 0, 4);
    std::uint64_t off = 0;
    int shift = 0;
    switch (kind) {
    case 0:
        io.in_range(in.limit, 0, 64);
        break;
    case 1:
        io.in_range(in.limit, 0, fuzz::kBrute);
        break;
    case 2:
        io.in_range(off, 0, 3);
        in.limit = kUMax - off;
        break;
    case 3:
        io.in_range(shift, 0, 63);
        io.in_range(off, 0, 2);
        in.limit = (std::uint64_t{1} << shift) + off - 1;
        break;
    default:
        io.in_range(in.limit, 0, kUMax);
    }
    // A threshold: at the limit (wrapping past 0 and 2^64 − 1), near 0, below it, or anything.
    kind = 3;
    io.in_range(kind, 0, 3);
    switch (kind) {
    case 0:
        io.in_range(off, 0, 6);
        in.threshold = in.limit + off - 3;
        break;
    case 1:
        io.in_range(in.threshold, 0, 8);
        break;
    case 2:
        io.in_range(in.threshold, 0, in.limit);
        break;
    default:
        io.in_range(in.threshold, 0, kUMax);
    }
    // The unbounded search's answer: small, near a power of two, or anything below 2^63.
    kind = 2;
    io.in_range(kind, 0, 2);
    switch (kind) {
    case 0:
        io.in_range(in.answer, 0, fuzz::kBrute);
        break;
    case 1:
        io.in_range(shift, 0, 62);
        io.in_range(off, 0, 2);
        in.answer = (std::uint64_t{1} << shift) + off - 1;
        break;
    default:
        io.in_range(in.answer, 0, kUnboundedMax);
    }
}

const char *column_name(int column) {
    static const char *const names[] = {"date", "timestamp", "timestamptz"};
    return names[column];
}

std::string describe(const Input &in) {
    return "step {" + str(in.step.months) + " mon, " + str(in.step.days) + " days, " +
           str(in.step.micros) + " us} in a " + column_name(in.column) + ", limit " +
           str(in.limit) + ", threshold " + str(in.threshold) + ", unbounded answer " +
           str(in.answer);
}

// ---- the models ----------------------------------------------------------------------------

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

std::optional<i128> model_length(const TimeStep &s, TimeColumn column) {
    if (s.months != 0)
        return std::nullopt;
    if (column == TimeColumn::date)
        return i128{s.days};
    if (column == TimeColumn::timestamptz)
        return s.days != 0 ? std::nullopt : std::optional<i128>(s.micros);
    return i128{s.days} * micros_per_day + s.micros;
}

int bit_width(std::uint64_t n) {
    int bits = 0;
    for (; n != 0; n >>= 1)
        ++bits;
    return bits;
}

int ceil_log2(std::uint64_t n) {
    int bits = 0;
    while (bits < 64 && (std::uint64_t{1} << bits) < n)
        ++bits;
    return bits;
}

// ---- the checks ----------------------------------------------------------------------------

void check_step(const TimeStep &s, TimeColumn column) {
    const StepProblem problem = seqint::find_step_problem(s, column);
    const StepProblem want = model_problem(s, column);
    FUZZ_CHECK(problem == want, "find_step_problem is " + str(static_cast<int>(problem)) +
                                    ", not " + str(static_cast<int>(want)));
    if (problem != StepProblem::none)
        return;

    const int direction = seqint::step_direction(s);
    const int want_direction = sign(s.months) != 0 ? sign(s.months)
                               : sign(s.days) != 0 ? sign(s.days)
                                                   : sign(s.micros);
    FUZZ_CHECK(direction == want_direction, "step_direction is " + str(direction));

    const std::optional<seqint::FixedLength> length = seqint::fixed_length(s, column);
    const std::optional<i128> want_length = model_length(s, column);
    FUZZ_CHECK(length.has_value() == want_length.has_value(),
               std::string("fixed_length ") + (length ? "has" : "has no") + " value");
    if (!length)
        return;
    if (*want_length < kMin || *want_length > kMax) {
        FUZZ_CHECK(length->longer_than_int64,
                   "fixed_length is " + str(length->length) + ", not longer than int64");
        return;
    }
    FUZZ_CHECK(!length->longer_than_int64 && length->length == *want_length,
               "fixed_length is " + str(length->length) +
                   (length->longer_than_int64 ? " (longer than int64)" : "") + ", not " +
                   str(*want_length));
    // A valid step moves: its length is nonzero and goes its direction.
    FUZZ_CHECK(sign(length->length) == direction, "the length's sign is not the direction");
}

// The predicate: false below `threshold`, true from it on; it keeps every k it was asked.
struct Threshold {
    std::uint64_t threshold;
    std::vector<std::uint64_t> *calls;
    bool operator()(std::uint64_t k) const {
        calls->push_back(k);
        return k >= threshold;
    }
};

template <class Reached>
std::uint64_t linear_first(std::uint64_t limit, Reached reached) {
    std::uint64_t k = 0;
    while (k < limit && !reached(k))
        ++k;
    return k;
}

void check_first_reached(std::uint64_t limit, std::uint64_t threshold) {
    std::vector<std::uint64_t> calls;
    const std::uint64_t got = seqint::first_reached(limit, Threshold{threshold, &calls});
    const std::uint64_t want = threshold < limit ? threshold : limit;
    FUZZ_CHECK(got == want, "first_reached is " + str(got) + ", not " + str(want));
    FUZZ_CHECK(calls.size() <= static_cast<std::size_t>(bit_width(limit)),
               "first_reached called the predicate " + str(calls.size()) + " times");
    for (std::uint64_t k : calls)
        FUZZ_CHECK(k < limit, "first_reached called the predicate at " + str(k));
    if (limit <= fuzz::kBrute) {
        std::vector<std::uint64_t> ignored;
        const std::uint64_t walked = linear_first(limit, Threshold{threshold, &ignored});
        FUZZ_CHECK(walked == got, "the linear scan finds " + str(walked));
    }
}

void check_first_reached_unbounded(std::uint64_t answer) {
    std::vector<std::uint64_t> calls;
    const std::uint64_t got = seqint::first_reached_unbounded(Threshold{answer, &calls});
    FUZZ_CHECK(got == answer, "first_reached_unbounded is " + str(got));
    // Doubling to the power of two at or above k, then a binary search below it.
    FUZZ_CHECK(calls.size() <= static_cast<std::size_t>(2 * ceil_log2(answer) + 2),
               "first_reached_unbounded called the predicate " + str(calls.size()) + " times");
    for (std::uint64_t k : calls)
        FUZZ_CHECK(i128{k} <= 2 * i128{answer},
                   "first_reached_unbounded called the predicate at " + str(k));
    if (answer <= fuzz::kBrute) {
        std::vector<std::uint64_t> ignored;
        const std::uint64_t walked = linear_first(kUMax, Threshold{answer, &ignored});
        FUZZ_CHECK(walked == got, "the linear scan finds " + str(walked));
    }
}

void check(const Input &in) {
    check_step(in.step, static_cast<TimeColumn>(in.column));
    check_first_reached(in.limit, in.threshold);
    check_first_reached_unbounded(in.answer);
}

// Each kind of step problem; the lengths at the edge of int64 both ways; limits 0, 1 and
// 2^64 − 1; unbounded answers 0, 1, 2^62 and 2^63 − 1.
std::vector<fuzz::Seed<Input>> seeds() {
    const std::int32_t d = static_cast<std::int32_t>(kMaxDays);
    const std::uint64_t p62 = std::uint64_t{1} << 62;
    return {
        {"zero-step", {{0, 0, 0}, 0, 0, 0, 0}},
        {"mixed-signs", {{1, -1, 0}, 1, 1, 0, 1}},
        {"date-with-time", {{0, 1, 1}, 0, 1, 1, 2}},
        {"date-days-int32-min", {{0, INT32_MIN, 0}, 0, 2, 1, 3}},
        {"one-month-timestamptz", {{1, 0, 0}, 2, 64, 63, 31}},
        {"one-day-timestamptz", {{0, 1, 0}, 2, 4096, 4096, 4096}},
        {"one-hour-timestamptz", {{0, 0, 3600000000}, 2, 100, 0, 100}},
        {"int64-min-micros", {{0, 0, kMin}, 2, kUMax, 0, p62}},
        {"timestamp-longest", {{0, d, kSpareMicros}, 1, kUMax, kUMax - 1, p62 + 1}},
        {"timestamp-one-past", {{0, d, kSpareMicros + 1}, 1, kUMax, kUMax, p62 - 1}},
        {"timestamp-days-past", {{0, d + 1, 0}, 1, kUMax - 1, 1, kUnboundedMax}},
        {"timestamp-back-longest", {{0, -d, -kSpareMicros - 1}, 1, 1, 0, kUnboundedMax - 1}},
        {"timestamp-back-one-past", {{0, -d, -kSpareMicros - 2}, 1, 1, 1, 5}},
        {"timestamp-int32-max-days", {{0, INT32_MAX, kMax}, 1, 2, 2, 3}},
        {"timestamp-int32-min-days", {{0, INT32_MIN, kMin}, 1, std::uint64_t{1} << 63, 7, 8}},
        {"timestamp-day-and-hour-back", {{0, -1, -3600000000}, 1, 1000, 999, 1000}},
    };
}

}  // namespace

SEQINT_FUZZ_TARGET()
