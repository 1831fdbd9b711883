// fuzz_bounds.cpp — ValueRange (constrain, intersect, unite), slice_within, index_of and
// commuted against a model in __int128, and against a walk over every value of sequences of
// at most 4096 values.
//
// The model doubles every number: a constant strictly between f and f + 1 (a fraction, as in
// val < 10.5) compares with the integers as 2f + 1 does with their doubles, and ±infinity
// (1e30, NaN) as numbers below or above every int64.
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "fuzz_common.hpp"
#include "seqint/bounds.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/spec.hpp"

namespace {

// What a ValueRange holds, read through its public bounds.
bool contains(const seqint::ValueRange &range, std::int64_t value) {
    return !range.is_empty() && range.lo() <= value && value <= range.hi();
}
bool is_everything(const seqint::ValueRange &range) {
    return !range.is_empty() && range.lo() == std::numeric_limits<std::int64_t>::min() &&
           range.hi() == std::numeric_limits<std::int64_t>::max();
}

using fuzz::i128;
using fuzz::kMax;
using fuzz::kMin;
using fuzz::str;
using seqint::Comparison;
using seqint::IntegerView;
using seqint::Spec;
namespace model = fuzz::model;

constexpr int kMaxOps = 8;

// A WHERE-clause constant; `place` 0 an integer, 1 a fraction above `floor`, 2 below all
// integers, 3 above all.
struct Constant {
    int place = 0;
    std::int64_t floor = 0;
};

// `val OP constant`, or written the other way round (`constant OP val`) when `swapped`.
struct Clause {
    int op = 0;  // a Comparison
    bool swapped = false;
    Constant constant;
};

// 0: range.constrain(a); 1: range.intersect(the range of a AND b); 2: range.unite(the range of
// a AND b); 3: range.make_empty().
struct Op {
    int kind = 0;
    Clause a, b;
};

struct Input {
    Spec spec;
    std::vector<Op> ops;
    std::int64_t probe = 0;   // for index_of and contains
    std::uint64_t index = 0;  // index_of(value_at(index)) == index
    std::int64_t x = 0, y = 0;
    int op = 0;  // x OP y == y commuted(OP) x
};

// A constant anywhere, or a step or two from a value of the sequence, where the bounds bite.
template <class IO>
void near_or_any(IO &io, const Spec &spec, std::int64_t &v) {
    bool near = false;
    io.flag(near);
    const i128 n = model::count(spec);
    if (!near || n == 0) {
        fuzz::value(io, v);
        return;
    }
    std::uint64_t index = 0;
    int delta = 0;
    io.in_range(index, 0, static_cast<std::uint64_t>(n - 1));
    io.in_range(delta, -2, 2);
    v = static_cast<std::int64_t>(std::clamp<i128>(model::value(spec, index) + delta, kMin, kMax));
}

template <class IO>
void clause(IO &io, const Spec &spec, Clause &c) {
    io.in_range(c.op, 0, 4);
    io.flag(c.swapped);
    io.in_range(c.constant.place, 0, 3);
    if (c.constant.place <= 1)
        near_or_any(io, spec, c.constant.floor);
}

template <class IO>
void layout(IO &io, Input &in) {
    fuzz::valid_spec(io, in.spec);
    int ops = static_cast<int>(in.ops.size());
    io.in_range(ops, 0, kMaxOps);
    in.ops.resize(static_cast<std::size_t>(ops));
    for (Op &op : in.ops) {
        io.in_range(op.kind, 0, 3);
        if (op.kind <= 2)
            clause(io, in.spec, op.a);
        if (op.kind == 1 || op.kind == 2)
            clause(io, in.spec, op.b);
    }
    near_or_any(io, in.spec, in.probe);
    const i128 n = model::count(in.spec);
    if (n > 0)
        io.in_range(in.index, 0, static_cast<std::uint64_t>(n - 1));
    fuzz::value(io, in.x);
    fuzz::value(io, in.y);
    io.in_range(in.op, 0, 4);
}

const char *const op_names[] = {"<", "<=", "=", ">=", ">"};

std::string describe(const Constant &c) {
    switch (c.place) {
    case 0:
        return str(c.floor);
    case 1:
        return str(c.floor) + ".5";
    case 2:
        return "-inf";
    default:
        return "+inf";
    }
}

std::string describe(const Clause &c) {
    return c.swapped ? describe(c.constant) + " " + op_names[c.op] + " val"
                     : std::string("val ") + op_names[c.op] + " " + describe(c.constant);
}

std::string describe(const Input &in) {
    std::string s = "spec {" + str(in.spec) + "}, ops:";
    for (const Op &op : in.ops) {
        const char *const kinds[] = {" constrain(", " intersect(", " unite(", " make_empty("};
        s += kinds[op.kind];
        if (op.kind <= 2)
            s += describe(op.a);
        if (op.kind == 1 || op.kind == 2)
            s += " AND " + describe(op.b);
        s += ")";
    }
    return s + ", probe " + str(in.probe) + ", index " + str(in.index) + ", " + str(in.x) + " " +
           op_names[in.op] + " " + str(in.y);
}

IntegerView view(const Constant &c) {
    switch (c.place) {
    case 0:
        return IntegerView::integer(c.floor);
    case 1:
        return IntegerView::fraction_above(c.floor);
    case 2:
        return IntegerView::below_all();
    default:
        return IntegerView::above_all();
    }
}

// ---- the model ---------------------------------------------------------------------------

// Doubled: an integer c is 2c, a fraction above f is 2f + 1, ±infinity lies past ±2^66.
i128 doubled(const Constant &c) {
    switch (c.place) {
    case 0:
        return 2 * i128{c.floor};
    case 1:
        return 2 * i128{c.floor} + 1;
    case 2:
        return -(i128{1} << 66);
    default:
        return i128{1} << 66;
    }
}

bool holds(int op, i128 a, i128 b) {
    switch (op) {
    case 0:
        return a < b;
    case 1:
        return a <= b;
    case 2:
        return a == b;
    case 3:
        return a >= b;
    default:
        return a > b;
    }
}

// Whether an integer v satisfies the clause, compared as written.
bool satisfies(const Clause &c, i128 v) {
    return c.swapped ? holds(c.op, doubled(c.constant), 2 * v)
                     : holds(c.op, 2 * v, doubled(c.constant));
}

// ⌊a / 2⌋ and ⌈a / 2⌉, rounding towards −∞ and +∞ (C++ division truncates).
i128 floor_half(i128 a) { return a >= 0 ? a / 2 : -((-a + 1) / 2); }
i128 ceil_half(i128 a) { return -floor_half(-a); }

// The closed interval [lo, hi] of int64 values; empty when lo > hi.
struct Interval {
    i128 lo = kMin, hi = kMax;
    bool empty() const { return lo > hi; }
    void at_least(i128 v) { lo = std::max(lo, v); }
    void at_most(i128 v) { hi = std::min(hi, v); }
};

// Narrows `r` to the integers v with v OP c, where t = the doubled constant: 2v OP t.
void constrain(Interval &r, const Clause &c) {
    static constexpr int mirrored[] = {4, 3, 2, 1, 0};  // c < v is v > c, …
    const int op = c.swapped ? mirrored[c.op] : c.op;
    const i128 t = doubled(c.constant);
    switch (op) {
    case 0:  // 2v < t  ⟺  2v <= t − 1
        r.at_most(floor_half(t - 1));
        break;
    case 1:
        r.at_most(floor_half(t));
        break;
    case 2:  // only an even t is the double of an integer
        if (t % 2 != 0) {
            r.at_least(kMax), r.at_most(kMin);
        } else {
            r.at_least(t / 2), r.at_most(t / 2);
        }
        break;
    case 3:
        r.at_least(ceil_half(t));
        break;
    default:  // 2v > t  ⟺  2v >= t + 1
        r.at_least(ceil_half(t + 1));
    }
}

void intersect(Interval &r, const Interval &other) {
    r.at_least(other.lo);
    r.at_most(other.hi);
}

void unite(Interval &r, const Interval &other) {
    if (other.empty())
        return;
    if (r.empty()) {
        r = other;
        return;
    }
    r.lo = std::min(r.lo, other.lo);
    r.hi = std::max(r.hi, other.hi);
}

// ---- the checks --------------------------------------------------------------------------

void apply(seqint::ValueRange &range, const Clause &c) {
    const Comparison op = static_cast<Comparison>(c.op);
    range.constrain(c.swapped ? seqint::commuted(op) : op, view(c.constant));
}

void check_same(const seqint::ValueRange &range, const Interval &want, const std::string &when) {
    FUZZ_CHECK(range.is_empty() == want.empty(),
               when + ": is_empty() is " + (range.is_empty() ? "true" : "false"));
    if (want.empty())
        return;
    FUZZ_CHECK(range.lo() == want.lo && range.hi() == want.hi,
               when + ": [" + str(range.lo()) + ", " + str(range.hi()) + "], not [" + str(want.lo) +
                   ", " + str(want.hi) + "]");
    FUZZ_CHECK(is_everything(range) == (want.lo == kMin && want.hi == kMax),
               when + ": is_everything() is wrong");
}

// The positions of the values in `r`: [first value at or past the near bound, first value past
// the far one), found by binary search on the monotonic sequence.
seqint::Slice model_slice(const Spec &spec, const Interval &r) {
    const i128 n = model::count(spec);
    if (r.empty())
        return {};
    const bool up = spec.step > 0;
    const i128 begin = model::first_where(n, [&](i128 i) {
        const i128 v = model::value(spec, i);
        return up ? v >= r.lo : v <= r.hi;
    });
    const i128 end = model::first_where(n, [&](i128 i) {
        const i128 v = model::value(spec, i);
        return up ? v > r.hi : v < r.lo;
    });
    if (begin >= end)
        return {};
    return {static_cast<std::uint64_t>(begin), static_cast<std::uint64_t>(end)};
}

std::string str(const seqint::Slice &s) { return "[" + str(s.begin) + ", " + str(s.end) + ")"; }

bool same(const seqint::Slice &a, const seqint::Slice &b) {
    return a.is_empty() ? b.is_empty() : a.begin == b.begin && a.end == b.end;
}

void check_slice(const Spec &spec, const seqint::ValueRange &range, const Interval &r) {
    const seqint::Slice want = model_slice(spec, r);
    const i128 n = model::count(spec);
    if (n <= fuzz::kBrute) {  // the same by a walk: the values inside are consecutive
        const std::vector<i128> values = model::walk(spec, fuzz::kBrute);
        std::optional<std::uint64_t> first, last;
        for (std::uint64_t i = 0; i < values.size(); ++i) {
            if (values[i] < r.lo || values[i] > r.hi)
                continue;
            FUZZ_CHECK(!last || *last == i - 1, "the values inside the range are not consecutive");
            if (!first)
                first = i;
            last = i;
        }
        const seqint::Slice walked = first ? seqint::Slice{*first, *last + 1} : seqint::Slice{};
        FUZZ_CHECK(same(walked, want),
                   "the walk finds " + str(walked) + ", the model " + str(want));
    }
    const seqint::Slice got = seqint::slice_within(spec, range);
    FUZZ_CHECK(same(got, want), "slice_within is " + str(got) + ", not " + str(want));
    FUZZ_CHECK(got.begin <= got.end && got.end <= n, "slice_within is " + str(got));
}

std::optional<std::uint64_t> model_index_of(const Spec &spec, i128 v) {
    const i128 n = model::count(spec);
    const i128 distance = v - spec.start;
    if (distance % spec.step != 0)
        return std::nullopt;
    const i128 index = distance / spec.step;
    if (index < 0 || index >= n)
        return std::nullopt;
    return static_cast<std::uint64_t>(index);
}

std::string str(const std::optional<std::uint64_t> &index) { return index ? str(*index) : "none"; }

void check_index_of(const Input &in) {
    const Spec &spec = in.spec;
    const std::optional<std::uint64_t> want = model_index_of(spec, in.probe);
    if (model::count(spec) <= fuzz::kBrute) {
        const std::vector<i128> values = model::walk(spec, fuzz::kBrute);
        std::optional<std::uint64_t> walked;
        for (std::uint64_t i = 0; i < values.size() && !walked; ++i)
            if (values[i] == in.probe)
                walked = i;
        FUZZ_CHECK(walked == want, "the walk finds " + str(walked) + ", the model " + str(want));
    }
    const auto got = seqint::index_of(spec, in.probe);
    FUZZ_CHECK(got == want,
               "index_of(" + str(in.probe) + ") is " + str(got) + ", not " + str(want));
    if (model::count(spec) > 0) {
        const std::int64_t v = seqint::value_at(spec, in.index);
        FUZZ_CHECK(
            seqint::index_of(spec, v) == in.index,
            "index_of(value_at(" + str(in.index) + ")) is " + str(seqint::index_of(spec, v)));
    }
}

void check(const Input &in) {
    seqint::ValueRange range;
    Interval r;
    // The clauses every value of the range satisfies, while it is their conjunction (before a
    // unite makes it a hull).
    std::vector<Clause> conjunction;
    bool is_conjunction = true, made_empty = false;
    for (std::size_t i = 0; i < in.ops.size(); ++i) {
        const Op &op = in.ops[i];
        if (op.kind == 0) {
            apply(range, op.a);
            constrain(r, op.a);
            conjunction.push_back(op.a);
        } else if (op.kind == 3) {
            range.make_empty();
            r.at_least(kMax), r.at_most(kMin);
            made_empty = true;
        } else {
            seqint::ValueRange other;
            Interval o;
            for (const Clause *c : {&op.a, &op.b}) {
                apply(other, *c);
                constrain(o, *c);
            }
            check_same(other, o, "the operand of op " + str(i));
            if (op.kind == 1) {
                range.intersect(other);
                intersect(r, o);
                conjunction.push_back(op.a);
                conjunction.push_back(op.b);
            } else {
                range.unite(other);
                unite(r, o);
                is_conjunction = false;
            }
        }
        check_same(range, r, "after op " + str(i));
    }

    // contains() at the edges of every constant and of the range, directly against the clauses.
    std::vector<i128> probes = {kMin,     kMin + 1, kMax - 1, kMax,    in.probe,
                                r.lo - 1, r.lo,     r.hi,     r.hi + 1};
    for (const Clause &c : conjunction)
        for (int d = -1; d <= 2; ++d)
            probes.push_back(i128{c.constant.floor} + d);
    for (const i128 p : probes) {
        if (p < kMin || p > kMax)
            continue;
        const std::int64_t v = static_cast<std::int64_t>(p);
        FUZZ_CHECK(contains(range, v) == (!r.empty() && r.lo <= v && v <= r.hi),
                   "contains(" + str(v) + ") is wrong");
        if (is_conjunction) {
            bool all = !made_empty;
            for (const Clause &c : conjunction)
                all = all && satisfies(c, v);
            FUZZ_CHECK(contains(range, v) == all,
                       "contains(" + str(v) + ") disagrees with the clauses");
        }
    }

    check_slice(in.spec, range, r);
    check_index_of(in);

    const Comparison op = static_cast<Comparison>(in.op);
    FUZZ_CHECK(seqint::commuted(seqint::commuted(op)) == op, "commuted twice is not the same");
    FUZZ_CHECK(
        holds(in.op, in.x, in.y) == holds(static_cast<int>(seqint::commuted(op)), in.y, in.x),
        "commuted(" + std::string(op_names[in.op]) + ") is wrong");
}

Clause clause(int op, std::int64_t floor, int place = 0, bool swapped = false) {
    return {op, swapped, {place, floor}};
}

Op constrain_op(Clause a) { return {0, a, {}}; }
Op intersect_op(Clause a, Clause b) { return {1, a, b}; }
Op unite_op(Clause a, Clause b) { return {2, a, b}; }
Op empty_op() { return {3, {}, {}}; }

// Bounds at and past the ends of the sequences and of int64, fractions, infinities, hulls.
std::vector<fuzz::Seed<Input>> seeds() {
    enum { lt, le, eq, ge, gt };
    enum { integer, fraction, below_all, above_all };
    const Spec whole{kMin, kMax, 1};
    const Spec down{kMax, kMin, -1};
    const Spec evens{0, 1000000, 2};
    return {
        {"between",
         {evens,
          {constrain_op(clause(ge, 1000)), constrain_op(clause(le, 1005))},
          1004,
          3,
          1,
          2,
          lt}},
        {"fractions",
         {evens,
          {constrain_op(clause(gt, 10, fraction)), constrain_op(clause(lt, 20, fraction))},
          11,
          7,
          5,
          5,
          le}},
        {"equal-fraction-is-empty",
         {evens, {constrain_op(clause(eq, 2, fraction))}, 2, 0, 0, 1, eq}},
        {"greater-than-int64-max",
         {whole, {constrain_op(clause(gt, kMax))}, kMax, 0, kMax, kMin, gt}},
        {"less-than-int64-min", {down, {constrain_op(clause(lt, kMin))}, kMin, 5, kMin, kMax, lt}},
        {"fraction-above-int64-max",
         {whole, {constrain_op(clause(ge, kMax, fraction))}, kMax, 1, 0, 0, ge}},
        {"infinities",
         {whole,
          {constrain_op(clause(lt, 0, above_all)), constrain_op(clause(gt, 0, below_all))},
          0,
          2,
          1,
          1,
          eq}},
        {"nan-above-all-is-empty",
         {down, {constrain_op(clause(gt, 0, above_all))}, -5, 9, -1, 0, ge}},
        {"swapped-int64-edges",
         {whole,
          {constrain_op(clause(lt, kMin, integer, true)),
           constrain_op(clause(ge, kMax, integer, true))},
          kMin,
          77,
          kMax,
          kMax,
          le}},
        {"in-list-hull",
         {down,
          {unite_op(clause(eq, -7), clause(eq, -7)), unite_op(clause(eq, 9), clause(le, 9))},
          9,
          100,
          3,
          -3,
          gt}},
        {"intersect-then-empty",
         {evens, {intersect_op(clause(ge, 3), clause(le, 3)), empty_op()}, 4, 2, 4, 4, eq}},
        {"huge-step",
         {{kMin, kMax, kMax},
          {constrain_op(clause(ge, -1)), constrain_op(clause(le, kMax - 1))},
          -1,
          2,
          kMin,
          -1,
          ge}},
        {"empty-spec", {{3, 3, -1}, {constrain_op(clause(eq, 3))}, 3, 0, 1, 2, lt}},
    };
}

}  // namespace

SEQINT_FUZZ_TARGET()
