// column.hpp — the one column of a seqint table: finding it, checking it, filling it.
#pragma once

#include <cstdint>

#include "seqint/spec.hpp"
#include "seqint/time_step.hpp"

#include "pg/pg_headers.hpp"
#include "pg/value_type.hpp"

// How the values of a time column relate to the integers of its sequence (seqint::Spec).
struct SeqintTimeAxis {
    bool calendar;  // false: the integers are the values themselves, as PostgreSQL
                    // stores them (a date's days, a timestamp's microseconds);
                    // true: the sequence walks k·d (d = ±1, the step's direction) and
                    // the value is start + k·step by calendar arithmetic (calendar.hpp)
    int64 start;    // the options as read, in the column's unit (days, microseconds)
    int64 end;
    seqint::TimeStep step;
};

struct SeqintColumn {
    int index;                // 0-based attribute position, counting dropped columns
    Oid type;                 // the declared type, perhaps a domain
    int32 typmod;             // the declared typmod
    int32 base_typmod;        // numeric(p, s) of the base type, or -1
    SeqintValueType kind;     // the base type (a domain's, for a domain)
    bool has_checks;          // the domain has constraints: every value must be produced and
                              // checked, so nothing may skip values (bounds, OFFSET, aggregates)
    bool holds_exact_values;  // every value is stored exactly: integer types, and numeric
                              // unless a negative scale rounds it; time types
    SeqintTimeAxis time;      // a time column's, once its sequence is read (time_spec.hpp)
};

// Finds the relation's single live column and checks its type; errors name table and column.
SeqintColumn seqint_find_column(Relation rel);

// The same without errors: false when the relation has no single live column of a type
// seqint can fill (for the planner's early look, unique_column.cpp).
bool seqint_describe_only_column(Relation rel, SeqintColumn &column);

// Describes a column of `type` at attribute position `index`; false if seqint cannot fill
// that type. Upper-relation scans, which have no relation, describe their column this way.
bool seqint_describe_column(Oid type, int32 typmod, int index, SeqintColumn &column);

// The number of fractional digits the column's values display: a numeric typmod's scale, or 0.
int seqint_column_scale(const SeqintColumn &column);

// How many distinct values the column holds: the count of `spec`, less the values that a
// real, double precision or numeric column with a negative scale rounds together.
uint64 seqint_distinct_stored_values(const SeqintColumn &column, const seqint::Spec &spec);

// Errors unless every value of `spec` fits the column's type, naming the first that does not.
void seqint_check_values_fit(Relation rel, const SeqintColumn &column, const seqint::Spec &spec);

// A value as a Datum of base type `Type` (before any domain check): for a time type, the
// value as PostgreSQL stores it (calendar axes are mapped first, by the caller). Allocates only for
// numeric; the executor calls it in the per-tuple memory context. A template so that the
// executor's per-row path (executor.cpp) is compiled once per type, without a switch.
template <SeqintValueType Type>
inline Datum
seqint_datum_as(const SeqintColumn &column, int64 value)
{
    if constexpr (Type == SeqintValueType::int2) {
        return Int16GetDatum(static_cast<int16>(value));
    } else if constexpr (Type == SeqintValueType::int4) {
        return Int32GetDatum(static_cast<int32>(value));
    } else if constexpr (Type == SeqintValueType::int8) {
        return Int64GetDatum(value);
    } else if constexpr (Type == SeqintValueType::float4) {
        return Float4GetDatum(static_cast<float4>(value));
    } else if constexpr (Type == SeqintValueType::float8) {
        return Float8GetDatum(static_cast<float8>(value));
    } else if constexpr (Type == SeqintValueType::date) {
        return DateADTGetDatum(static_cast<DateADT>(value));
    } else if constexpr (Type == SeqintValueType::timestamp ||
                         Type == SeqintValueType::timestamptz) {
        return TimestampGetDatum(value);
    } else {
        const Datum number = seqint_int64_get_numeric(value);
        if (column.base_typmod < 0)
            return number;
        // numeric(p, s): give the value its declared scale, as a cast would ("5.00").
        return DirectFunctionCall2(numeric, number, Int32GetDatum(column.base_typmod));
    }
}

// The value of a time column at the sequence's integer `value`, in the column's integer unit:
// `value` itself, or start + k·step on a calendar axis. Only for values of the sequence.
int64 seqint_calendar_value(const SeqintColumn &column, int64 value);

// The value at the sequence's integer `value` as a Datum of the column's base type, for a
// column whose type is only known at run time.
inline Datum
seqint_base_datum(const SeqintColumn &column, int64 value)
{
    if (column.time.calendar)
        value = seqint_calendar_value(column, value);
    switch (column.kind) {
    case SeqintValueType::int2:
        return seqint_datum_as<SeqintValueType::int2>(column, value);
    case SeqintValueType::int4:
        return seqint_datum_as<SeqintValueType::int4>(column, value);
    case SeqintValueType::int8:
        return seqint_datum_as<SeqintValueType::int8>(column, value);
    case SeqintValueType::float4:
        return seqint_datum_as<SeqintValueType::float4>(column, value);
    case SeqintValueType::float8:
        return seqint_datum_as<SeqintValueType::float8>(column, value);
    case SeqintValueType::date:
        return seqint_datum_as<SeqintValueType::date>(column, value);
    case SeqintValueType::timestamp:
        return seqint_datum_as<SeqintValueType::timestamp>(column, value);
    case SeqintValueType::timestamptz:
        return seqint_datum_as<SeqintValueType::timestamptz>(column, value);
    case SeqintValueType::numeric:
        break;
    }
    return seqint_datum_as<SeqintValueType::numeric>(column, value);
}
