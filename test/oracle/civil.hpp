// civil.hpp — civil dates and times of the proleptic Gregorian calendar, as the text of date,
// timestamp and timestamptz input and output.
#pragma once

#include <string>

#include "numbers.hpp"

namespace seqint_oracle {

// A civil date and time of the proleptic Gregorian calendar; year 0 is 1 BC.
struct Civil {
    i64 year = 2026;
    int month = 1, day = 1, hour = 0, minute = 0, second = 0;
    i64 us = 0;
};

// The number of days of month m of year y.
int days_in(i64 y, int m);

// "2026-03-29", or with_time "2026-03-29 02:30[:SS[.ffffff]]" and the UTC offset given;
// " BC" last for years before 1.
std::string civil_text(const Civil &c, bool with_time, const std::string &offset = "");

// Removes the UTC offset of timestamptz output ("2026-03-29 03:00:00+02" or "… +05:53:28 BC").
std::string zone_less(const std::string &text);

}  // namespace seqint_oracle
