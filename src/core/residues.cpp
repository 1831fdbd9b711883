// residues.cpp — remainders as PostgreSQL computes them, linear congruences on positions, the
// Chinese remainder theorem, and the sequence of the values a residue class leaves.
#include "seqint/residues.hpp"

#include <numeric>

#include "seqint/modular.hpp"
#include "seqint/no_postgres.hpp"

namespace seqint {

namespace {

__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

// x modulo m, in [0, m), for any x of 128 bits and m >= 1.
std::uint64_t reduce(i128 x, std::uint64_t m) noexcept {
    const i128 r = x % static_cast<i128>(m);
    return static_cast<std::uint64_t>(r < 0 ? r + static_cast<i128>(m) : r);
}

// The inverse of a modulo m, for m >= 2 and gcd(a, m) = 1: extended Euclid in 128 bits, whose
// coefficients stay below m in magnitude.
std::uint64_t inverse(std::uint64_t a, std::uint64_t m) noexcept {
    i128 old_r = a, r = m, old_s = 1, s = 0;
    while (r != 0) {
        const i128 q = old_r / r;
        const i128 next_r = old_r - q * r;
        old_r = r;
        r = next_r;
        const i128 next_s = old_s - q * s;
        old_s = s;
        s = next_s;
    }
    return reduce(old_s, m);
}

// The rank of the first position of the class at or after `position`.
std::uint64_t rank_from(const PositionClass &c, std::uint64_t position) noexcept {
    if (position <= c.phase)
        return 0;
    const std::uint64_t distance = position - c.phase;
    return distance / c.period + (distance % c.period != 0);
}

}  // namespace

std::int64_t pg_remainder(std::int64_t a, std::int64_t m) noexcept {
    // int8mod's own special case: INT64_MIN % -1 traps in C, and every remainder by ±1 is 0.
    if (m == 1 || m == -1)
        return 0;
    return a % m;
}

RemainderClass remainder_class(std::int64_t m, std::int64_t r) noexcept {
    RemainderClass c;
    c.modulus = modular::magnitude(m);
    const std::uint64_t r_magnitude = modular::magnitude(r);
    if (r_magnitude >= c.modulus) {
        c.empty = true;
        return c;
    }
    if (r > 0) {
        c.residue = r_magnitude;
        c.range.constrain(Comparison::greater_equal, IntegerView::integer(r));
    } else if (r < 0) {
        c.residue = c.modulus - r_magnitude;
        c.range.constrain(Comparison::less_equal, IntegerView::integer(r));
    }
    return c;
}

PositionClass positions_congruent(const Spec &spec, std::uint64_t modulus,
                                  std::uint64_t residue) noexcept {
    // start + p·step ≡ residue: p·a ≡ b (mod modulus), solvable iff gcd(a, modulus) divides b.
    const std::uint64_t a = reduce(spec.step, modulus);
    const std::uint64_t b = reduce(static_cast<i128>(residue) - spec.start, modulus);
    const std::uint64_t g = std::gcd(a, modulus);  // gcd(0, m) = m
    PositionClass c;
    if (b % g != 0) {
        c.empty = true;
        return c;
    }
    c.period = modulus / g;
    if (c.period == 1)
        return c;
    const std::uint64_t inv = inverse((a / g) % c.period, c.period);
    c.phase = static_cast<std::uint64_t>(static_cast<u128>(b / g) * inv % c.period);
    return c;
}

PositionClass intersect(const PositionClass &a, const PositionClass &b) noexcept {
    PositionClass none;
    none.empty = true;
    if (a.empty || b.empty)
        return none;
    if (a.period == 0 || b.period == 0) {
        const PositionClass &one = a.period == 0 ? a : b;
        const PositionClass &other = a.period == 0 ? b : a;
        const bool member =
            other.period == 0 ? other.phase == one.phase : one.phase % other.period == other.phase;
        return member ? one : none;
    }
    // p = a.phase + a.period·t with a.period·t ≡ b.phase − a.phase (mod b.period).
    const std::uint64_t g = std::gcd(a.period, b.period);
    const i128 difference = static_cast<i128>(b.phase) - static_cast<i128>(a.phase);
    if (difference % static_cast<i128>(g) != 0)
        return none;
    const std::uint64_t q = b.period / g;
    const std::uint64_t t =
        q == 1 ? 0
               : static_cast<std::uint64_t>(static_cast<u128>(reduce(difference / g, q)) *
                                            inverse((a.period / g) % q, q) % q);
    // lcm < 2^128 and the solution below it: both fit in 128 bits.
    const u128 lcm = static_cast<u128>(a.period) * q;
    const u128 solution = a.phase + static_cast<u128>(a.period) * t;
    PositionClass c;
    if (lcm > UINT64_MAX) {
        // Positions are below 2^64: one at most.
        if (solution > UINT64_MAX)
            return none;
        c.phase = static_cast<std::uint64_t>(solution);
        c.period = 0;
        return c;
    }
    c.period = static_cast<std::uint64_t>(lcm);
    c.phase = static_cast<std::uint64_t>(solution);
    return c;
}

Slice ranks_within(const PositionClass &c, Slice positions) noexcept {
    if (c.empty || positions.is_empty())
        return {};
    if (c.period == 0)
        return positions.begin <= c.phase && c.phase < positions.end ? Slice{0, 1} : Slice{};
    return {rank_from(c, positions.begin), rank_from(c, positions.end)};
}

std::optional<Spec> subsequence(const Spec &spec, const PositionClass &c) noexcept {
    const std::uint64_t n = ranks_within(c, whole(spec)).size();
    if (n == 0)
        return Spec{0, 0, 1};
    const std::int64_t first = value_at(spec, c.phase);
    // Never past int64: an ascending sequence's values lie below its end, a descending one's
    // above it, so the value after the last one in the sequence's direction always exists.
    const std::int64_t toward_end = spec.step > 0 ? 1 : -1;
    if (n == 1)
        return Spec{first, first + toward_end, toward_end};
    const i128 step = static_cast<i128>(spec.step) * static_cast<i128>(c.period);
    if (step > INT64_MAX || step < INT64_MIN)
        return std::nullopt;
    const std::int64_t last = value_at(spec, c.phase + (n - 1) * c.period);
    return Spec{first, last + toward_end, static_cast<std::int64_t>(step)};
}

int positions_of_class(const Spec &spec, const PositionClass &c, std::uint64_t out[2]) noexcept {
    const std::uint64_t n = ranks_within(c, whole(spec)).size();
    if (n > 2)
        return 3;
    for (std::uint64_t i = 0; i < n; ++i)
        out[i] = c.phase + i * c.period;
    return static_cast<int>(n);
}

}  // namespace seqint
