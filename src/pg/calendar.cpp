// calendar.cpp — PostgreSQL's timestamp + interval, without ereport.
//
// The same stages as timestamp_pl_interval and timestamptz_pl_interval in PostgreSQL's
// utils/adt/timestamp.c, on the same primitives (timestamp2tm, date2j, j2date,
// DetermineTimeZoneOffset, tm2timestamp), which report range errors by their results instead
// of raising them.
#include "pg/calendar.hpp"

namespace {

// One field of k·step, or false when it leaves the int32 of an interval's months or days.
bool
scaled_field(int32 field, int64 k, int32 &out)
{
    int64 product;
    if (__builtin_mul_overflow(static_cast<int64>(field), k, &product) || product < PG_INT32_MIN ||
        product > PG_INT32_MAX)
        return false;
    out = static_cast<int32>(product);
    return true;
}

// Adds `months` to a broken-down date as PostgreSQL does: the year carries, and a day past
// the end of the new month becomes its last day.
void
add_months(struct pg_tm &tm, int32 months)
{
    int64 month = static_cast<int64>(tm.tm_mon) + months;  // 1 … 12 before
    int64 year = tm.tm_year;
    if (month > MONTHS_PER_YEAR) {
        year += (month - 1) / MONTHS_PER_YEAR;
        month = (month - 1) % MONTHS_PER_YEAR + 1;
    } else if (month < 1) {
        year += month / MONTHS_PER_YEAR - 1;
        month = month % MONTHS_PER_YEAR + MONTHS_PER_YEAR;
    }
    tm.tm_year = static_cast<int>(year);  // |months| < 2^31: within an int's years
    tm.tm_mon = static_cast<int>(month);
    const int last_day = day_tab[isleap(tm.tm_year)][tm.tm_mon - 1];
    if (tm.tm_mday > last_day)
        tm.tm_mday = last_day;
}

// Adds `days` to a broken-down date through its Julian day number; false past the range.
bool
add_days(struct pg_tm &tm, int32 days)
{
    const int64 julian = static_cast<int64>(date2j(tm.tm_year, tm.tm_mon, tm.tm_mday)) + days;
    if (julian < 0 || julian > PG_INT32_MAX)
        return false;
    j2date(static_cast<int>(julian), &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
    return true;
}

// Moves `timestamp` by whole months or days of the calendar, in local time when
// `in_time_zone`; false when it leaves the range.
bool
move_in_calendar(Timestamp &timestamp, int32 months, int32 days, bool in_time_zone)
{
    struct pg_tm tm;
    fsec_t fsec;
    int tz = 0;
    int *tzp = in_time_zone ? &tz : nullptr;
    if (timestamp2tm(timestamp, tzp, &tm, &fsec, nullptr, nullptr) != 0)
        return false;
    if (months != 0)
        add_months(tm, months);
    else if (!add_days(tm, days))
        return false;
    if (in_time_zone)
        tz = DetermineTimeZoneOffset(&tm, session_timezone);
    return tm2timestamp(&tm, fsec, tzp, &timestamp) == 0;
}

}  // namespace

std::optional<int64>
seqint_calendar_add(int64 start, const seqint::TimeStep &step, int64 k, bool in_time_zone)
{
    int32 months, days;
    int64 micros;
    if (!scaled_field(step.months, k, months) || !scaled_field(step.days, k, days) ||
        __builtin_mul_overflow(step.micros, k, &micros))
        return std::nullopt;
    Timestamp timestamp = start;
    if (months != 0 && !move_in_calendar(timestamp, months, 0, in_time_zone))
        return std::nullopt;
    if (days != 0 && !move_in_calendar(timestamp, 0, days, in_time_zone))
        return std::nullopt;
    if (__builtin_add_overflow(timestamp, micros, &timestamp) || !IS_VALID_TIMESTAMP(timestamp))
        return std::nullopt;
    return timestamp;
}
