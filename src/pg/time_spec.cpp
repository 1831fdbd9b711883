// time_spec.cpp — reading a time sequence from its options, and calendar axes.
#include "pg/time_spec.hpp"

#include "pg/calendar.hpp"

using seqint::Field;

namespace {

seqint::TimeColumn
time_column(SeqintValueType kind)
{
    switch (kind) {
    case SeqintValueType::date:
        return seqint::TimeColumn::date;
    case SeqintValueType::timestamptz:
        return seqint::TimeColumn::timestamptz;
    default:
        return seqint::TimeColumn::timestamp;
    }
}

// One option of the table, for messages and the error context of its input function.
struct Option {
    const SeqintOptionTexts *texts;
    Field field;
    const char *text;

    const char *
    name() const
    {
        return seqint::field_name(field);
    }
    const char *
    origin() const
    {
        return seqint::origin_name(texts->origin[int(field)]);
    }
};

// "option "start" of foreign table "days" (from the server): "2026-13-01"": the context of
// an error the type's input function raises.
void
option_context(void *arg)
{
    const auto *option = static_cast<const Option *>(arg);
    errcontext("option \"%s\" of foreign table \"%s\" (from the %s): \"%s\"", option->name(),
               option->texts->table, option->origin(), option->text);
}

// Runs `read` with the option named in the context of any error it raises.
template <typename Read>
auto
with_option_context(const Option &option, Read read)
{
    ErrorContextCallback callback;
    callback.callback = option_context;
    callback.arg = const_cast<Option *>(&option);
    callback.previous = error_context_stack;
    error_context_stack = &callback;
    auto result = read();
    error_context_stack = callback.previous;
    return result;
}

// The option's text in time form; errors when it is missing (no default) or an integer.
Option
time_option(const SeqintOptionTexts &texts, Field field, const SeqintColumn &column)
{
    Option option{&texts, field, texts.text[int(field)]};
    const char *type = format_type_be(column.type);
    if (option.text == nullptr) {
        if (field == Field::step && column.kind == SeqintValueType::date) {
            option.text = "1 day";
            return option;
        }
        ereport(ERROR, (errcode(ERRCODE_FDW_OPTION_NAME_NOT_FOUND),
                        errmsg("foreign table \"%s\" has no option \"%s\", which a column of type "
                               "%s needs",
                               texts.table, option.name(), type),
                        errhint(field == Field::step
                                    ? "Give the step as an interval, such as step '1 hour'."
                                    : "Give start and end in the column's type, such as start "
                                      "'2026-01-01', end '2027-01-01'.")));
    }
    if (seqint_is_integer_option(option.text))
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("option \"%s\" of foreign table \"%s\" is the number %s, but its "
                               "column is of type %s",
                               option.name(), texts.table, option.text, type),
                        errdetail("The option comes from the %s; server \"%s\".", option.origin(),
                                  texts.server),
                        errhint(field == Field::step
                                    ? "A time sequence's step is an interval, such as '1 day' or "
                                      "'5 minutes'."
                                    : "Give it in the column's type, such as '2026-01-01'.")));
    return option;
}

// start or end, in the column's integer unit.
int64
read_bound(const Option &option, const SeqintColumn &column)
{
    const Datum text = CStringGetDatum(option.text);
    const Datum value = with_option_context(option, [&] {
        switch (column.kind) {
        case SeqintValueType::date:
            return DirectFunctionCall1(date_in, text);
        case SeqintValueType::timestamptz:
            return DirectFunctionCall3(timestamptz_in, text, ObjectIdGetDatum(InvalidOid),
                                       Int32GetDatum(-1));
        default:
            return DirectFunctionCall3(timestamp_in, text, ObjectIdGetDatum(InvalidOid),
                                       Int32GetDatum(-1));
        }
    });
    const bool infinite = column.kind == SeqintValueType::date
                              ? DATE_NOT_FINITE(DatumGetDateADT(value))
                              : TIMESTAMP_NOT_FINITE(DatumGetTimestamp(value));
    if (infinite)
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("option \"%s\" of foreign table \"%s\" is infinite", option.name(),
                               option.texts->table),
                        errdetail("The option comes from the %s; server \"%s\".", option.origin(),
                                  option.texts->server),
                        errhint("An infinite sequence is not a table: give the date or timestamp "
                                "where it ends.")));
    return column.kind == SeqintValueType::date ? DatumGetDateADT(value) : DatumGetTimestamp(value);
}

