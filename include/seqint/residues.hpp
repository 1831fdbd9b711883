// seqint/residues.hpp — `val % m = r` on a sequence: the matching positions are an arithmetic
// progression of positions, and the values there are a sequence again.
//
// PostgreSQL's `%` truncates (the remainder takes the sign of the dividend: -7 % 3 = -1), so
// `v % m = r` holds exactly when v ≡ r (mod |m|) and v lies on r's side of zero (v >= r > 0,
// v <= r < 0; any v for r = 0), with |r| < |m|. On start + p·step the congruence is a linear
// congruence in the position p: one residue class of positions modulo |m| / gcd(step, |m|),
// or none. Two classes meet in one class again (the Chinese remainder theorem), computed in
// 128 bits. The positions of one class, re-indexed 0, 1, 2, …, have values that form a
// sequence with step step·period: walking it, counting it, cutting it (OFFSET, LIMIT,
// parallel chunks) and summing it is what the rest of the core already does for sequences.
#pragma once

#include <cstdint>
#include <optional>

#include "seqint/bounds.hpp"
#include "seqint/spec.hpp"

namespace seqint {

// PostgreSQL's `a % m` on integers (int2mod, int4mod, int8mod): the remainder of truncating
// division, with the sign of `a`; |m| = 1 gives 0 (also INT64_MIN % -1, which a C `%`
// overflows on). Requires m != 0: PostgreSQL raises division by zero there.
std::int64_t pg_remainder(std::int64_t a, std::int64_t m) noexcept;

// The values v with `v % m = r`, m != 0: v ≡ residue (mod modulus) and v in `range`.
struct RemainderClass {
    bool empty = false;         // no value has this remainder (|r| >= |m|)
    ValueRange range;           // the sign of r: v >= r when r > 0, v <= r when r < 0
    std::uint64_t modulus = 1;  // |m|, 1 … 2^63
    std::uint64_t residue = 0;  // r modulo |m|, in [0, modulus)
};
RemainderClass remainder_class(std::int64_t m, std::int64_t r) noexcept;

// A set of positions of a sequence: every p ≡ phase (mod period), or, when period is 0, the
// one position `phase` (what is left when two classes meet with a period past 2^64); or none.
struct PositionClass {
    bool empty = false;
    std::uint64_t phase = 0;   // < period when period > 0
    std::uint64_t period = 1;  // 1: every position

    bool is_all() const noexcept { return !empty && period == 1; }
};

// The positions of `spec` whose values v satisfy v ≡ residue (mod modulus), modulus >= 1,
// residue < modulus. Requires find_problem(spec) == SpecProblem::none.
PositionClass positions_congruent(const Spec &spec, std::uint64_t modulus,
                                  std::uint64_t residue) noexcept;

// The positions in both classes.
PositionClass intersect(const PositionClass &a, const PositionClass &b) noexcept;

// The ranks k (0 = the class's first position, phase) of the class's positions inside
// `positions`: those with phase + k·period in [positions.begin, positions.end). A monotonic
// map: sorted disjoint slices of positions give sorted disjoint (maybe empty or adjacent)
// slices of ranks.
Slice ranks_within(const PositionClass &positions_class, Slice positions) noexcept;

// The values of `spec` at the class's positions, as a sequence whose position k is the
// class's rank k: count and value_at of the result answer for the class. Nothing when its step
// (step · period) does not fit in int64; the class then has at most two positions in the
// sequence (three values 2^63 apart would span 2^64), listed by positions_of_class.
// Requires find_problem(spec) == SpecProblem::none and !positions_class.empty.
std::optional<Spec> subsequence(const Spec &spec, const PositionClass &positions_class) noexcept;

// The class's positions below count(spec), when there are at most two of them (as when
// subsequence has nothing): writes them in ascending order to out and returns how many
// (0, 1 or 2), or 3 when there are more.
int positions_of_class(const Spec &spec, const PositionClass &positions_class,
                       std::uint64_t out[2]) noexcept;

}  // namespace seqint
