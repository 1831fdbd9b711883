// fuzz_closed_forms.cpp — slice_sum and partial_sum_bound against a brute-force __int128 sum
// of short slices and sequences, and against the series n·first + step·n(n−1)/2 computed
// modulo 2^128 for any slice (exact, since every slice sum lies in (−2^127, 2^127)).
#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "fuzz_common.hpp"
#include "seqint/closed_forms.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/spec.hpp"

namespace {

using fuzz::i128;
using fuzz::kMax;
using fuzz::kMin;
using fuzz::str;
using fuzz::u128;
using seqint::Slice;
using seqint::Spec;
namespace model = fuzz::model;

struct Input {
    Spec spec;
    std::uint64_t begin = 0, end = 0, middle = 0;  // begin <= middle <= end <= count
    std::uint32_t shuffle = 0;                     // seeds a random order of the values
};

template <class IO>
void layout(IO &io, Input &in) {
    fuzz::valid_spec(io, in.spec);
    const std::uint64_t n = static_cast<std::uint64_t>(model::count(in.spec));
    // The whole sequence, a short slice anywhere, or any slice.
    int kind = 2;
    io.in_range(kind, 0, 2);
    if (kind == 0) {
        in.begin = 0, in.end = n;
    } else if (kind == 1) {
        std::uint64_t size = 0;
        io.in_range(in.begin, 0, n);
        io.in_range(size, 0, std::min(fuzz::kBrute, n - in.begin));
        in.end = in.begin + size;
    } else {
        io.in_range(in.begin, 0, n);
        io.in_range(in.end, in.begin, n);
    }
    io.in_range(in.middle, in.begin, in.end);
    io.in_range(in.shuffle, 0, UINT32_MAX);
}

std::string describe(const Input &in) {
    return "spec {" + str(in.spec) + "}, slice [" + str(in.begin) + ", " + str(in.end) +
           ") split at " + str(in.middle) + ", shuffle " + str(in.shuffle);
}

i128 abs(i128 v) { return v < 0 ? -v : v; }

// The sum of the values at [begin, end) by the arithmetic series, modulo 2^128: unsigned
// arithmetic wraps without overflow, and the true sum, below 2^127 in magnitude, is the only
// int128 with these bits.
i128 series_sum(const Spec &spec, std::uint64_t begin, std::uint64_t end) {
    const u128 n = end - begin;
    const u128 first = static_cast<u128>(model::value(spec, begin));
    const u128 pairs = n * (n - (n > 0)) / 2;  // n(n−1)/2: n(n−1) < 2^128
    return static_cast<i128>(n * first + static_cast<u128>(i128{spec.step}) * pairs);
}

void check(const Input &in) {
    const Spec &spec = in.spec;
    const i128 n = model::count(spec);
    const i128 sum = seqint::slice_sum(spec, Slice{in.begin, in.end});
    const i128 want = series_sum(spec, in.begin, in.end);
    FUZZ_CHECK(sum == want, "slice_sum is " + str(sum) + ", the series " + str(want));
    if (in.end - in.begin <= fuzz::kBrute) {
        i128 brute = 0;
        for (i128 i = in.begin; i < in.end; ++i)
            brute += model::value(spec, i);
        FUZZ_CHECK(brute == want, "the brute-force sum is " + str(brute));
    }
    // Additive: the two halves of a split sum to the whole (no overflow: the halves have the
    // same sign as the whole, or opposite signs).
    const i128 halves = seqint::slice_sum(spec, Slice{in.begin, in.middle}) +
                        seqint::slice_sum(spec, Slice{in.middle, in.end});
    FUZZ_CHECK(halves == sum, "the halves sum to " + str(halves));

    // n · max(|start|, |last|), which bounds every partial sum of any order.
    const i128 bound = seqint::partial_sum_bound(spec);
    const i128 want_bound =
        n == 0 ? 0 : n * std::max(abs(spec.start), abs(model::value(spec, n - 1)));
    FUZZ_CHECK(bound == want_bound,
               "partial_sum_bound is " + str(bound) + ", not " + str(want_bound));
    FUZZ_CHECK(abs(sum) <= bound, "the slice sum exceeds the bound");
    if (n > fuzz::kBrute)
        return;

    std::vector<i128> values = model::walk(spec, fuzz::kBrute);
    std::mt19937 random(in.shuffle);
    std::vector<i128> shuffled = values;
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    std::vector<i128> backward(values.rbegin(), values.rend());
    for (const std::vector<i128> *order : {&values, &backward, &shuffled}) {
        i128 partial = 0;
        for (const i128 v : *order) {
            partial += v;
            FUZZ_CHECK(abs(partial) <= bound, "a partial sum exceeds the bound");
        }
    }
    // What the bound is for: below 2^53 (2^24), a double (float) summed in order is exact.
    double d = 0;
    float f = 0;
    i128 exact = 0;
    for (const i128 v : values) {
        d += static_cast<double>(v);
        f += static_cast<float>(v);
        exact += v;
    }
    if (bound < (i128{1} << 53))
        FUZZ_CHECK(static_cast<i128>(d) == exact, "the double sum is inexact");
    if (bound < (i128{1} << 24))
        FUZZ_CHECK(static_cast<i128>(f) == exact, "the float sum is inexact");
}

// The largest sums: the whole int64 range both ways, INT64_MIN repeated, empty slices.
std::vector<fuzz::Seed<Input>> seeds() {
    const std::uint64_t all = ~std::uint64_t{0};
    return {
        {"int64-whole-up", {{kMin, kMax, 1}, 0, all, all / 2, 1}},
        {"int64-whole-down", {{kMax, kMin, -1}, 0, all, 1, 2}},
        {"int64-lower-half", {{kMin, 0, 1}, 0, std::uint64_t{1} << 63, 12345, 3}},
        {"int64-upper-half-end", {{0, kMax, 1}, all / 2 - 3, all / 2, all / 2 - 1, 4}},
        {"int64-min-by-step-2", {{kMin, kMin + 4096 * 2, 2}, 0, 4096, 2048, 5}},
        {"int64-max-countdown", {{kMax, kMax - 4096, -1}, 100, 4096, 4000, 6}},
        {"huge-step", {{kMin, kMax, kMax}, 0, 3, 1, 7}},
        {"step-int64-min", {{kMax, kMin, kMin}, 0, 2, 2, 8}},
        {"empty-slice", {{-5, 5, 1}, 7, 7, 7, 9}},
        {"empty-sequence", {{0, 0, 1}, 0, 0, 0, 10}},
        {"float-exact-edge", {{0, 5793, 1}, 0, 5793, 2000, 11}},
    };
}

}  // namespace

SEQINT_FUZZ_TARGET()
