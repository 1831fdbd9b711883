// aggregates.cpp — recognizing pushable aggregates and computing them from a walk.
#include "pg/aggregates.hpp"

#include <cfloat>
#include <cstring>

#include "seqint/closed_forms.hpp"

#include "pg/clauses.hpp"
#include "pg/wide_numeric.hpp"

extern "C" {
#include "catalog/pg_aggregate.h"
#include "catalog/pg_namespace.h"
}

using seqint::int128;

namespace {

bool
aggregate_named(const char *name, SeqintAggregate &aggregate)
{
    static constexpr struct {
        const char *name;
        SeqintAggregate aggregate;
    } names[] = {{"count", SeqintAggregate::count},
                 {"min", SeqintAggregate::min},
                 {"max", SeqintAggregate::max},
                 {"sum", SeqintAggregate::sum},
                 {"avg", SeqintAggregate::avg}};
    for (const auto &n : names)
        if (strcmp(name, n.name) == 0) {
            aggregate = n.aggregate;
            return true;
        }
    return false;
}

// Whether the sum (and so the average) of any slice comes out of PostgreSQL's own
// accumulation exactly as the closed form says.
bool
sum_is_exact(const SeqintColumn &column, const seqint::Spec &spec)
{
    const int128 bound = seqint::partial_sum_bound(spec);
    switch (column.kind) {
    case SeqintValueType::int2:
    case SeqintValueType::int4:
        // PostgreSQL adds these up in an int64, which no sequence of at most 2^32 distinct
        // values below 2^31 in magnitude can overflow: exact.
        return true;
    case SeqintValueType::int8:
        return true;  // accumulated in 128 bits or numeric: exact
    case SeqintValueType::numeric:
        return column.holds_exact_values;  // not if a negative scale rounds the values
    case SeqintValueType::float4:
        // float4 sums add in float4, averages in float8: exact while every partial sum
        // is an exact float4.
        return bound < (static_cast<int128>(1) << FLT_MANT_DIG);
    case SeqintValueType::float8:
        return bound < (static_cast<int128>(1) << DBL_MANT_DIG);
    case SeqintValueType::date:
    case SeqintValueType::timestamp:
    case SeqintValueType::timestamptz:
        return false;  // PostgreSQL has no sum or avg of them
    }
    return false;
}

// The sum of the walk's values, exactly: a closed form per slice, or per run of a slice's
// pattern (an IN list's members are slices too, so summing them checks for interrupts).
int128
walk_sum(const seqint::Spec &spec, const SeqintWalk &walk)
{
    int128 sum = 0;
    uint64 parts = 0;
    walk.slices.for_each_part([&](seqint::Slice part, const seqint::Pattern *pattern) {
        if ((++parts & 0xffff) == 0)
            CHECK_FOR_INTERRUPTS();
        sum += pattern == nullptr ? seqint::slice_sum(spec, part)
                                  : seqint::pattern_sum(spec, part, *pattern);
    });
    return sum;
}

// The smallest or largest value of a non-empty walk: one of its ends, the sequence being
// monotonic (and the column's rounding, if any, monotonic too).
int64
walk_extreme(const seqint::Spec &spec, const SeqintWalk &walk, bool smallest)
{
    uint64 first = PG_UINT64_MAX, last = 0;
    walk.slices.for_each_part([&](seqint::Slice part, const seqint::Pattern *) {
        first = Min(first, part.begin);
        last = part.end - 1;
    });
    const bool ascending = spec.step > 0;
    return seqint::value_at(spec, smallest == ascending ? first : last);
}

// sum() of the column's type: bigint for smallint and integer (it fits: see sum_is_exact),
// numeric with the column's scale, or the float type itself.
Datum
sum_datum(const SeqintColumn &column, int128 sum)
{
    switch (column.kind) {
    case SeqintValueType::int2:
    case SeqintValueType::int4:
        return Int64GetDatum(static_cast<int64>(sum));
    case SeqintValueType::int8:
        return seqint_int128_numeric(sum);
    case SeqintValueType::numeric:
        // Values of numeric(p, s) carry s decimals, and so does their sum.
        return DirectFunctionCall2(numeric_round, seqint_int128_numeric(sum),
                                   Int32GetDatum(seqint_column_scale(column)));
    case SeqintValueType::float4:
        return Float4GetDatum(static_cast<float4>(sum));
    case SeqintValueType::float8:
    case SeqintValueType::date:  // never: sum_is_exact refuses time columns
    case SeqintValueType::timestamp:
    case SeqintValueType::timestamptz:
        break;
    }
    return Float8GetDatum(static_cast<float8>(sum));
}

// avg(): numeric division of sum by count for integer and numeric columns, as int8_avg,
// numeric_poly_avg and numeric_avg do; float8 division for float columns.
Datum
avg_datum(const SeqintColumn &column, int128 sum, uint64 count)
{
    if (seqint_is_float(column.kind))
        return Float8GetDatum(static_cast<float8>(sum) / static_cast<float8>(count));
    Datum sum_number = seqint_int128_numeric(sum);
    if (column.kind == SeqintValueType::numeric)
        sum_number = DirectFunctionCall2(numeric_round, sum_number,
                                         Int32GetDatum(seqint_column_scale(column)));
    return DirectFunctionCall2(numeric_div, sum_number, seqint_int128_numeric(count));
}

}  // namespace

