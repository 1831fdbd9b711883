// fuzz_periodic.cpp — patterns of positions (unions of residue classes, periodic.hpp) on any
// sequence: counting, ranking, walking runs either way, intersections, unions and complements
// over the lcm of two periods, and sums, against membership tested position by position on
// spans of up to 4096 positions anywhere below 2^64, and values summed in __int128.
#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

#include "fuzz_common.hpp"
#include "seqint/closed_forms.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/periodic.hpp"
#include "seqint/spec.hpp"

namespace {

using fuzz::i128;
using fuzz::str;
using seqint::Pattern;
using seqint::Slice;
using seqint::Spec;
namespace model = fuzz::model;

constexpr int kRuns = 4;

// A period and up to kRuns runs inside it, as drawn (normalized when used).
struct Drawn {
    bool small = true;  // a period of 1 … 64, or any
    std::uint64_t period = 1;
    int runs = 1;
    std::uint64_t begin[kRuns] = {0}, size[kRuns] = {1};
};

struct Input {
    Spec spec;
    Drawn a, b;
    int op = 0;  // 0: a ∩ b, 1: a ∪ b, 2: the complement of a
    std::uint64_t from = 0, span = 0;
};

template <class IO>
void draw(IO &io, Drawn &d) {
    io.flag(d.small);
    if (d.small)
        io.in_range(d.period, 1, 64);
    else
        io.in_range(d.period, 1, UINT64_MAX);
    io.in_range(d.runs, 0, kRuns);
    for (int j = 0; j < d.runs; ++j) {
        io.in_range(d.begin[j], 0, UINT64_MAX);
        io.in_range(d.size[j], 1, 64);
    }
}

template <class IO>
void layout(IO &io, Input &in) {
    fuzz::valid_spec(io, in.spec);
    draw(io, in.a);
    draw(io, in.b);
    io.in_range(in.op, 0, 2);
    io.in_range(in.from, 0, UINT64_MAX);
    io.in_range(in.span, 0, fuzz::kBrute);
}

// The normalized runs of a drawn pattern: each taken modulo its period, clipped to it.
std::vector<Slice> runs_of(const Drawn &d) {
    std::vector<Slice> runs;
    for (int j = 0; j < d.runs; ++j) {
        const std::uint64_t begin = d.begin[j] % d.period;
        runs.push_back({begin, begin + std::min(d.size[j], d.period - begin)});
    }
    std::sort(runs.begin(), runs.end(), [](Slice x, Slice y) { return x.begin < y.begin; });
    std::vector<Slice> merged;
    for (Slice s : runs) {
        if (!merged.empty() && s.begin <= merged.back().end)
            merged.back().end = std::max(merged.back().end, s.end);
        else
            merged.push_back(s);
    }
    return merged;
}

std::string describe(const Input &in) {
    std::string s = "spec {" + str(in.spec) + "}, op " + str(in.op) + ", positions [" +
                    str(in.from) + ", +" + str(in.span) + ")";
    for (const Drawn *d : {&in.a, &in.b}) {
        s += ", period " + str(d->period) + " runs";
        for (Slice r : runs_of(*d))
            s += " [" + str(r.begin) + ", " + str(r.end) + ")";
    }
    return s;
}

bool member(const std::vector<Slice> &runs, std::uint64_t period, std::uint64_t x) {
    const std::uint64_t y = x % period;
    for (Slice r : runs)
        if (r.begin <= y && y < r.end)
            return true;
    return false;
}

// Checks counting, ranking, walking and summing `p` (runs `runs`) on [from, to) against
// `in_set`, which says whether a position belongs.
template <class InSet>
void check_pattern(const Input &in, const Pattern &p, std::uint64_t from, std::uint64_t to,
                   InSet in_set) {
    std::vector<std::uint64_t> members;
    for (std::uint64_t x = from; x < to; ++x)
        if (in_set(x))
            members.push_back(x);
    FUZZ_CHECK(seqint::matches_in(p, {from, to}) == members.size(),
               "matches_in " + str(seqint::matches_in(p, {from, to})) + ", brute force " +
                   str(static_cast<i128>(members.size())));
    for (std::size_t r : {std::size_t{0}, members.size() / 2, members.size() - 1})
        if (r < members.size())
            FUZZ_CHECK(seqint::nth_match(p, from, r) == members[r],
                       "nth_match " + str(r) + " is " + str(seqint::nth_match(p, from, r)) +
                           ", not " + str(members[r]));
    std::vector<std::uint64_t> walked;
    for (Slice s = seqint::next_run(p, from, to); !s.is_empty() && walked.size() <= members.size();
         s = seqint::next_run(p, s.end, to))
        for (std::uint64_t x = s.begin; x < s.end; ++x)
            walked.push_back(x);
    FUZZ_CHECK(walked == members, "next_run walks other positions");
    walked.clear();
    for (Slice s = seqint::previous_run(p, from, to);
         !s.is_empty() && walked.size() <= members.size();
         s = seqint::previous_run(p, from, s.begin))
        for (std::uint64_t x = s.end; x > s.begin; --x)
            walked.push_back(x - 1);
    std::reverse(walked.begin(), walked.end());
    FUZZ_CHECK(walked == members, "previous_run walks other positions");

    // Sums: the span inside the sequence.
    const std::uint64_t n = static_cast<std::uint64_t>(model::count(in.spec));
    const std::uint64_t lo = std::min(from, n), hi = std::min(to, n);
    i128 want = 0;
    for (std::uint64_t x = lo; x < hi; ++x)
        if (in_set(x))
            want += model::value(in.spec, x);
    const i128 got = seqint::pattern_sum(in.spec, {lo, hi}, p);
    FUZZ_CHECK(got == want, "pattern_sum " + str(got) + ", brute force " + str(want));
}

void check(const Input &in) {
    const std::vector<Slice> ra = runs_of(in.a), rb = runs_of(in.b);
    std::vector<std::uint64_t> ba(ra.size() + 1), bb(rb.size() + 1);
    const Pattern a = seqint::make_pattern(in.a.period, ra.data(), ra.size(), ba.data());
    const Pattern b = seqint::make_pattern(in.b.period, rb.data(), rb.size(), bb.data());
    const std::uint64_t to = in.from + std::min<std::uint64_t>(in.span, UINT64_MAX - in.from);
    check_pattern(in, a, in.from, to, [&](std::uint64_t x) { return member(ra, in.a.period, x); });

    std::uint64_t period = in.a.period;
    std::vector<Slice> combined;
    if (in.op == 2) {
        combined.resize(ra.size() + 1);
        combined.resize(seqint::complement_pattern(a, combined.data()));
    } else {
        period = seqint::lcm_of_periods(in.a.period, in.b.period);
        const fuzz::u128 lcm =
            static_cast<fuzz::u128>(in.a.period / std::gcd(in.a.period, in.b.period)) * in.b.period;
        FUZZ_CHECK(period == (lcm > UINT64_MAX ? 0 : static_cast<std::uint64_t>(lcm)),
                   "lcm_of_periods " + str(period));
        if (period == 0)
            return;
        const std::uint64_t room =
            seqint::runs_repeated(a, period) + seqint::runs_repeated(b, period);
        if (room > 1 << 16)
            return;  // the adapter never combines patterns this large
        combined.resize(room);
        combined.resize(in.op == 0 ? seqint::intersect_patterns(a, b, period, combined.data())
                                   : seqint::unite_patterns(a, b, period, combined.data()));
    }
    for (std::size_t j = 0; j < combined.size(); ++j)
        FUZZ_CHECK(!combined[j].is_empty() && combined[j].end <= period &&
                       (j == 0 || combined[j - 1].end < combined[j].begin),
                   "combined runs are not normalized");
    std::vector<std::uint64_t> bc(combined.size() + 1);
    const Pattern c = seqint::make_pattern(period, combined.data(), combined.size(), bc.data());
    check_pattern(in, c, in.from, to, [&](std::uint64_t x) {
        const bool in_a = member(ra, in.a.period, x), in_b = member(rb, in.b.period, x);
        return in.op == 0 ? in_a && in_b : in.op == 1 ? in_a || in_b : !in_a;
    });
}

std::vector<fuzz::Seed<Input>> seeds() {
    Input sevens;  // val % 7 <> 3 on 0 … 999
    sevens.spec = {0, 1000, 1};
    sevens.a = {true, 7, 1, {3}, {1}};
    sevens.op = 2;
    sevens.span = 1000;
    Input two;  // classes of 3 and 5, united near 2^64
    two.spec = {-9223372036854775807 - 1, 9223372036854775807, 1};
    two.a = {true, 3, 1, {1}, {1}};
    two.b = {true, 5, 2, {0, 4}, {1, 1}};
    two.op = 1;
    two.from = UINT64_MAX - 3000;
    two.span = 3000;
    Input huge;  // a period near 2^63 and one of 2
    huge.spec = {-9223372036854775807 - 1, 9223372036854775807, 3};
    huge.a = {false, std::uint64_t{1} << 62, 2, {5, 17}, {3, 9}};
    huge.b = {true, 2, 1, {0}, {1}};
    huge.op = 0;
    huge.span = 4096;
    return {{"sevens", sevens}, {"two-periods", two}, {"huge-period", huge}};
}

}  // namespace

SEQINT_FUZZ_TARGET()
