// numbers.cpp — 128-bit helpers (see numbers.hpp).
#include "numbers.hpp"

#include <algorithm>

namespace seqint_oracle {

std::string str(i128 v) {
    if (v == 0)
        return "0";
    const bool negative = v < 0;
    u128 magnitude = negative ? -static_cast<u128>(v) : static_cast<u128>(v);
    std::string digits;
    while (magnitude != 0) {
        digits.push_back(static_cast<char>('0' + static_cast<int>(magnitude % 10)));
        magnitude /= 10;
    }
    if (negative)
        digits.push_back('-');
    std::reverse(digits.begin(), digits.end());
    return digits;
}

i64 clamp64(i128 v) { return static_cast<i64>(std::clamp<i128>(v, kMin, kMax)); }

i128 abs128(i128 v) { return v < 0 ? -v : v; }

i128 floor_div(i128 a, i128 b) {
    const i128 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

}  // namespace seqint_oracle
