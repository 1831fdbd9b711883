// time_bounds.cpp — a time operand seen among the column's integers, on either kind of axis.
#include "pg/time_bounds.hpp"

#include "pg/time_spec.hpp"

using seqint::Comparison;
using seqint::IntegerView;

namespace {

int64
floor_div(int64 a, int64 b)
{
    const int64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

IntegerView
infinite(int64 value)
{
    return value > 0 ? IntegerView::above_all() : IntegerView::below_all();
}

// A converted operand: the conversion's result, or beyond every value when it overflowed.
IntegerView
converted(int64 value, int overflow)
{
    if (overflow != 0)
        return overflow > 0 ? IntegerView::above_all() : IntegerView::below_all();
    return IntegerView::integer(value);
}

// A timestamp (or timestamptz) among the days of a date column: date d compares as its
// midnight, d · 86400000000.
IntegerView
timestamp_among_days(Timestamp value)
{
    if (TIMESTAMP_NOT_FINITE(value))
        return infinite(value);
    return {IntegerView::Place::inside, floor_div(value, USECS_PER_DAY),
            value % USECS_PER_DAY == 0};
}

// The midnight of day `day` in the session's TimeZone, as date = timestamptz compares it.
TimestampTz
local_midnight(int64 day, int &overflow)
{
    overflow = 0;
    if (day < PG_INT32_MIN || day > PG_INT32_MAX) {
        overflow = day > 0 ? 1 : -1;
        return 0;
    }
    return date2timestamptz_opt_overflow(static_cast<DateADT>(day), &overflow);
}

// A timestamptz among the days of a date column: the last day whose local midnight is not
// after it. Its local date is that day, or a neighbour near a change of offset.
IntegerView
timestamptz_among_days(TimestampTz value)
{
    if (TIMESTAMP_NOT_FINITE(value))
        return infinite(value);
    struct pg_tm tm;
    fsec_t fsec;
    int tz;
    if (timestamp2tm(value, &tz, &tm, &fsec, nullptr, nullptr) != 0)
        return timestamp_among_days(value);  // out of the zone's reach: as UTC
    int64 day = date2j(tm.tm_year, tm.tm_mon, tm.tm_mday) - POSTGRES_EPOCH_JDATE;
    // Midnights grow with the day; a day whose midnight overflows lies beyond every value.
    auto after = [&](int64 d) {
        int overflow;
        const TimestampTz midnight = local_midnight(d, overflow);
        return overflow > 0 || (overflow == 0 && midnight > value);
    };
    while (after(day))
        --day;
    while (!after(day + 1))
        ++day;
    int overflow;
    return {IntegerView::Place::inside, day, local_midnight(day, overflow) == value};
}

// `value`, of time type `operand`, among the integers of a column of time type `column`
// (days or microseconds).
IntegerView
operand_view(Datum value, SeqintValueType operand, SeqintValueType column)
{
    int overflow = 0;
    switch (column) {
    case SeqintValueType::date:
        if (operand == SeqintValueType::date)
            return IntegerView::integer(DatumGetDateADT(value));
        if (operand == SeqintValueType::timestamp)
            return timestamp_among_days(DatumGetTimestamp(value));
        return timestamptz_among_days(DatumGetTimestampTz(value));
    case SeqintValueType::timestamp:
        if (operand == SeqintValueType::date)
            return converted(date2timestamp_opt_overflow(DatumGetDateADT(value), &overflow),
                             overflow);
        return IntegerView::integer(DatumGetTimestamp(value));  // a timestamptz: see callers
    default:
        if (operand == SeqintValueType::date)
            return converted(date2timestamptz_opt_overflow(DatumGetDateADT(value), &overflow),
                             overflow);
        if (operand == SeqintValueType::timestamp)
            return converted(
                timestamp2timestamptz_opt_overflow(DatumGetTimestamp(value), &overflow), overflow);
        return IntegerView::integer(DatumGetTimestampTz(value));
    }
}

// Narrows by `val COMPARISON view` on a calendar axis: the comparison with the values becomes
// one with the first integers whose values reach a threshold.
void
constrain_calendar(seqint::ValueRange &range, Comparison comparison, const IntegerView &view,
                   const SeqintColumn &column, const seqint::Spec &spec)
{
    using Place = IntegerView::Place;
    if (view.place != Place::inside) {
        const bool below = view.place == Place::below_all;
        const bool keeps_all =
            below ? comparison == Comparison::greater || comparison == Comparison::greater_equal
                  : comparison == Comparison::less || comparison == Comparison::less_equal;
        if (!keeps_all)
            range.make_empty();
        return;
    }
    const uint64 n = seqint::count(spec);
    const int64 past_all = (spec.step > 0 ? spec.start : spec.start - static_cast<int64>(n) + 1) +
                           static_cast<int64>(n);
    auto at_least = [&](int64 value) {
        return seqint_calendar_first_at_least(column, spec, value);
    };
    // Values are integers: v >= view is v >= ceil, v > view is v >= floor + 1.
    const int64 ceil = view.is_integer ? view.floor : view.floor + 1;
    const int64 after = view.floor == PG_INT64_MAX ? past_all : at_least(view.floor + 1);
    switch (comparison) {
    case Comparison::greater_equal:
        range.constrain(Comparison::greater_equal, IntegerView::integer(at_least(ceil)));
        break;
    case Comparison::greater:
        range.constrain(Comparison::greater_equal, IntegerView::integer(after));
        break;
    case Comparison::less:
        range.constrain(Comparison::less, IntegerView::integer(at_least(ceil)));
        break;
    case Comparison::less_equal:
        range.constrain(Comparison::less, IntegerView::integer(after));
        break;
    case Comparison::equal:
        if (!view.is_integer) {
            range.make_empty();
            break;
        }
        range.constrain(Comparison::greater_equal, IntegerView::integer(at_least(view.floor)));
        range.constrain(Comparison::less, IntegerView::integer(after));
        break;
    }
}

void
constrain(seqint::ValueRange &range, Comparison comparison, const IntegerView &view,
          const SeqintColumn &column, const seqint::Spec &spec)
{
    if (column.time.calendar)
        constrain_calendar(range, comparison, view, column, spec);
    else
        range.constrain(comparison, view);
}

int64
saturating_add(int64 a, int64 b)
{
    int64 sum;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? PG_INT64_MAX : PG_INT64_MIN;
    return sum;
}

}  // namespace

bool
seqint_time_bound_is_exact(SeqintValueType column, SeqintValueType operand)
{
    return !(column == SeqintValueType::timestamp && operand == SeqintValueType::timestamptz);
}

void
seqint_constrain_time(seqint::ValueRange &range, const SeqintBound &bound, Datum value,
                      const SeqintColumn &column, const seqint::Spec &spec)
{
    const IntegerView view = operand_view(value, bound.operand_type, column.kind);
    if (seqint_time_bound_is_exact(column.kind, bound.operand_type) ||
        view.place != IntegerView::Place::inside || TIMESTAMP_NOT_FINITE(view.floor)) {
        constrain(range, bound.comparison, view, column, spec);
        return;
    }
    // A timestamp column against a timestamptz: its values are read in the session's zone,
    // at most a day from their UTC reading either way.
    const Comparison comparison = bound.comparison;
    if (comparison != Comparison::greater && comparison != Comparison::greater_equal)
        constrain(range, Comparison::less_equal,
                  IntegerView::integer(saturating_add(view.floor, USECS_PER_DAY)), column, spec);
    if (comparison != Comparison::less && comparison != Comparison::less_equal)
        constrain(range, Comparison::greater_equal,
                  IntegerView::integer(saturating_add(view.floor, -USECS_PER_DAY)), column, spec);
}
