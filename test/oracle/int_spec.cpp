// int_spec.cpp — the integer sequences a case draws: small ranges both ways, empty and
// single-value ones, counts up to ~10^5, huge steps across the whole int64 range, ranges
// across the bounds of smallint, integer, numeric(p,s) and of exact float precision, and specs
// that never reach end.
#include <vector>

#include "int_case.hpp"

namespace seqint_oracle {

namespace {

// A value at most spread above INT64_MIN (low) or below INT64_MAX.
i64 near_edge(Rng &rng, bool low, i128 spread) {
    return low ? clamp64(kMin + rng.range(0, spread)) : clamp64(kMax - rng.range(0, spread));
}

}  // namespace

// A sequence from the spec's start, `dir` steps of `step` at most `n` values long.
Spec IntGenerator::spec() {
    const int dir = rng_.sign();
    const i128 r = rng_.range(1, 100);
    Spec s;
    if (r <= 3) {
        return s;          // the defaults
    } else if (r <= 35) {  // small, both ways, empty and single-value ones
        s.start = clamp64(rng_.range(-40, 40));
        s.step = static_cast<i64>(dir * rng_.range(1, 9));
        const i128 kind = rng_.range(1, 10);
        const i128 dist = kind == 1   ? 0
                          : kind == 2 ? rng_.range(1, abs128(s.step))
                                      : rng_.range(2, 100);
        s.end = clamp64(s.start + dir * dist);
    } else if (r <= 55) {  // near the int64 edges
        const i128 kind = rng_.range(1, 6);
        if (kind <= 2) {  // across everything, huge steps
            s.start = near_edge(rng_, dir > 0, 9);
            s.end = near_edge(rng_, dir < 0, 9);
            const i128 n = rng_.chance(0.3) ? rng_.range(1, 100000) : rng_.range(1, 2000);
            s.step =
                clamp64(dir * (abs128(static_cast<i128>(s.end) - s.start) / n + rng_.range(0, 5)));
            if (s.step == 0)
                s.step = dir;
        } else if (kind == 3) {  // the extreme steps
            s.start = near_edge(rng_, dir > 0, 3);
            s.end = near_edge(rng_, dir < 0, 3);
            s.step = near_edge(rng_, dir < 0, 3);
        } else if (kind == 4) {  // up to an edge
            s.step = static_cast<i64>(dir * rng_.range(1, 20));
            const i128 edge = dir > 0 ? kMax : kMin;
            s.end = clamp64(edge - dir * rng_.range(0, 1) * rng_.range(0, 30));
            s.start = clamp64(s.end - dir * rng_.range(0, 2000));
        } else if (kind == 5) {  // away from an edge
            s.step = static_cast<i64>(dir * rng_.range(1, 1000));
            s.start = near_edge(rng_, dir > 0, 9);
            s.end = clamp64(s.start + dir * rng_.range(0, abs128(s.step) * 3000));
        } else {  // anywhere, any step, few values
            s.start = clamp64(rng_.range(kMin, kMax));
            s.step = clamp64(dir * rng_.range(1, static_cast<i128>(1) << rng_.range(1, 62)));
            s.end = clamp64(s.start + s.step * rng_.range(0, 500) + rng_.range(-3, 3));
            if (invalid(s))
                s.end = s.start;
        }
    } else if (r <= 75) {  // across a type's bound
        static const std::vector<i128> bounds = {32767,
                                                 32768,
                                                 -32768,
                                                 -32769,
                                                 2147483647,
                                                 2147483648,
                                                 -2147483648,
                                                 -2147483649,
                                                 9,
                                                 10,
                                                 -9,
                                                 -10,
                                                 999,
                                                 1000,
                                                 99949,
                                                 99950,
                                                 -99949,
                                                 -99950,
                                                 99999,
                                                 100000,
                                                 999999,
                                                 1000000,
                                                 -999999,
                                                 -1000000,
                                                 16777216,
                                                 16777217,
                                                 -16777217,
                                                 9007199254740992,
                                                 9007199254740993,
                                                 -9007199254740993,
                                                 999999999999999999,
                                                 1000000000000000000,
                                                 -999999999999999999,
                                                 -1000000000000000000,
                                                 99999999999999999,
                                                 100000000000000000};
        const i128 bound = rng_.pick(bounds);
        if (rng_.chance(0.6)) {
            s.step = static_cast<i64>(dir * rng_.range(1, 9));
            s.start = clamp64(bound + rng_.range(-60, 60));
            s.end = clamp64(s.start + dir * rng_.range(0, 150));
        } else {
            s.step = static_cast<i64>(dir * rng_.range(1, 100000));
            s.start =
                clamp64(bound - dir * abs128(s.step) * rng_.range(0, 500) + rng_.range(-5, 5));
            s.end = clamp64(s.start + dir * rng_.range(0, abs128(s.step) * 1000));
        }
    } else if (r <= 95) {  // many values: up to ~10^5
        s.step =
            static_cast<i64>(dir * (rng_.chance(0.5) ? rng_.range(1, 3) : rng_.range(1, 1000000)));
        const i128 n = rng_.range(0, 100000);
        if (rng_.chance(0.7))
            s.start = clamp64(rng_.range(-1000000000000LL, 1000000000000LL));
        else
            s.start = clamp64(dir > 0 ? kMax - abs128(s.step) * n - rng_.range(0, 5)
                                      : kMin + abs128(s.step) * n + rng_.range(0, 5));
        s.end = clamp64(s.start + s.step * n + dir * rng_.range(0, abs128(s.step)));
    } else {  // never reaches end, or steps by 0
        s.start = clamp64(rng_.chance(0.7) ? rng_.range(-50, 50) : rng_.range(kMin, kMax));
        const int way = s.start == (dir > 0 ? kMax : kMin) ? -dir : dir;
        s.end = clamp64(s.start + way * rng_.range(1, 1000));
        s.step = rng_.chance(0.2) ? 0 : static_cast<i64>(-way * rng_.range(1, 9));
    }
    return s;
}

}  // namespace seqint_oracle
