// number_view.cpp — reading an operand's Datum as a position among the integers.
#include "pg/number_view.hpp"

#include <cmath>

using seqint::IntegerView;

namespace {

// 2^63 and −2^63 are exact doubles: the ends of the int64 domain.
constexpr double two_to_63 = 9223372036854775808.0;

IntegerView
view_of_double(double value)
{
    if (std::isnan(value) || value >= two_to_63)
        return IntegerView::above_all();
    if (value < -two_to_63)
        return IntegerView::below_all();
    const double floor = std::floor(value);
    const auto integer = static_cast<int64>(floor);  // in range: −2^63 <= floor < 2^63
    return floor == value ? IntegerView::integer(integer) : IntegerView::fraction_above(integer);
}

int
numeric_compare(Datum a, Datum b)
{
    return DatumGetInt32(DirectFunctionCall2(numeric_cmp, a, b));
}

IntegerView
view_of_numeric(Datum value)
{
    Numeric number = DatumGetNumeric(value);
    if (numeric_is_nan(number))
        return IntegerView::above_all();
    const Datum floor = DirectFunctionCall1(numeric_floor, value);
    // Infinities compare beyond both ends too.
    if (numeric_compare(floor, seqint_int64_get_numeric(PG_INT64_MIN)) < 0)
        return IntegerView::below_all();
    if (numeric_compare(floor, seqint_int64_get_numeric(PG_INT64_MAX)) > 0)
        return IntegerView::above_all();
    const int64 integer = DatumGetInt64(DirectFunctionCall1(numeric_int8, floor));
    return numeric_compare(floor, value) == 0 ? IntegerView::integer(integer)
                                              : IntegerView::fraction_above(integer);
}

double
as_double(Datum value, SeqintNumberType type)
{
    return type == SeqintNumberType::float4 ? DatumGetFloat4(value) : DatumGetFloat8(value);
}

}  // namespace

IntegerView
seqint_number_view(Datum value, SeqintNumberType type)
{
    switch (type) {
    case SeqintNumberType::int2:
        return IntegerView::integer(DatumGetInt16(value));
    case SeqintNumberType::int4:
        return IntegerView::integer(DatumGetInt32(value));
    case SeqintNumberType::int8:
        return IntegerView::integer(DatumGetInt64(value));
    case SeqintNumberType::numeric:
        return view_of_numeric(value);
    case SeqintNumberType::float4:
    case SeqintNumberType::float8:
        break;
    }
    return view_of_double(as_double(value, type));
}

bool
seqint_bound_applies(const SeqintBound &bound, Datum value)
{
    if (bound.float_bits == 0 || (bound.operand_type != SeqintNumberType::float4 &&
                                  bound.operand_type != SeqintNumberType::float8))
        return true;
    // Operands of float comparisons are floats (PostgreSQL has no mixed int/float
    // comparison operators), and below 2^bits in magnitude each integer is its own float.
    const double magnitude = std::fabs(as_double(value, bound.operand_type));
    return magnitude < std::ldexp(1.0, bound.float_bits);
}
