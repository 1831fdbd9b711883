// interval.hpp — intervals as PostgreSQL holds them (months, days, microseconds), and their
// text in the input syntaxes PostgreSQL reads, drawn at random.
#pragma once

#include <string>

#include "numbers.hpp"
#include "rng.hpp"

namespace seqint_oracle {

constexpr i64 kUsPerSecond = 1000000;
constexpr i64 kUsPerMinute = 60 * kUsPerSecond;
constexpr i64 kUsPerHour = 60 * kUsPerMinute;
constexpr i64 kUsPerDay = 24 * kUsPerHour;

// An interval as PostgreSQL holds it: months, days and microseconds, each with its sign.
struct Interval {
    i64 months = 0, days = 0, us = 0;
};

bool is_zero(const Interval &iv);

Interval scaled(const Interval &iv, i64 m);

// Each part's absolute value.
Interval magnitude(const Interval &iv);

// seconds as decimal text: 1500000 -> "1.5"
std::string seconds_text(i64 us);

// Interval text in one of the input syntaxes PostgreSQL reads: "2 mons 3 days", "1 year",
// "1 week", "01:30:00", "1.5 seconds", "250 milliseconds", ISO 8601 "P1DT2H".
std::string interval_text(Rng &rng, const Interval &iv);

}  // namespace seqint_oracle
