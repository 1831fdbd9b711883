// distinct.cpp — distinct values after rounding: one arithmetic run at a time.
//
// Rounding is monotonic, so the rounded values of an increasing run are non-decreasing and
// each distinct rounded value is one "window" of the values that round to it. With a run of
// step s and windows of u integers (u = the rounding unit):
// - s > u: no window holds two values of the run, so every value stays distinct;
// - s < u: the run hits every window between its first and last value, so the count is
//   the number of windows spanned;
// - s = u: the windows the run hits hold one value each, except when every value is a tie
//   (exactly halfway between two multiples of u): ties to even then put two values into each
//   even window.
// A binary float's unit doubles from one power of two to the next, so distinct_as_float
// counts each power-of-two range on its own and merges the one value that neighbouring
// ranges can share: the power of two between them.
#include "seqint/distinct.hpp"

#include <limits>

#include "seqint/bounds.hpp"
#include "seqint/no_postgres.hpp"

namespace seqint {

namespace {

using i128 = __int128;

enum class Ties { to_even, away_from_zero };

// `value` rounded to a multiple of `unit`, as the multiple's index (value / unit, rounded).
i128 rounded_index(i128 value, i128 unit, Ties ties) noexcept {
    const bool negative = value < 0;
    const i128 magnitude = negative ? -value : value;
    i128 index = magnitude / unit;
    const i128 twice_rest = 2 * (magnitude % unit);
    if (twice_rest > unit ||
        (twice_rest == unit && (ties == Ties::away_from_zero || index % 2 != 0)))
        ++index;
    return negative ? -index : index;
}

// The rounded values of an increasing run: how many distinct ones, the lowest and the highest.
struct RoundedRun {
    std::uint64_t distinct = 0;
    i128 lowest = 0;
    i128 highest = 0;
};

// The run first, first + step, … (n values, step > 0) rounded to multiples of `unit`.
RoundedRun round_run(i128 first, i128 step, std::uint64_t n, i128 unit, Ties ties) noexcept {
    RoundedRun run;
    if (n == 0)
        return run;
    const i128 last = first + step * static_cast<i128>(n - 1);
    const i128 lowest = rounded_index(first, unit, ties);
    const i128 highest = rounded_index(last, unit, ties);
    run.lowest = lowest * unit;
    run.highest = highest * unit;
    const bool all_ties = ties == Ties::to_even && step == unit && unit % 2 == 0 &&
                          (first % unit + unit) % unit == unit / 2;
    if (step > unit || (step == unit && !all_ties))
        run.distinct = n;
    else if (step == unit)  // all ties, to even: the even indexes between, both ends even
        run.distinct = static_cast<std::uint64_t>((highest - lowest) / 2 + 1);
    else
        run.distinct = static_cast<std::uint64_t>(highest - lowest + 1);
    return run;
}

// The values of `spec` within [lo, hi] as an increasing run: first value, count.
void increasing_run_within(const Spec &spec, i128 lo, i128 hi, i128 &first,
                           std::uint64_t &n) noexcept {
    ValueRange range;
    range.constrain(Comparison::greater_equal, IntegerView::integer(static_cast<std::int64_t>(lo)));
    range.constrain(Comparison::less_equal, IntegerView::integer(static_cast<std::int64_t>(hi)));
    const Slice slice = slice_within(spec, range);
    n = slice.size();
    if (n == 0)
        return;
    const std::int64_t a = value_at(spec, slice.begin);
    const std::int64_t b = value_at(spec, slice.end - 1);
    first = a < b ? a : b;
}

}  // namespace

std::uint64_t distinct_as_float(const Spec &spec, int mantissa_bits) noexcept {
    const i128 step = spec.step < 0 ? -static_cast<i128>(spec.step) : spec.step;
    const i128 exact_limit = i128{1} << mantissa_bits;  // every integer up to 2^p is exact
    const i128 max = std::numeric_limits<std::int64_t>::max();

    // The ranges where one rounding unit applies, in increasing order of value: below
    // −2^p the powers of two from the most negative up, then [−2^p, 2^p], then above.
    struct Range {
        i128 lo, hi, unit;
    };
    Range ranges[2 * 64 + 1];
    int count = 0;
    for (int e = 63; e >= mantissa_bits; --e) {  // [−(2^(e+1) − 1), −2^e], unit 2^(e−p+1)
        const i128 lo = -((i128{1} << (e + 1)) - 1);
        const i128 hi = -(i128{1} << e) - (e == mantissa_bits ? 1 : 0);
        ranges[count++] = {lo < -max - 1 ? -max - 1 : lo, hi, i128{1} << (e - mantissa_bits + 1)};
    }
    ranges[count++] = {-exact_limit, exact_limit, 1};
    for (int e = mantissa_bits; e <= 62; ++e) {  // [2^e, 2^(e+1) − 1]
        const i128 lo = (i128{1} << e) + (e == mantissa_bits ? 1 : 0);
        const i128 hi = (i128{1} << (e + 1)) - 1;
        ranges[count++] = {lo, hi > max ? max : hi, i128{1} << (e - mantissa_bits + 1)};
    }

    std::uint64_t distinct = 0;
    bool have_previous = false;
    i128 previous_highest = 0;
    for (int i = 0; i < count; ++i) {
        const Range &range = ranges[i];
        if (range.lo > range.hi || range.hi < -max - 1 || range.lo > max)
            continue;
        i128 first = 0;
        std::uint64_t n = 0;
        increasing_run_within(spec, range.lo, range.hi, first, n);
        if (n == 0)
            continue;
        const RoundedRun run = round_run(first, step, n, range.unit, Ties::to_even);
        distinct += run.distinct;
        // Neighbouring ranges can both round to the power of two between them.
        if (have_previous && previous_highest == run.lowest)
            --distinct;
        have_previous = true;
        previous_highest = run.highest;
    }
    return distinct;
}

std::uint64_t distinct_as_multiples_of_ten(const Spec &spec, int exponent) noexcept {
    const std::uint64_t n = count(spec);
    if (n == 0)
        return 0;
    // 10^20 > 2 · 2^63: every int64 rounds to 0.
    if (exponent >= 20)
        return 1;
    i128 unit = 1;
    for (int i = 0; i < exponent; ++i)
        unit *= 10;
    const std::int64_t last = last_value(spec);
    const i128 first = spec.step > 0 ? spec.start : last;
    const i128 step = spec.step < 0 ? -static_cast<i128>(spec.step) : spec.step;
    return round_run(first, step, n, unit, Ties::away_from_zero).distinct;
}

}  // namespace seqint
