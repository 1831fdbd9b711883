// value_type.hpp — the SQL types seqint understands, its column's and its operands': numbers,
// and the time types, which PostgreSQL stores as integers (a date is a day count, a timestamp
// a count of microseconds).
#pragma once

#include "pg/pg_headers.hpp"

enum class SeqintValueType : uint8 {
    int2,
    int4,
    int8,
    numeric,
    float4,
    float8,
    date,
    timestamp,
    timestamptz
};

// The value type of `base_type` (a type with no domain on top); false for any other type.
static inline bool
seqint_value_type_of(Oid base_type, SeqintValueType &type)
{
    switch (base_type) {
    case INT2OID:
        type = SeqintValueType::int2;
        return true;
    case INT4OID:
        type = SeqintValueType::int4;
        return true;
    case INT8OID:
        type = SeqintValueType::int8;
        return true;
    case NUMERICOID:
        type = SeqintValueType::numeric;
        return true;
    case FLOAT4OID:
        type = SeqintValueType::float4;
        return true;
    case FLOAT8OID:
        type = SeqintValueType::float8;
        return true;
    case DATEOID:
        type = SeqintValueType::date;
        return true;
    case TIMESTAMPOID:
        type = SeqintValueType::timestamp;
        return true;
    case TIMESTAMPTZOID:
        type = SeqintValueType::timestamptz;
        return true;
    default:
        return false;
    }
}

constexpr bool
seqint_is_float(SeqintValueType type)
{
    return type == SeqintValueType::float4 || type == SeqintValueType::float8;
}

constexpr bool
seqint_is_time(SeqintValueType type)
{
    return type == SeqintValueType::date || type == SeqintValueType::timestamp ||
           type == SeqintValueType::timestamptz;
}