[[noreturn]] void
report_bad_step(const Option &option, const SeqintColumn &column, const char *why, const char *hint)
{
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("step \"%s\" of foreign table \"%s\" %s", option.text,
                           option.texts->table, why),
                    errdetail("The step comes from the %s; server \"%s\"; the column is of type "
                              "%s.",
                              option.origin(), option.texts->server, format_type_be(column.type)),
                    errhint("%s", hint)));
    pg_unreachable();
}

seqint::TimeStep
read_step(const Option &option, const SeqintColumn &column)
{
    const Interval *interval = with_option_context(option, [&] {
        return DatumGetIntervalP(DirectFunctionCall3(interval_in, CStringGetDatum(option.text),
                                                     ObjectIdGetDatum(InvalidOid),
                                                     Int32GetDatum(-1)));
    });
    if (seqint_interval_is_infinite(interval))
        report_bad_step(option, column, "is infinite", "Give a finite interval, such as '1 day'.");
    const seqint::TimeStep step{interval->month, interval->day, interval->time};
    switch (seqint::find_step_problem(step, time_column(column.kind))) {
    case seqint::StepProblem::none:
        break;
    case seqint::StepProblem::zero:
        report_bad_step(option, column, "is zero",
                        "Use a positive step to count up or a negative one to count down.");
    case seqint::StepProblem::mixed_signs:
        report_bad_step(option, column, "mixes signs, so its values need not grow or shrink",
                        "Give every part of the step the same sign, such as '1 mon 1 day'.");
    case seqint::StepProblem::finer_than_a_day:
        report_bad_step(option, column, "has a time of day, which a date cannot hold",
                        "Step a date column by days, weeks, months or years, or make the "
                        "column a timestamp.");
    }
    return step;
}

// A timestamp(p) column rounds what it stores to 10^(6 − p) microseconds: the sequence must
// hold such values already, as rounding would merge neighbours.
void
check_precision(const SeqintOptionTexts &texts, const SeqintColumn &column, int64 start,
                const seqint::TimeStep &step)
{
    if (column.kind == SeqintValueType::date || column.base_typmod < 0 ||
        column.base_typmod >= MAX_TIMESTAMP_PRECISION)
        return;
    int64 unit = 1;
    for (int digits = column.base_typmod; digits < MAX_TIMESTAMP_PRECISION; ++digits)
        unit *= 10;
    if (start % unit == 0 && step.micros % unit == 0)
        return;
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("column of foreign table \"%s\" is of type %s, which would round the "
                           "sequence's values",
                           texts.table, format_type_with_typemod(column.type, column.typmod)),
                    errdetail("start %s, step %s.", seqint_time_text(column, start),
                              texts.text[int(Field::step)]),
                    errhint("Declare the column without a precision, or make start and step "
                            "whole multiples of what it keeps.")));
}

// The calendar value at step count k, in the column's integer unit; nothing past the range.
std::optional<int64>
calendar_at(const SeqintColumn &column, int64 k)
{
    const bool date = column.kind == SeqintValueType::date;
    const int64 start = date ? column.time.start * USECS_PER_DAY : column.time.start;
    const std::optional<int64> value = seqint_calendar_add(
        start, column.time.step, k, column.kind == SeqintValueType::timestamptz);
    if (value && date)
        return *value / USECS_PER_DAY;  // midnight: the step has no time of day
    return value;
}

// The number of values of a calendar sequence strictly before `end` (after, stepping back).
uint64
calendar_count(const SeqintOptionTexts &texts, const SeqintColumn &column, int64 end, int direction)
{
    // A value past the range of timestamps is past `end` too, except for a date's end.
    const uint64 n = seqint::first_reached_unbounded([&](uint64 k) {
        const std::optional<int64> value = calendar_at(column, static_cast<int64>(k));
        return !value || (direction > 0 ? *value >= end : *value <= end);
    });
    // Only a date's end can lie past the timestamps that calendar arithmetic goes through,
    // and only above them: dates and timestamps both begin on 24 November 4714 BC, so a
    // value below the range is below any end too.
    if (column.kind == SeqintValueType::date && direction > 0 &&
        !calendar_at(column, static_cast<int64>(n)))
        ereport(ERROR,
                (errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
                 errmsg("sequence of foreign table \"%s\" leaves the range of calendar "
                        "arithmetic after %llu values",
                        texts.table, static_cast<unsigned long long>(n)),
                 errdetail(
                     "A date plus an interval with months is a timestamp, and timestamps end "
                     "in 294276 AD; the last value in range is %s.",
                     n > 0 ? seqint_time_text(column, *calendar_at(column, int64(n) - 1)) : "none"),
                 errhint("End the sequence earlier, or step it by days.")));
    return n;
}

}  // namespace

