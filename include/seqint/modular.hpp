// seqint/modular.hpp — int64 arithmetic modulo 2^64, the one trick behind overflow-free counting.
//
// Signed overflow is undefined behaviour; unsigned arithmetic wraps. A difference or a sum
// whose true result fits in int64 (or, for spans, in uint64) is exact when computed in
// uint64_t and converted back, so the core computes in uint64_t and only ever converts
// results that are known to fit.
#pragma once

#include <cstdint>

namespace seqint::modular {

constexpr std::uint64_t to_unsigned(std::int64_t v) noexcept {
    return static_cast<std::uint64_t>(v);
}

// uint64 → int64 keeping the bit pattern: defined as two's complement by GCC and Clang
// (and by the standard from C++20 on).
constexpr std::int64_t to_signed(std::uint64_t v) noexcept { return static_cast<std::int64_t>(v); }

// |v| as uint64; exact for INT64_MIN too (2^63).
constexpr std::uint64_t magnitude(std::int64_t v) noexcept {
    return v < 0 ? 0 - to_unsigned(v) : to_unsigned(v);
}

// hi − lo for lo <= hi: at most 2^64 − 1, so always exact.
constexpr std::uint64_t distance(std::int64_t lo, std::int64_t hi) noexcept {
    return to_unsigned(hi) - to_unsigned(lo);
}

// a / step. Most sequences step by 1, and a 64-bit divide costs tens of cycles: a scan
// probed once per outer row of a nested loop divides on every probe.
constexpr std::uint64_t per_step(std::uint64_t a, std::uint64_t step) noexcept {
    return step == 1 ? a : a / step;
}

}  // namespace seqint::modular
