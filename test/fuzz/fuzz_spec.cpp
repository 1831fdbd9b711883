// fuzz_spec.cpp — find_problem, count, value_at, last_value, first_index_outside,
// spaced_position and Cursor against __int128 arithmetic, and against a walk over every value
// when the sequence has at most 4096.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fuzz_common.hpp"
#include "seqint/cursor.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/spec.hpp"

namespace {

using fuzz::i128;
using fuzz::kMax;
using fuzz::kMin;
using fuzz::str;
using fuzz::u128;
using seqint::Spec;
namespace model = fuzz::model;

struct Input {
    Spec any{0, 0, 0};  // any three values, for find_problem
    Spec spec;          // a valid sequence; the fields below only when it has values
    std::uint64_t index = 0;
    std::uint64_t slice_begin = 0, slice_end = 0;  // for a Cursor
    bool backward = false;
    std::int64_t lo = 0, hi = 0;  // for first_index_outside, lo <= hi
    std::uint64_t spaced_i = 0, spaced_k = 1;
};

template <class IO>
void layout(IO &io, Input &in) {
    fuzz::value(io, in.any.start);
    fuzz::value(io, in.any.end);
    fuzz::value(io, in.any.step);
    fuzz::valid_spec(io, in.spec);
    const i128 n = model::count(in.spec);
    if (n == 0)
        return;
    const std::uint64_t last = static_cast<std::uint64_t>(n - 1);
    io.in_range(in.index, 0, last);
    io.in_range(in.slice_begin, 0, last + 1);
    io.in_range(in.slice_end, in.slice_begin, last + 1);
    io.flag(in.backward);
    // The range of a column type, or two values.
    int bounds = 3;
    io.in_range(bounds, 0, 3);
    switch (bounds) {
    case 0:
        in.lo = INT16_MIN, in.hi = INT16_MAX;
        break;
    case 1:
        in.lo = INT32_MIN, in.hi = INT32_MAX;
        break;
    case 2:
        in.lo = kMin, in.hi = kMax;
        break;
    default:
        fuzz::value(io, in.lo);
        fuzz::value(io, in.hi);
        if (in.lo > in.hi)
            std::swap(in.lo, in.hi);
    }
    io.in_range(in.spaced_k, 1, last + 1);
    io.in_range(in.spaced_i, 0, in.spaced_k - 1);
}

std::string describe(const Input &in) {
    return "any {" + str(in.any) + "}, spec {" + str(in.spec) + "}, index " + str(in.index) +
           ", slice [" + str(in.slice_begin) + ", " + str(in.slice_end) + ") " +
           (in.backward ? "backward" : "forward") + ", lo " + str(in.lo) + ", hi " + str(in.hi) +
           ", spaced " + str(in.spaced_i) + " of " + str(in.spaced_k);
}

void check_cursor(const Spec &spec, seqint::Cursor cursor, std::uint64_t begin, std::uint64_t end,
                  bool backward) {
    const std::uint64_t size = end - begin;
    FUZZ_CHECK(cursor.remaining() == size, "remaining " + str(cursor.remaining()));
    // The first values of the walk (all of them for a short slice), then its end.
    const std::uint64_t walked = size < fuzz::kBrute ? size : fuzz::kBrute;
    for (std::uint64_t k = 0; k < walked; ++k) {
        std::int64_t v = 0;
        FUZZ_CHECK(cursor.next(v), "the cursor ended after " + str(k) + " values");
        const i128 want = model::value(spec, backward ? i128{end} - 1 - k : i128{begin} + k);
        FUZZ_CHECK(v == want, "value " + str(k) + " walked is " + str(v) + ", not " + str(want));
    }
    FUZZ_CHECK(cursor.remaining() == size - walked, "remaining " + str(cursor.remaining()));
    if (walked == size) {
        std::int64_t v = 0;
        FUZZ_CHECK(!cursor.next(v), "the cursor goes on past its slice");
    }
}

bool outside(const Input &in, i128 v) { return v < in.lo || v > in.hi; }

void check(const Input &in) {
    FUZZ_CHECK(seqint::find_problem(in.any) == model::problem(in.any),
               "find_problem(any) is " + str(static_cast<int>(seqint::find_problem(in.any))));

    const Spec &spec = in.spec;
    FUZZ_CHECK(model::problem(spec) == seqint::SpecProblem::none, "an invalid spec was drawn");
    const i128 n = model::count(spec);
    FUZZ_CHECK(seqint::count(spec) == n,
               "count is " + str(seqint::count(spec)) + ", not " + str(n));

    if (n <= fuzz::kBrute) {
        const std::vector<i128> values = model::walk(spec, fuzz::kBrute + 1);
        FUZZ_CHECK(values.size() == n, "the walk finds " + str(values.size()) + " values");
        for (std::uint64_t i = 0; i < values.size(); ++i)
            FUZZ_CHECK(seqint::value_at(spec, i) == values[i], "value_at(" + str(i) + ") is " +
                                                                   str(seqint::value_at(spec, i)) +
                                                                   ", not " + str(values[i]));
    }
    if (n == 0) {
        std::int64_t v = 0;
        seqint::Cursor cursor(spec, seqint::whole(spec), seqint::Direction::forward);
        FUZZ_CHECK(!cursor.next(v), "the cursor of an empty sequence yields a value");
        FUZZ_CHECK(!seqint::first_index_outside(spec, in.lo, in.hi),
                   "first_index_outside of an empty sequence");
        return;
    }

    // The last value comes before end, the one after it does not.
    const i128 last = model::value(spec, n - 1);
    FUZZ_CHECK(model::before_end(spec, last) && !model::before_end(spec, last + spec.step),
               "the model's count is wrong");
    FUZZ_CHECK(seqint::last_value(spec) == last,
               "last_value is " + str(seqint::last_value(spec)) + ", not " + str(last));
    for (const i128 i : {i128{0}, i128{in.index}, n / 2, n - 1})
        FUZZ_CHECK(seqint::value_at(spec, static_cast<std::uint64_t>(i)) == model::value(spec, i),
                   "value_at(" + str(i) + ") is " +
                       str(seqint::value_at(spec, static_cast<std::uint64_t>(i))) + ", not " +
                       str(model::value(spec, i)));

    check_cursor(spec, seqint::Cursor(spec, seqint::whole(spec), seqint::Direction::forward), 0,
                 static_cast<std::uint64_t>(n), false);
    const seqint::Slice slice{in.slice_begin, in.slice_end};
    check_cursor(
        spec,
        seqint::Cursor(spec, slice,
                       in.backward ? seqint::Direction::backward : seqint::Direction::forward),
        in.slice_begin, in.slice_end, in.backward);

    // The first value outside [lo, hi]: at 0, or where a monotonic walk leaves the range.
    std::optional<std::uint64_t> want;
    if (outside(in, spec.start)) {
        want = 0;
    } else {
        const i128 first =
            model::first_where(n, [&](i128 i) { return outside(in, model::value(spec, i)); });
        if (first < n)
            want = static_cast<std::uint64_t>(first);
    }
    if (n <= fuzz::kBrute) {  // the same by a walk
        std::optional<std::uint64_t> walked;
        for (i128 i = 0; i < n && !walked; ++i)
            if (outside(in, model::value(spec, i)))
                walked = static_cast<std::uint64_t>(i);
        FUZZ_CHECK(walked == want, "the binary search disagrees with the walk");
    }
    const auto got = seqint::first_index_outside(spec, in.lo, in.hi);
    FUZZ_CHECK(got == want, "first_index_outside is " + (got ? str(*got) : "none") + ", not " +
                                (want ? str(*want) : "none"));

    // ⌊i·n/k⌋, below n and non-decreasing in i.
    const std::uint64_t position =
        seqint::spaced_position(in.spaced_i, in.spaced_k, static_cast<std::uint64_t>(n));
    const u128 spaced = u128{in.spaced_i} * static_cast<u128>(n) / in.spaced_k;
    FUZZ_CHECK(position == spaced && position < n,
               "spaced_position is " + str(position) + ", not " + str(spaced));
    if (in.spaced_i + 1 < in.spaced_k)
        FUZZ_CHECK(seqint::spaced_position(in.spaced_i + 1, in.spaced_k,
                                           static_cast<std::uint64_t>(n)) >= position,
                   "spaced_position decreases");
}

// Whole int64 ranges, the extreme steps, empty and one-value sequences.
std::vector<fuzz::Seed<Input>> seeds() {
    const std::uint64_t all = ~std::uint64_t{0};  // the count of INT64_MIN … INT64_MAX
    return {
        {"int64-up-step-1",
         {{kMin, kMax, 0}, {kMin, kMax, 1}, all - 1, 0, all, true, kMin, kMax, all - 1, all}},
        {"int64-down-step-minus-1",
         {{kMax, kMin, 1},
          {kMax, kMin, -1},
          12345,
          all - 10,
          all,
          false,
          INT32_MIN,
          INT32_MAX,
          3,
          7}},
        {"int64-step-int64-max", {{0, 0, 0}, {kMin, kMax, kMax}, 2, 1, 3, true, -1, 1, 0, 3}},
        {"int64-step-int64-min", {{0, 1, -1}, {kMax, kMin, kMin}, 1, 0, 2, true, 0, kMax, 1, 2}},
        {"step-int64-min-one-value", {{1, 0, 1}, {-1, kMin, kMin}, 0, 0, 1, false, 0, 0, 0, 1}},
        {"empty", {{5, 5, kMin}, {7, 7, 3}}},
        {"empty-at-int64-max", {{kMax, kMax, 0}, {kMax, kMax, -1}}},
        {"one-value-at-int64-min",
         {{kMin, kMin, 1}, {kMin, kMin + 1, 5}, 0, 0, 1, false, INT16_MIN, INT16_MAX, 0, 1}},
        {"smallint-edge",
         {{0, 64, 1}, {32760, 32768, 1}, 7, 2, 8, true, INT16_MIN, INT16_MAX, 3, 8}},
        {"countdown", {{10, 0, -1}, {10, 0, -1}, 9, 3, 9, true, 2, 8, 4, 10}},
        {"int32-crossing",
         {{0, 0, 1},
          {INT32_MAX - 5, INT32_MAX + std::int64_t{5}, 2},
          4,
          0,
          5,
          false,
          INT32_MIN,
          INT32_MAX,
          2,
          5}},
        {"huge-step-near-end",
         {{0, 0, 0}, {kMin + 1, kMax - 1, kMax - 1}, 2, 0, 3, true, kMin, 0, 1, 2}},
    };
}

}  // namespace

SEQINT_FUZZ_TARGET()
