// time_fault.cpp — a time case's fault: its valid spec with one thing wrong, and the SQLSTATE
// every query must then fail with.
#include <utility>
#include <vector>

#include "sql_text.hpp"
#include "time_case.hpp"

namespace seqint_oracle {

// Whether the spec's end lies behind its start, seen from its step, in every zone the case
// runs in. A timestamptz bound without an offset is read in the session's TimeZone, so two
// bounds less than a day apart can be in order in one zone and swapped in another (local
// mean times differ by up to 26 hours): such a spec fails in one zone and answers in the
// other, where the case expects the same error in both.
bool TimeGenerator::never_reaches_end_in_every_zone(const TimeCase &c) {
    const std::string behind = end_behind_start(c);
    bool everywhere = true;
    for (const std::string &zone : c.zones_run()) {
        db_.run("SET TimeZone = " + quoted(zone));
        const auto answer = eval(behind);
        everywhere = everywhere && answer && *answer == "true";
    }
    db_.run("SET TimeZone = " + quoted(c.zone1));  // what the draws evaluate in
    return everywhere;
}

// Replaces a valid spec by one with a single fault.
void TimeGenerator::fault(TimeCase &c) {
    const Base b = c.type.base;
    const bool ts = b != Base::Date;
    static const std::vector<std::string> mixed = {"1 mon -1 day",    "-1 mon 1 day",
                                                   "1 day -1 hour",   "-1 day 01:00:00",
                                                   "1 mon -1 second", "P1M-1D"};
    static const std::vector<std::string> finer = {
        "1 hour", "1 day 1 second", "36 hours", "1 mon 00:00:01", "1.5 days", "1 day 01:00"};
    switch (static_cast<int>(rng_.range(1, 10))) {
    case 1:
        c.what += ", fault: zero step";
        c.step = interval_text(rng_, Interval{});
        c.expect_error = "22023";
        break;
    case 2:
        c.what += ", fault: mixed signs";
        c.step = rng_.pick(mixed);
        c.expect_error = "22023";
        break;
    case 3:
        if (ts) {
            c.what += ", fault: infinite bound";
            (rng_.chance(0.5) ? c.start : c.end) = rng_.chance(0.5) ? "infinity" : "-infinity";
        } else {
            c.what += ", fault: step finer than a day";
            c.step = rng_.pick(finer);
        }
        c.expect_error = "22023";
        break;
    case 4:  // infinite, or a value that changes by the day
        c.what += ", fault: infinite or moving bound";
        (rng_.chance(0.5) ? c.start : c.end) = rng_.pick(std::vector<std::string>{
            "infinity", "-infinity", "now", "today", "tomorrow", "yesterday", " Infinity"});
        c.expect_error = "22023";
        break;
    case 5: {
        c.what += ", fault: an integer option on a time column";
        const i128 which = rng_.range(0, 2);
        (which == 0   ? c.start
         : which == 1 ? c.end
                      : c.step) = rng_.pick(std::vector<std::string>{"5", "-3", "1000", "1", " 7"});
        c.expect_error = "22023";
        break;
    }
    case 6: {
        c.what += ", fault: a time option on an integer column";
        c.integer_column = true;
        c.start = "0";
        c.end = "100";
        c.step = "1";
        const i128 which = rng_.range(0, 2);
        if (which == 2)
            c.step = rng_.pick(std::vector<std::string>{"1 day", "P1D", "01:00:00"});
        else
            (which == 0 ? c.start : c.end) = rng_.pick(
                std::vector<std::string>{"2026-01-01", "2026-01-01 00:00", "2026-01-01 00:00+00"});
        c.expect_error = "22023";
        break;
    }
    case 7:
        if (c.n > 0 && c.start != c.end) {
            std::swap(c.start, c.end);
            if (never_reaches_end_in_every_zone(c)) {
                c.what += ", fault: never reaches end";
                c.expect_error = "22023";
                break;
            }
            std::swap(c.start, c.end);
        }
        [[fallthrough]];
    case 8: {
        c.what += ", fault: a missing option";
        const i128 which = rng_.range(0, ts ? 2 : 1);
        (which == 0 ? c.start : which == 1 ? c.end : c.step).reset();
        c.expect_error = "HV00J";
        break;
    }
    case 9: {
        c.what += ", fault: not a bigint, a date/timestamp nor an interval";
        const i128 which = rng_.range(0, 2);
        if (which == 2)
            c.step = rng_.pick(
                std::vector<std::string>{"1 fortnight", "abc", "2026-01-01", "5 parsecs", ""});
        else
            (which == 0 ? c.start : c.end) = rng_.pick(std::vector<std::string>{
                "abc", "2026-01-01 xyz", "1 day", "tomorrow-ish", "", "12:34:56:78"});
        c.expect_error = "22P02";
        break;
    }
    default: {
        c.what += ", fault: a bound outside the type's range";
        const bool high = rng_.chance(0.5);
        std::string text;
        if (ts)  // outside in every zone too
            text = high ? rng_.pick(std::vector<std::string>{"300000-01-01", "294277-01-02",
                                                             "294277-01-02 00:00"})
                        : rng_.pick(std::vector<std::string>{"4714-11-22 BC", "4714-11-22 12:00 BC",
                                                             "5000-01-01 BC"});
        else
            text = high ? "5874898-01-01" : "4714-11-23 BC";
        if (rng_.chance(0.3)) {  // a field out of range: 22008 from date/timestamp input
            text = rng_.pick(std::vector<std::string>{"2026-02-30", "2026-13-01", "2026-11-00",
                                                      "2025-02-29", "2026-01-01 25:00",
                                                      "2026-01-01 12:60"});
            if (!ts && text.find(' ') != std::string::npos)
                text = "2026-04-31";
        }
        // keep the direction right: the far bound is the one outside
        (high != c.negative ? c.end : c.start) = text;
        c.expect_error = "22008";
        break;
    }
    }
}

}  // namespace seqint_oracle