bool
seqint_match_aggregate(Aggref *aggref, Index relid, const SeqintColumn &column,
                       const seqint::Spec &spec, SeqintAggregate &aggregate)
{
    if (aggref->aggfilter != nullptr || aggref->aggdistinct != NIL || aggref->aggorder != NIL ||
        aggref->aggkind != AGGKIND_NORMAL || aggref->agglevelsup != 0 ||
        aggref->aggsplit != AGGSPLIT_SIMPLE ||
        get_func_namespace(aggref->aggfnoid) != PG_CATALOG_NAMESPACE ||
        !aggregate_named(get_func_name(aggref->aggfnoid), aggregate))
        return false;
    if (aggref->aggstar)
        return aggregate == SeqintAggregate::count;
    if (list_length(aggref->args) != 1)
        return false;
    Expr *argument = castNode(TargetEntry, linitial(aggref->args))->expr;
    if (!seqint_is_column_expr(argument, relid, column))
        return false;
    // min(real) and the like: the aggregate must take the column's own base type, so that
    // its result is the column's value and the sum rules below are PostgreSQL's.
    if (aggregate != SeqintAggregate::count &&
        linitial_oid(aggref->aggargtypes) != getBaseType(column.type))
        return false;
    if (aggregate == SeqintAggregate::sum || aggregate == SeqintAggregate::avg)
        return sum_is_exact(column, spec);
    return true;
}

Datum
seqint_aggregate_value(SeqintAggregate aggregate, const SeqintColumn &column,
                       const SeqintWalk &walk, bool *isnull)
{
    const seqint::Spec &spec = walk.spec;
    const uint64 count = walk.size();
    *isnull = false;
    if (aggregate == SeqintAggregate::count) {
        // count() is a bigint: past 2^63 − 1 rows PostgreSQL's int8inc errors, and so do we.
        if (count > static_cast<uint64>(PG_INT64_MAX))
            ereport(ERROR,
                    (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE), errmsg("bigint out of range")));
        return Int64GetDatum(static_cast<int64>(count));
    }
    if (count == 0) {
        *isnull = true;  // every other aggregate of no rows is NULL
        return 0;
    }
    switch (aggregate) {
    case SeqintAggregate::min:
    case SeqintAggregate::max:
        return seqint_base_datum(column,
                                 walk_extreme(spec, walk, aggregate == SeqintAggregate::min));
    case SeqintAggregate::sum:
        return sum_datum(column, walk_sum(spec, walk));
    case SeqintAggregate::avg:
        return avg_datum(column, walk_sum(spec, walk), count);
    case SeqintAggregate::count:
        break;
    }
    return 0;
}
