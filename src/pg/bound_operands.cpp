// bound_operands.cpp — an operand's Datum as a position among the integers, and the range or
// IN-list member it leaves.
#include "pg/bound_operands.hpp"

#include "pg/time_bounds.hpp"

#include <cmath>

extern "C" {
#include "utils/array.h"
}

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
as_double(Datum value, SeqintValueType type)
{
    return type == SeqintValueType::float4 ? DatumGetFloat4(value) : DatumGetFloat8(value);
}

}  // namespace

IntegerView
seqint_number_view(Datum value, SeqintValueType type)
{
    switch (type) {
    case SeqintValueType::int2:
        return IntegerView::integer(DatumGetInt16(value));
    case SeqintValueType::int4:
        return IntegerView::integer(DatumGetInt32(value));
    case SeqintValueType::int8:
        return IntegerView::integer(DatumGetInt64(value));
    case SeqintValueType::numeric:
        return view_of_numeric(value);
    case SeqintValueType::date:
        return IntegerView::integer(DatumGetDateADT(value));  // as stored: days
    case SeqintValueType::timestamp:
    case SeqintValueType::timestamptz:
        return IntegerView::integer(DatumGetTimestamp(value));  // as stored: microseconds
    case SeqintValueType::float4:
    case SeqintValueType::float8:
        break;
    }
    return view_of_double(as_double(value, type));
}

namespace {

// Whether `value` lies where every integer is a float of the comparison's precision.
bool
in_exact_zone(const SeqintBound &bound, double value)
{
    return std::fabs(value) < std::ldexp(1.0, bound.float_bits);
}

}  // namespace

void
seqint_constrain(seqint::ValueRange &range, const SeqintBound &bound, Datum value,
                 const SeqintColumn &column, const seqint::Spec &spec)
{
    if (seqint_is_time(bound.operand_type)) {
        seqint_constrain_time(range, bound, value, column, spec);
        return;
    }
    const seqint::Comparison comparison = bound.comparison;
    if (bound.float_bits == 0 || !seqint_is_float(bound.operand_type)) {
        range.constrain(comparison, seqint_number_view(value, bound.operand_type));
        return;
    }
    const double operand = as_double(value, bound.operand_type);
    // NaN and the infinities lie beyond every float a value rounds to: exact as they are.
    if (std::isnan(operand) || std::isinf(operand) || in_exact_zone(bound, operand)) {
        range.constrain(comparison, view_of_double(operand));
        return;
    }
    // A value v rounds to a float within |v|·2^−bits of it; widening the operand by twice
    // that (and one) keeps every value whose float can compare as the clause asks.
    const double margin = std::fabs(operand) * std::ldexp(1.0, 1 - bound.float_bits) + 1.0;
    using seqint::Comparison;
    if (comparison != Comparison::greater && comparison != Comparison::greater_equal)
        range.constrain(Comparison::less_equal, view_of_double(operand + margin));
    if (comparison != Comparison::less && comparison != Comparison::less_equal)
        range.constrain(Comparison::greater_equal, view_of_double(operand - margin));
}

bool
seqint_member_value(const SeqintBound &bound, Datum value, int64 *member, bool *usable)
{
    *usable = true;
    if (bound.float_bits != 0 && seqint_is_float(bound.operand_type)) {
        const double operand = as_double(value, bound.operand_type);
        if (std::isnan(operand) || std::isinf(operand))
            return false;  // no value's float equals them
        if (!in_exact_zone(bound, operand)) {
            *usable = false;
            return false;
        }
    }
    const seqint::IntegerView view = seqint_number_view(value, bound.operand_type);
    if (view.place != seqint::IntegerView::Place::inside || !view.is_integer)
        return false;  // no integer equals it
    *member = view.floor;
    return true;
}

void
seqint_narrow_by_comparison(const seqint::Spec &spec, const SeqintColumn &column,
                            seqint::ValueRange &range, const SeqintBound &bound,
                            const SeqintOperand &operand)
{
    if (!operand.known)
        return;
    if (operand.isnull)
        range.make_empty();
    else
        seqint_constrain(range, bound, operand.value, column, spec);
}

int64
seqint_remainder_operand(const SeqintBound &bound, Datum value)
{
    return seqint_number_view(value, bound.operand_type).floor;
}

int
seqint_array_elements(Datum array, Datum **elements, bool **nulls)
{
    ArrayType *a = DatumGetArrayTypeP(array);
    int16 typlen;
    bool typbyval;
    char typalign;
    get_typlenbyvalalign(ARR_ELEMTYPE(a), &typlen, &typbyval, &typalign);
    int n;
    deconstruct_array(a, ARR_ELEMTYPE(a), typlen, typbyval, typalign, elements, nulls, &n);
    return n;
}
