// wide_numeric.cpp — see wide_numeric.hpp.
#include "pg/wide_numeric.hpp"

// hi·2^64 + lo, with numeric_mul and numeric_add: no text round trip, no rounding.
Datum
seqint_int128_numeric(seqint::int128 value)
{
    if (value >= PG_INT64_MIN && value <= PG_INT64_MAX)
        return seqint_int64_get_numeric(static_cast<int64>(value));
    const auto low = static_cast<uint64>(value);
    const auto high = static_cast<int64>(value >> 64);
    const Datum two_to_32 = seqint_int64_get_numeric(INT64CONST(1) << 32);
    const Datum two_to_64 = DirectFunctionCall2(numeric_mul, two_to_32, two_to_32);
    const Datum low_number = DirectFunctionCall2(
        numeric_add,
        DirectFunctionCall2(numeric_mul, seqint_int64_get_numeric(low >> 32), two_to_32),
        seqint_int64_get_numeric(low & 0xffffffff));
    return DirectFunctionCall2(
        numeric_add, DirectFunctionCall2(numeric_mul, seqint_int64_get_numeric(high), two_to_64),
        low_number);
}