seqint::Spec
seqint_time_spec(const SeqintOptionTexts &texts, SeqintColumn &column)
{
    const Option start_option = time_option(texts, Field::start, column);
    const Option end_option = time_option(texts, Field::end, column);
    const Option step_option = time_option(texts, Field::step, column);
    const int64 start = read_bound(start_option, column);
    const int64 end = read_bound(end_option, column);
    const seqint::TimeStep step = read_step(step_option, column);
    check_precision(texts, column, start, step);

    const int direction = seqint::step_direction(step);
    if (start != end && (direction > 0) != (end > start))
        ereport(ERROR,
                (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                 errmsg("sequence of foreign table \"%s\" never reaches its end", texts.table),
                 errdetail("start %s (from the %s), end %s (from the %s), step %s (from the %s); "
                           "server \"%s\".",
                           seqint_time_text(column, start), start_option.origin(),
                           seqint_time_text(column, end), end_option.origin(), step_option.text,
                           step_option.origin(), texts.server),
                 errhint(direction > 0 ? "Use a negative step, such as '-1 day', to count down "
                                         "from start to end."
                                       : "Use a positive step to count up from start to end.")));

    column.time = SeqintTimeAxis{false, start, end, step};
    if (const auto fixed = seqint::fixed_length(step, time_column(column.kind))) {
        if (!fixed->longer_than_int64)
            return {start, end, fixed->length};
        // Longer than the type's whole range: the start alone, if anything.
        return {start, start == end ? start : start + direction, direction};
    }

    int64 start_micros;
    if (column.kind == SeqintValueType::date &&
        (__builtin_mul_overflow(start, USECS_PER_DAY, &start_micros) ||
         !IS_VALID_TIMESTAMP(start_micros)))
        ereport(ERROR, (errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
                        errmsg("start %s of foreign table \"%s\" is out of range for calendar "
                               "arithmetic",
                               seqint_time_text(column, start), texts.table),
                        errdetail("A date plus an interval with months is a timestamp, and "
                                  "timestamps run from 4714 BC to 294276 AD."),
                        errhint("Step the sequence by days, or start it within that range.")));
    column.time.calendar = true;
    const uint64 n = calendar_count(texts, column, end, direction);
    return {0, static_cast<int64>(n) * direction, direction};
}

const char *
seqint_time_text(const SeqintColumn &column, int64 value)
{
    if (column.kind == SeqintValueType::date)
        return DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(value)));
    return DatumGetCString(DirectFunctionCall1(
        column.kind == SeqintValueType::timestamptz ? timestamptz_out : timestamp_out,
        TimestampGetDatum(value)));
}

const char *
seqint_step_text(const seqint::TimeStep &step)
{
    Interval interval;
    interval.time = step.micros;
    interval.day = step.days;
    interval.month = step.months;
    return DatumGetCString(DirectFunctionCall1(interval_out, IntervalPGetDatum(&interval)));
}

int64
seqint_calendar_value(const SeqintColumn &column, int64 value)
{
    const int64 k = seqint::step_direction(column.time.step) > 0 ? value : -value;
    const std::optional<int64> result = calendar_at(column, k);
    if (!result)
        elog(ERROR, "seqint_fdw: value %lld of a calendar sequence is out of range",
             static_cast<long long>(k));
    return *result;
}

int64
seqint_calendar_first_at_least(const SeqintColumn &column, const seqint::Spec &spec, int64 value)
{
    const uint64 n = seqint::count(spec);
    // The sequence's integers in increasing order run from `lowest`, its values with them.
    const int64 lowest = spec.step > 0 ? spec.start : spec.start - static_cast<int64>(n) + 1;
    const uint64 j = seqint::first_reached(n, [&](uint64 offset) {
        return seqint_calendar_value(column, lowest + static_cast<int64>(offset)) >= value;
    });
    return n == 0 ? spec.start : lowest + static_cast<int64>(j);
}
