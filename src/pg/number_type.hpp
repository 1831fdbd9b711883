// number_type.hpp — the SQL number types seqint understands: its column's and its operands'.
#pragma once

#include "pg/pg_headers.hpp"

enum class SeqintNumberType : uint8 { int2, int4, int8, numeric, float4, float8 };

// The number type of `base_type` (a type with no domain on top); false for any other type.
static inline bool
seqint_number_type_of(Oid base_type, SeqintNumberType &type)
{
    switch (base_type) {
    case INT2OID:
        type = SeqintNumberType::int2;
        return true;
    case INT4OID:
        type = SeqintNumberType::int4;
        return true;
    case INT8OID:
        type = SeqintNumberType::int8;
        return true;
    case NUMERICOID:
        type = SeqintNumberType::numeric;
        return true;
    case FLOAT4OID:
        type = SeqintNumberType::float4;
        return true;
    case FLOAT8OID:
        type = SeqintNumberType::float8;
        return true;
    default:
        return false;
    }
}

static inline bool
seqint_is_float(SeqintNumberType type)
{
    return type == SeqintNumberType::float4 || type == SeqintNumberType::float8;
}
