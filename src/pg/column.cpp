// column.cpp — which column a seqint table fills, and whether its values fit that column.
//
// Both checks run at plan time for every query that scans the table: a table whose shape or
// type cannot hold its sequence is an error, not a table that sometimes works. (A query whose
// WHERE clause the planner folds to false never reaches the wrapper, and returns no rows.)
#include "pg/column.hpp"

#include <cfloat>

#include "seqint/decimal_fit.hpp"
#include "seqint/distinct.hpp"

namespace {

constexpr const char *supported_types_hint =
    "A seqint_fdw table has one column of type smallint, integer, bigint, real, double "
    "precision, numeric, date, timestamp or timestamp with time zone, or of a domain over one "
    "of them.";

// numeric(precision, scale) from a typmod, by numeric.c's layout: the scale is an 11-bit
// signed field since 15 and never negative before it, so one decoding serves every version.
void
decode_numeric_typmod(int32 typmod, int &precision, int &scale)
{
    const int32 packed = typmod - VARHDRSZ;
    precision = (packed >> 16) & 0xffff;
    scale = ((packed & 0x7ff) ^ 1024) - 1024;
}

// The integers the column holds: [lo, hi]. Floating-point columns hold every int64
// (rounded, exactly as a cast rounds it).
void
integer_range(const SeqintColumn &column, int64 &lo, int64 &hi)
{
    lo = PG_INT64_MIN;
    hi = PG_INT64_MAX;
    switch (column.kind) {
    case SeqintValueType::int2:
        lo = PG_INT16_MIN;
        hi = PG_INT16_MAX;
        break;
    case SeqintValueType::int4:
        lo = PG_INT32_MIN;
        hi = PG_INT32_MAX;
        break;
    case SeqintValueType::numeric:
        if (column.base_typmod >= 0) {
            int precision, scale;
            decode_numeric_typmod(column.base_typmod, precision, scale);
            if (const auto largest = seqint::largest_integer_fitting(precision, scale)) {
                lo = -*largest;
                hi = *largest;
            }
        }
        break;
    case SeqintValueType::int8:
    case SeqintValueType::float4:
    case SeqintValueType::float8:
        break;
    case SeqintValueType::date:
    case SeqintValueType::timestamp:
    case SeqintValueType::timestamptz:
        break;  // values between a finite start and end of the type (time_spec.cpp)
    }
}

// The attribute position of the relation's one live (not dropped) column, or -1 when it has
// none or several.
int
only_live_column(TupleDesc desc)
{
    int live = 0;
    int index = -1;
    for (int i = 0; i < desc->natts; ++i) {
        if (!TupleDescAttr(desc, i)->attisdropped) {
            ++live;
            index = i;
        }
    }
    return live == 1 ? index : -1;
}

// The error for a table without exactly one live column, naming the columns it has.
[[noreturn]] void
report_column_count(Relation rel)
{
    const TupleDesc desc = RelationGetDescr(rel);
    int live = 0;
    StringInfoData names;
    initStringInfo(&names);
    for (int i = 0; i < desc->natts; ++i) {
        if (TupleDescAttr(desc, i)->attisdropped)
            continue;
        appendStringInfo(&names, "%s%s", live++ > 0 ? ", " : "",
                         quote_identifier(NameStr(TupleDescAttr(desc, i)->attname)));
    }
    ereport(ERROR, (errcode(ERRCODE_FDW_INVALID_COLUMN_NUMBER),
                    errmsg("foreign table \"%s\" has %d columns, but a seqint_fdw table has "
                           "exactly one",
                           RelationGetRelationName(rel), live),
                    live > 1 ? errdetail("Its columns are %s.", names.data) : 0,
                    errhint("%s", supported_types_hint)));
    pg_unreachable();
}

}  // namespace

