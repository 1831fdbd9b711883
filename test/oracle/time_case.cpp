// time_case.cpp — a time case drawn whole: its column type, zones and mode of execution, its
// spec (time_spec.cpp) and maybe a fault (time_fault.cpp), the oracle's relation
// (time_oracle.cpp), where its options go and its query (time_query.cpp), or a huge sequence
// (time_huge.cpp); and the helpers the draws share.
#include "time_case.hpp"

#include "options.hpp"
#include "sql_text.hpp"

namespace seqint_oracle {

TimeCase TimeGenerator::make(int number) {
    TimeCase c;
    c.number = number;
    c.type = rng_.pick(time_types());
    c.zone1 = rng_.pick(zones());
    const i128 m = rng_.range(1, 100);
    c.mode = m <= 64 ? 0 : m <= 73 ? 1 : m <= 86 ? 2 : 3;
    if (c.mode > 0)
        do
            c.zone2 = rng_.pick(zones());
        while (c.zone2 == c.zone1);
    db_.run("SET TimeZone = " + quoted(c.zone1));  // what the draws below evaluate in
    if (rng_.chance(0.12)) {
        huge(c);
        options(c);
        return c;
    }
    spec(c);
    if (rng_.chance(0.16) && !c.at_range_edge())  // (an edge may be a fault already)
        fault(c);
    oracle(c);
    options(c);
    query(c);
    return c;
}

// The arithmetic type of the sequence: dates step as timestamps (but DateDays).
const char *TimeGenerator::arith(const TimeCase &c) {
    return c.type.base == Base::Timestamptz ? "timestamptz" : "timestamp";
}

std::optional<std::string> TimeGenerator::eval(const std::string &sql) {
    const Answer a = db_.run("SELECT (" + sql + ")::text");
    if (a.error || a.rows.size() != 1)
        return std::nullopt;
    return a.rows[0];
}

Civil TimeGenerator::random_civil(i64 year_lo, i64 year_hi, bool with_time) {
    Civil c;
    c.year = static_cast<i64>(rng_.range(year_lo, year_hi));
    c.month = static_cast<int>(rng_.range(1, 12));
    c.day = static_cast<int>(rng_.range(1, days_in(c.year, c.month)));
    if (with_time && rng_.chance(0.6)) {
        c.hour = static_cast<int>(rng_.range(0, 23));
        c.minute = rng_.chance(0.5) ? 0 : static_cast<int>(rng_.range(0, 59));
        c.second = rng_.chance(0.7) ? 0 : static_cast<int>(rng_.range(0, 59));
        c.us = rng_.chance(0.8) ? 0 : static_cast<i64>(rng_.range(0, 999999));
    }
    return c;
}

// A UTC offset for a timestamptz literal, or none (read in the session's TimeZone).
std::string TimeGenerator::offset() {
    if (rng_.chance(0.55))
        return "";
    return rng_.pick(
        std::vector<std::string>{"+00", "+00", "Z", "+05:30", "-08", "+01", "-03:30", "+13"});
}

// Where each option goes (options.hpp): nowhere when it is absent, or for date's step
// '1 day', its default; a decoy (of either kind) never completes three options, on the server
// or on the table first made; once in ten the table is analyzed.
void TimeGenerator::options(TimeCase &c) {
    OptionDraw<std::string> draw;
    draw.values[0] = c.start;
    draw.values[1] = c.end;
    draw.values[2] = c.step;
    draw.defaultable[2] = !c.integer_column && c.type.base == Base::Date && c.step &&
                          (*c.step == "1 day" || *c.step == "1 days");
    draw.column = c.integer_column ? "bigint" : c.type.name;
    draw.alter_chance = 0.2;
    draw.may_analyze = true;
    draw.decoy = [&](int j) { return decoy_value(j); };
    draw.refused = [](const std::string &, const std::string &, const std::string &) {
        return true;
    };
    place_options(rng_, draw, c.setup);
}

std::string TimeGenerator::decoy_value(int field) {
    if (field == 2)
        return rng_.pick(std::vector<std::string>{"1 hour", "2 days", "3", "1 mon"});
    return rng_.pick(std::vector<std::string>{"2000-01-01", "1999-12-31 12:00", "7", "-3"});
}

}  // namespace seqint_oracle
