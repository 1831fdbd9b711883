// fuzz_residues.cpp — `val % m = r` (one or two filters, and a range) on any sequence:
// remainder_class, positions_congruent, intersect, ranks_within, subsequence and
// positions_of_class, against PostgreSQL's remainder computed in __int128 on every value of
// short sequences, and on the ends and a middle rank of the answer for long ones.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_common.hpp"
#include "seqint/bounds.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/residues.hpp"
#include "seqint/spec.hpp"

namespace {

using fuzz::i128;
using fuzz::kMax;
using fuzz::kMin;
using fuzz::str;
using seqint::PositionClass;
using seqint::Slice;
using seqint::Spec;
namespace model = fuzz::model;

struct Input {
    Spec spec;
    std::int64_t lo = kMin, hi = kMax;
    int filters = 1;
    std::int64_t m[2] = {1, 1}, r[2] = {0, 0};
};

// PostgreSQL's int8mod from its definition: truncating division in 128 bits.
i128 model_remainder(i128 a, i128 m) { return a - (a / m) * m; }

// A modulus: small of either sign, near ±2^63, or any value; never 0.
template <class IO>
void modulus(IO &io, std::int64_t &m) {
    bool small = false;
    io.flag(small);
    if (small)
        io.in_range(m, -40, 40);
    else
        fuzz::value(io, m);
    if (IO::reading && m == 0)
        m = kMin;
}

template <class IO>
void layout(IO &io, Input &in) {
    fuzz::valid_spec(io, in.spec);
    fuzz::value(io, in.lo);
    fuzz::value(io, in.hi);
    io.in_range(in.filters, 1, 2);
    for (int k = 0; k < in.filters; ++k) {
        modulus(io, in.m[k]);
        // A remainder in (−|m|, |m|) mostly, sometimes anything (an empty class).
        bool any = false;
        io.flag(any);
        if (any) {
            fuzz::value(io, in.r[k]);
        } else {
            io.in_range(in.r[k], kMin, kMax);
            if (IO::reading)
                in.r[k] = static_cast<std::int64_t>(model_remainder(in.r[k], in.m[k]));
        }
    }
}

std::string describe(const Input &in) {
    std::string s =
        "spec {" + str(in.spec) + "}, values in [" + str(in.lo) + ", " + str(in.hi) + "]";
    for (int k = 0; k < in.filters; ++k)
        s += ", val % " + str(in.m[k]) + " = " + str(in.r[k]);
    return s;
}

bool passes(const Input &in, i128 v) {
    if (v < in.lo || v > in.hi)
        return false;
    for (int k = 0; k < in.filters; ++k)
        if (model_remainder(v, in.m[k]) != in.r[k])
            return false;
    return true;
}

void check(const Input &in) {
    for (int k = 0; k < in.filters; ++k)
        FUZZ_CHECK(
            seqint::pg_remainder(in.spec.start, in.m[k]) == model_remainder(in.spec.start, in.m[k]),
            "pg_remainder(" + str(in.spec.start) + ", " + str(in.m[k]) + ") is " +
                str(seqint::pg_remainder(in.spec.start, in.m[k])));

    // What a scan does: the range narrowed by the classes' signs, the classes intersected.
    seqint::ValueRange range;
    range.constrain(seqint::Comparison::greater_equal, seqint::IntegerView::integer(in.lo));
    range.constrain(seqint::Comparison::less_equal, seqint::IntegerView::integer(in.hi));
    PositionClass positions;
    bool empty = false;
    for (int k = 0; k < in.filters; ++k) {
        const seqint::RemainderClass c = seqint::remainder_class(in.m[k], in.r[k]);
        empty |= c.empty;
        if (c.empty)
            continue;
        FUZZ_CHECK(c.residue < c.modulus, "residue " + str(c.residue) + " >= " + str(c.modulus));
        range.intersect(c.range);
        positions = seqint::intersect(positions,
                                      seqint::positions_congruent(in.spec, c.modulus, c.residue));
    }
    empty |= positions.empty;
    const Slice slice = seqint::slice_within(in.spec, range);

    // The answer: its count and a few of its values, in order.
    std::uint64_t count = 0;
    std::vector<std::pair<std::uint64_t, i128>> sampled;  // (rank in the answer, value)
    if (!empty) {
        if (const auto sub = seqint::subsequence(in.spec, positions)) {
            FUZZ_CHECK(seqint::find_problem(*sub) == seqint::SpecProblem::none,
                       "subsequence {" + str(*sub) + "} is not a sequence");
            const Slice ranks = seqint::ranks_within(positions, slice);
            FUZZ_CHECK(ranks.begin <= ranks.end && ranks.end <= seqint::count(*sub),
                       "ranks [" + str(ranks.begin) + ", " + str(ranks.end) +
                           ") outside the subsequence {" + str(*sub) + "}");
            count = ranks.size();
            for (std::uint64_t k : {ranks.begin, ranks.begin + ranks.size() / 2, ranks.end - 1})
                if (k >= ranks.begin && k < ranks.end)
                    sampled.push_back({k - ranks.begin, seqint::value_at(*sub, k)});
        } else {
            std::uint64_t few[2];
            const int n = seqint::positions_of_class(in.spec, positions, few);
            FUZZ_CHECK(n <= 2, "no subsequence, yet more than two positions");
            for (int i = 0; i < n; ++i)
                if (slice.begin <= few[i] && few[i] < slice.end)
                    sampled.push_back({count++, seqint::value_at(in.spec, few[i])});
        }
    }
    for (const auto &[rank, v] : sampled)
        FUZZ_CHECK(passes(in, v),
                   "value " + str(v) + " (rank " + str(rank) + ") fails the filters");

    const i128 n = model::count(in.spec);
    if (n > static_cast<i128>(fuzz::kBrute))
        return;
    std::vector<i128> want;
    for (i128 v : model::walk(in.spec, fuzz::kBrute))
        if (passes(in, v))
            want.push_back(v);
    FUZZ_CHECK(count == want.size(),
               "count " + str(count) + ", brute force " + str(static_cast<i128>(want.size())));
    for (const auto &[rank, v] : sampled)
        FUZZ_CHECK(want[rank] == v,
                   "rank " + str(rank) + " is " + str(v) + ", not " + str(want[rank]));
}

std::vector<fuzz::Seed<Input>> seeds() {
    Input sevens{{0, 1000, 1}, kMin, kMax, 1, {7, 1}, {3, 0}};
    Input negative{{-100, 100, 3}, kMin, kMax, 1, {-7, 1}, {-1, 0}};
    Input two{{-500, 500, 1}, -200, 300, 2, {6, 10}, {2, -4}};
    Input impossible{{0, 1000, 1}, kMin, kMax, 2, {4, 6}, {1, 2}};
    Input edge{{kMin, kMax, 1}, kMin, kMax, 1, {kMin, 1}, {0, 0}};
    Input minus_one{{kMin, kMin + 10, 1}, kMin, kMax, 1, {-1, 1}, {0, 0}};
    Input big_step{{kMin, kMax, kMax / 3}, kMin, kMax, 2, {kMax, 5}, {0, 1}};
    return {{"sevens", sevens},         {"negative-remainder", negative}, {"two-moduli", two},
            {"impossible", impossible}, {"modulus-int64-min", edge},      {"minus-one", minus_one},
            {"big-step", big_step}};
}

}  // namespace

SEQINT_FUZZ_TARGET()
