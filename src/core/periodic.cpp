// periodic.cpp — patterns of positions: counting, ranking and walking their runs, combining
// them over a common period, and summing the values at their members.
#include "seqint/periodic.hpp"

#include <algorithm>
#include <numeric>

#include "seqint/closed_forms.hpp"
#include "seqint/no_postgres.hpp"

namespace seqint {

namespace {

__extension__ typedef unsigned __int128 u128;

// Positions of a period below y (y <= period).
std::uint64_t within_period(const Pattern &p, std::uint64_t y) noexcept {
    // The last run starting at or before y.
    const Slice *after =
        std::upper_bound(p.runs, p.runs + p.run_count, y,
                         [](std::uint64_t v, const Slice &s) { return v < s.begin; });
    if (after == p.runs)
        return 0;
    const std::size_t j = static_cast<std::size_t>(after - p.runs) - 1;
    return p.before[j] + (std::min(y, p.runs[j].end) - p.runs[j].begin);
}

// Run i of `p` repeated to a longer period: runs[i mod n] shifted by whole periods of p.
Slice repeated_run(const Pattern &p, std::uint64_t i) noexcept {
    const Slice &s = p.runs[i % p.run_count];
    const std::uint64_t shift = (i / p.run_count) * p.period;
    return {s.begin + shift, s.end + shift};
}

// Appends `s` to out[0 … n), merging it into the last run when they touch.
void append_run(Slice *out, std::size_t &n, Slice s) noexcept {
    if (s.is_empty())
        return;
    if (n > 0 && s.begin <= out[n - 1].end)
        out[n - 1].end = std::max(out[n - 1].end, s.end);
    else
        out[n++] = s;
}

}  // namespace

Pattern make_pattern(std::uint64_t period, const Slice *runs, std::size_t n,
                     std::uint64_t *before) noexcept {
    Pattern p;
    p.period = period;
    p.runs = runs;
    p.before = before;
    p.run_count = n;
    for (std::size_t j = 0; j < n; ++j) {
        before[j] = p.per_period;
        p.per_period += runs[j].size();
    }
    return p;
}

std::uint64_t matches_below(const Pattern &p, std::uint64_t x) noexcept {
    if (p.run_count == 0)
        return 0;
    return (x / p.period) * p.per_period + within_period(p, x % p.period);
}

std::uint64_t nth_match(const Pattern &p, std::uint64_t from, std::uint64_t rank) noexcept {
    const std::uint64_t target = matches_below(p, from) + rank;
    const std::uint64_t q = target / p.per_period;
    const std::uint64_t r = target % p.per_period;
    // The last run with before[j] <= r.
    const std::size_t j =
        static_cast<std::size_t>(std::upper_bound(p.before, p.before + p.run_count, r) - p.before) -
        1;
    return q * p.period + p.runs[j].begin + (r - p.before[j]);
}

Slice next_run(const Pattern &p, std::uint64_t from, std::uint64_t to) noexcept {
    if (from >= to || p.run_count == 0)
        return {};
    std::uint64_t t = from / p.period;
    std::uint64_t y = from % p.period;
    // The first run ending after y.
    std::size_t j = static_cast<std::size_t>(
        std::upper_bound(p.runs, p.runs + p.run_count, y,
                         [](std::uint64_t v, const Slice &s) { return v < s.end; }) -
        p.runs);
    if (j == p.run_count) {
        ++t;
        j = 0;
        y = 0;
    }
    const u128 base = static_cast<u128>(t) * p.period;
    const u128 begin = base + std::max(p.runs[j].begin, y);
    if (begin >= to)
        return {};
    const u128 end = std::min(base + p.runs[j].end, static_cast<u128>(to));
    return {static_cast<std::uint64_t>(begin), static_cast<std::uint64_t>(end)};
}

Slice previous_run(const Pattern &p, std::uint64_t from, std::uint64_t to) noexcept {
    if (from >= to || p.run_count == 0)
        return {};
    std::uint64_t t = (to - 1) / p.period;
    std::uint64_t y = (to - 1) % p.period;
    // The last run starting at or before y.
    std::size_t j = static_cast<std::size_t>(
        std::upper_bound(p.runs, p.runs + p.run_count, y,
                         [](std::uint64_t v, const Slice &s) { return v < s.begin; }) -
        p.runs);
    if (j == 0) {
        if (t == 0)
            return {};
        --t;
        j = p.run_count;
        y = p.period - 1;
    }
    --j;
    const u128 base = static_cast<u128>(t) * p.period;
    const u128 end = base + std::min(p.runs[j].end, y + 1);
    if (end <= from)
        return {};
    const u128 begin = std::max(base + p.runs[j].begin, static_cast<u128>(from));
    return {static_cast<std::uint64_t>(begin), static_cast<std::uint64_t>(end)};
}

std::uint64_t lcm_of_periods(std::uint64_t a, std::uint64_t b) noexcept {
    const u128 lcm = static_cast<u128>(a / std::gcd(a, b)) * b;
    return lcm > UINT64_MAX ? 0 : static_cast<std::uint64_t>(lcm);
}

std::uint64_t runs_repeated(const Pattern &p, std::uint64_t period) noexcept {
    const u128 n = static_cast<u128>(p.run_count) * (period / p.period);
    return n > UINT64_MAX ? UINT64_MAX : static_cast<std::uint64_t>(n);
}

std::size_t intersect_patterns(const Pattern &a, const Pattern &b, std::uint64_t period,
                               Slice *out) noexcept {
    const std::uint64_t na = runs_repeated(a, period), nb = runs_repeated(b, period);
    std::uint64_t i = 0, j = 0;
    std::size_t n = 0;
    while (i < na && j < nb) {
        const Slice x = repeated_run(a, i), y = repeated_run(b, j);
        const std::uint64_t lo = std::max(x.begin, y.begin), hi = std::min(x.end, y.end);
        if (lo < hi)
            append_run(out, n, {lo, hi});
        if (x.end < y.end)
            ++i;
        else
            ++j;
    }
    return n;
}

std::size_t unite_patterns(const Pattern &a, const Pattern &b, std::uint64_t period,
                           Slice *out) noexcept {
    const std::uint64_t na = runs_repeated(a, period), nb = runs_repeated(b, period);
    std::uint64_t i = 0, j = 0;
    std::size_t n = 0;
    while (i < na || j < nb) {
        const bool take_a =
            j == nb || (i < na && repeated_run(a, i).begin <= repeated_run(b, j).begin);
        append_run(out, n, take_a ? repeated_run(a, i++) : repeated_run(b, j++));
    }
    return n;
}

std::size_t complement_pattern(const Pattern &p, Slice *out) noexcept {
    std::size_t n = 0;
    std::uint64_t at = 0;
    for (std::size_t j = 0; j < p.run_count; ++j) {
        append_run(out, n, {at, p.runs[j].begin});
        at = p.runs[j].end;
    }
    append_run(out, n, {at, p.period});
    return n;
}

int128 pattern_sum(const Spec &spec, Slice slice, const Pattern &p) noexcept {
    // Sums of whole periods are computed modulo 2^128 (wrapping), which is exact because the
    // true sum fits in 128 bits: |sum| < 2^127.
    u128 sum = 0;
    auto add_runs = [&](std::uint64_t from, std::uint64_t to) {
        for (Slice r = next_run(p, from, to); !r.is_empty(); r = next_run(p, r.end, to))
            sum += static_cast<u128>(slice_sum(spec, r));
    };
    const u128 first_full = (static_cast<u128>(slice.begin) + p.period - 1) / p.period;
    const u128 last_full = slice.end / p.period;  // periods [first_full, last_full) are whole
    if (first_full >= last_full) {
        add_runs(slice.begin, slice.end);  // within two periods: 2·runs at most
        return static_cast<int128>(sum);
    }
    const std::uint64_t t0 = static_cast<std::uint64_t>(first_full);
    const std::uint64_t n = static_cast<std::uint64_t>(last_full - first_full);
    add_runs(slice.begin, t0 * p.period);
    add_runs(static_cast<std::uint64_t>(last_full) * p.period, slice.end);
    // n(n − 1)/2 without overflow: halve the even factor first.
    const u128 pairs =
        n % 2 == 0 ? static_cast<u128>(n / 2) * (n - 1) : static_cast<u128>(n) * ((n - 1) / 2);
    const u128 step = static_cast<u128>(static_cast<int128>(spec.step));
    for (std::size_t j = 0; j < p.run_count; ++j) {
        const Slice first = {t0 * p.period + p.runs[j].begin, t0 * p.period + p.runs[j].end};
        // Each later period's run is the first one shifted by period·step per value.
        sum +=
            static_cast<u128>(slice_sum(spec, first)) * n + step * p.period * first.size() * pairs;
    }
    return static_cast<int128>(sum);
}

}  // namespace seqint
