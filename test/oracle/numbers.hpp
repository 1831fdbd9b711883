// numbers.hpp — the integer types of the oracle, the int64 bounds, and 128-bit helpers: the
// draws and the sequences' arithmetic are done in 128 bits, so that nothing overflows.
#pragma once

#include <cstdint>
#include <string>

namespace seqint_oracle {

using i64 = std::int64_t;
using u64 = std::uint64_t;
using i128 = __int128;
using u128 = unsigned __int128;

constexpr i64 kMin = INT64_MIN;
constexpr i64 kMax = INT64_MAX;

// Decimal text of v.
std::string str(i128 v);

// v clamped to the int64 range.
i64 clamp64(i128 v);

i128 abs128(i128 v);

// a / b rounded toward minus infinity.
i128 floor_div(i128 a, i128 b);

}  // namespace seqint_oracle
