// fuzz_positions.cpp — normalize_positions and IN-list intersection (as slice sets) against
// std::set.
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "fuzz_common.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/positions.hpp"
#include "seqint/slice_set.hpp"

namespace {

using fuzz::str;

constexpr std::size_t kMaxPositions = 64;

struct Input {
    std::uint64_t begin = 0, end = 0;  // the slice the positions must lie in
    std::vector<std::uint64_t> a, b;
};

// A position at or next to an end of the slice, a little inside it, or anywhere.
template <class IO>
void position(IO &io, const Input &in, std::uint64_t &p) {
    int kind = 3;
    io.in_range(kind, 0, 3);
    std::uint64_t off = 0;
    switch (kind) {
    case 0:
        io.in_range(off, 0, 4);
        p = in.begin + off - 2;  // wraps below 0 and above UINT64_MAX on purpose
        return;
    case 1:
        io.in_range(off, 0, 4);
        p = in.end + off - 2;
        return;
    case 2:
        io.in_range(off, 0, 200);
        p = in.begin + off;
        return;
    default:
        io.in_range(p, 0, UINT64_MAX);
    }
}

template <class IO>
void positions(IO &io, const Input &in, std::vector<std::uint64_t> &v) {
    std::size_t n = v.size();
    io.in_range(n, 0, kMaxPositions);
    v.resize(n);
    for (std::uint64_t &p : v)
        position(io, in, p);
}

template <class IO>
void layout(IO &io, Input &in) {
    // A slice starting near 0 or anywhere, short or long.
    bool small = false, short_slice = false;
    io.flag(small);
    io.in_range(in.begin, 0, small ? 8 : UINT64_MAX);
    io.flag(short_slice);
    io.in_range(in.end, in.begin,
                short_slice && UINT64_MAX - in.begin > 100 ? in.begin + 100 : UINT64_MAX);
    positions(io, in, in.a);
    positions(io, in, in.b);
}

std::string str(const std::vector<std::uint64_t> &v) {
    std::string s = "{";
    for (std::uint64_t p : v)
        s += (s.size() > 1 ? ", " : "") + str(p);
    return s + "}";
}

std::string describe(const Input &in) {
    return "within [" + str(in.begin) + ", " + str(in.end) + "), a " + str(in.a) + ", b " +
           str(in.b);
}

// What normalize_positions keeps: the sorted distinct positions inside the slice.
std::vector<std::uint64_t> model_normalized(const Input &in, const std::vector<std::uint64_t> &v) {
    std::set<std::uint64_t> inside;
    for (std::uint64_t p : v)
        if (in.begin <= p && p < in.end)
            inside.insert(p);
    return {inside.begin(), inside.end()};
}

// The intersection of two normalized position sets as a scan computes it for IN lists:
// as slice sets, expanded back into positions (normalized positions stop below 2^64 − 1).
std::vector<std::uint64_t> intersected(const std::vector<std::uint64_t> &a,
                                       const std::vector<std::uint64_t> &b) {
    std::vector<seqint::Slice> sa(a.size() + 1), sb(b.size() + 1);
    sa.resize(seqint::slices_of_positions(a.data(), a.size(), sa.data()));
    sb.resize(seqint::slices_of_positions(b.data(), b.size(), sb.data()));
    std::vector<seqint::Slice> both(sa.size() + sb.size() + 1);
    both.resize(seqint::intersect_slices(sa.data(), sa.size(), sb.data(), sb.size(), both.data()));
    std::vector<std::uint64_t> out;
    for (const seqint::Slice &slice : both)
        for (std::uint64_t p = slice.begin; p != slice.end; ++p)
            out.push_back(p);
    return out;
}

void check(const Input &in) {
    std::vector<std::uint64_t> a = in.a, b = in.b;
    const std::size_t na = seqint::normalize_positions(a.data(), a.size(), {in.begin, in.end});
    const std::size_t nb = seqint::normalize_positions(b.data(), b.size(), {in.begin, in.end});
    a.resize(na);
    b.resize(nb);
    const std::vector<std::uint64_t> want_a = model_normalized(in, in.a);
    const std::vector<std::uint64_t> want_b = model_normalized(in, in.b);
    FUZZ_CHECK(a == want_a, "normalize_positions(a) is " + str(a) + ", not " + str(want_a));
    FUZZ_CHECK(b == want_b, "normalize_positions(b) is " + str(b) + ", not " + str(want_b));

    std::vector<std::uint64_t> want;
    std::set_intersection(want_a.begin(), want_a.end(), want_b.begin(), want_b.end(),
                          std::back_inserter(want));
    // IN lists are intersected as slice sets (seqint/slice_set.hpp): either way round, and
    // with itself.
    FUZZ_CHECK(intersected(a, b) == want,
               "the intersection is " + str(intersected(a, b)) + ", not " + str(want));
    FUZZ_CHECK(intersected(b, a) == want, "the intersection (b, a) is " + str(intersected(b, a)));
    FUZZ_CHECK(intersected(a, a) == a, "the intersection (a, a) is " + str(intersected(a, a)));
}

std::vector<fuzz::Seed<Input>> seeds() {
    const std::uint64_t max = UINT64_MAX;
    return {
        {"edges-of-slice", {10, 20, {9, 10, 11, 19, 20, 21, 10, 19}, {10, 12, 19, 19, 25}}},
        {"uint64-max", {max - 5, max, {max, max - 1, max - 5, max - 6, 0}, {max - 1, max - 5}}},
        {"whole-uint64", {0, max, {max, 0, max - 1, 5, 5, 0}, {0, max - 1, 7}}},
        {"empty-slice", {7, 7, {6, 7, 8}, {7}}},
        {"empty-lists", {0, 100, {}, {}}},
        {"duplicates-and-disjoint", {0, 1000, {5, 3, 5, 3, 999, 1000}, {4, 6, 1000, 998}}},
    };
}

}  // namespace

SEQINT_FUZZ_TARGET()