SeqintColumn
seqint_find_column(Relation rel)
{
    const TupleDesc desc = RelationGetDescr(rel);
    const int index = only_live_column(desc);
    if (index < 0)
        report_column_count(rel);
    const Form_pg_attribute attribute = TupleDescAttr(desc, index);
    SeqintColumn column;
    if (!seqint_describe_column(attribute->atttypid, attribute->atttypmod, index, column))
        ereport(ERROR, (errcode(ERRCODE_FDW_INVALID_DATA_TYPE),
                        errmsg("column \"%s\" of foreign table \"%s\" has type %s, which "
                               "seqint_fdw cannot fill",
                               NameStr(attribute->attname), RelationGetRelationName(rel),
                               format_type_be(attribute->atttypid)),
                        errhint("%s", supported_types_hint)));
    return column;
}

bool
seqint_describe_only_column(Relation rel, SeqintColumn &column)
{
    const TupleDesc desc = RelationGetDescr(rel);
    const int index = only_live_column(desc);
    return index >= 0 &&
           seqint_describe_column(TupleDescAttr(desc, index)->atttypid,
                                  TupleDescAttr(desc, index)->atttypmod, index, column);
}

bool
seqint_describe_column(Oid type, int32 typmod, int index, SeqintColumn &column)
{
    column.index = index;
    column.type = type;
    column.typmod = typmod;
    column.base_typmod = typmod;
    const Oid base_type = getBaseTypeAndTypmod(type, &column.base_typmod);
    column.has_checks = base_type != type && DomainHasConstraints(type);
    column.time = SeqintTimeAxis{};
    if (!seqint_value_type_of(base_type, column.kind))
        return false;
    column.holds_exact_values = !seqint_is_float(column.kind);
    if (column.kind == SeqintValueType::numeric && column.base_typmod >= 0) {
        int precision, scale;
        decode_numeric_typmod(column.base_typmod, precision, scale);
        column.holds_exact_values = scale >= 0;  // a negative scale rounds to tens, hundreds…
    }
    return true;
}

uint64
seqint_distinct_stored_values(const SeqintColumn &column, const seqint::Spec &spec)
{
    switch (column.kind) {
    case SeqintValueType::float4:
        return seqint::distinct_as_float(spec, FLT_MANT_DIG);
    case SeqintValueType::float8:
        return seqint::distinct_as_float(spec, DBL_MANT_DIG);
    case SeqintValueType::numeric:
        if (const int scale = seqint_column_scale(column); scale < 0)
            return seqint::distinct_as_multiples_of_ten(spec, -scale);
        break;
    default:
        break;
    }
    return seqint::count(spec);
}

int
seqint_column_scale(const SeqintColumn &column)
{
    if (column.kind != SeqintValueType::numeric || column.base_typmod < 0)
        return 0;
    int precision, scale;
    decode_numeric_typmod(column.base_typmod, precision, scale);
    return scale;
}

void
seqint_check_values_fit(Relation rel, const SeqintColumn &column, const seqint::Spec &spec)
{
    int64 lo, hi;
    integer_range(column, lo, hi);
    const std::optional<uint64> outside = seqint::first_index_outside(spec, lo, hi);
    if (!outside)
        return;
    const Form_pg_attribute attribute = TupleDescAttr(RelationGetDescr(rel), column.index);
    ereport(ERROR,
            (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
             errmsg("value %lld of foreign table \"%s\" does not fit column \"%s\" of type %s",
                    (long long)seqint::value_at(spec, *outside), RelationGetRelationName(rel),
                    NameStr(attribute->attname),
                    format_type_with_typemod(attribute->atttypid, attribute->atttypmod)),
             errdetail("The sequence start %lld, end %lld, step %lld runs from %lld to %lld.",
                       (long long)spec.start, (long long)spec.end, (long long)spec.step,
                       (long long)spec.start, (long long)seqint::last_value(spec)),
             errhint("Use a wider column type, or narrow the sequence with ALTER FOREIGN TABLE "
                     "… OPTIONS.")));
}
