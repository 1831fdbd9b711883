// time_spec.cpp — the valid specs of the time cases: a start (modern, around a DST change,
// month ends and leap days, anywhere, at an edge of the type's range, or many values), a
// step (fixed, days, months, or spelled as PostgreSQL also reads it), about n values, and an
// end after them computed by the server, in the bounds' input syntaxes.
#include <algorithm>
#include <utility>
#include <vector>

#include "sql_text.hpp"
#include "time_case.hpp"

namespace seqint_oracle {

namespace {

// How the oracle computes a sequence of base b stepping by iv: date arithmetic for days on a
// date, generate_series for fixed steps (a day is 24 hours on timestamp), else calendar
// arithmetic.
Form form_of(Base b, const Interval &iv) {
    if (b == Base::Date && iv.months == 0)
        return Form::DateDays;
    if (iv.months == 0 && (b == Base::Timestamp || iv.days == 0))
        return Form::Series;
    return Form::Calendar;
}

}  // namespace

// Draws a valid spec: start, step, about n values, end after them.
void TimeGenerator::spec(TimeCase &c) {
    const Base b = c.type.base;
    const bool with_time = b != Base::Date;
    const int dir = rng_.sign();
    c.negative = dir < 0;
    const i128 r = rng_.range(1, 100);
    Civil start;
    bool edge = false, gap_step = false;
    std::string off = b == Base::Timestamptz ? offset() : "";
    if (r <= 30) {
        c.what = "modern";
        start = random_civil(1900, 2100, with_time);
        if (r <= 2) {
            c.what = "epoch";
            start = Civil{1970, 1, 1};
        }
    } else if (r <= 45) {  // around a DST change (or another zone's)
        c.what = "dst";
        static const std::vector<std::pair<const char *, Civil>> anchors = {
            {"Europe/Berlin", {2026, 3, 29, 2}},      {"Europe/Berlin", {2026, 10, 25, 3}},
            {"America/New_York", {2026, 3, 8, 2}},    {"America/New_York", {2026, 11, 1, 1}},
            {"Australia/Lord_Howe", {2026, 4, 5, 2}}, {"Australia/Lord_Howe", {2026, 10, 4, 2}},
            {"Pacific/Apia", {2011, 12, 29, 23}},     {"Pacific/Apia", {2011, 9, 24, 3}},
            {"America/Santiago", {2026, 9, 6, 0}},    {"America/Santiago", {2026, 4, 5, 0}},
            {"America/Sao_Paulo", {2018, 11, 4, 0}},  {"Pacific/Chatham", {2026, 4, 5, 3}},
            {"Europe/London", {2026, 3, 29, 1}},      {"America/St_Johns", {2026, 11, 1, 1}},
        };
        const auto &anchor = rng_.pick(anchors);
        if (rng_.chance(0.6) && b == Base::Timestamptz) {
            c.zone1 = anchor.first;
            if (c.zone2 == c.zone1)
                c.zone2 = c.zone1 == "UTC" ? "Europe/Berlin" : "UTC";
            db_.run("SET TimeZone = " + quoted(c.zone1));
        }
        start = anchor.second;
        // a few hours or days before it (or after it, for descending steps)
        const i64 hours = static_cast<i64>(rng_.range(0, 50));
        start.hour = static_cast<int>((start.hour + 48 - dir * (hours % 24)) % 24);
        start.day = std::clamp<int>(start.day - dir * static_cast<int>(hours / 24), 1, 28);
        start.minute = rng_.chance(0.7) ? 0 : 30;
        if (rng_.chance(0.3)) {  // days (or months) later, into the gap or the fold itself
            start = anchor.second;
            start.day = std::max(1, start.day - static_cast<int>(rng_.range(1, 3)));
            start.minute = rng_.pick(std::vector<int>{0, 15, 30, 45});
            gap_step = true;
        }
        if (b == Base::Timestamptz && rng_.chance(0.7))
            off = "";
    } else if (r <= 60) {  // month ends, leap days
        c.what = "month end";
        static const std::vector<std::pair<int, int>> days = {{1, 31}, {2, 28},  {2, 29}, {3, 31},
                                                              {8, 31}, {12, 31}, {4, 30}, {1, 30}};
        const auto &md = rng_.pick(days);
        start.year =
            rng_.pick(std::vector<i64>{2024, 2000, 1900, 2100, 2026, 1600, 2023, 0, -4, 1, 2028});
        start.month = md.first;
        start.day = std::min(md.second, days_in(start.year, md.first));
        if (with_time && rng_.chance(0.5))
            start.hour = static_cast<int>(rng_.range(0, 23));
    } else if (r <= 72) {
        c.what = "anywhere";
        start =
            random_civil(rng_.chance(0.2) ? -4700 : 1, rng_.chance(0.3) ? 200000 : 3000, with_time);
    } else if (r <= 84) {
        c.what = "range edge";
        edge = true;
    } else {
        c.what = "many";
        start = random_civil(1950, 2050, with_time);
    }

    c.step_iv = draw_step(c, dir, edge);
    c.n = draw_count();
    if (c.what == "many")
        c.n = static_cast<i64>(rng_.range(20000, 100000));
    c.form = form_of(b, c.step_iv);
    if (c.form == Form::DateDays)  // day steps on a date column: the whole date range
        c.ddays = c.step_iv.days;
    if (gap_step && b != Base::Date) {  // whole days (or a month) onto the DST change
        c.step_iv = rng_.chance(0.8) ? Interval{0, dir, 0} : Interval{dir, 0, 0};
        c.form = form_of(b, c.step_iv);
    }
    c.step = interval_text(rng_, c.step_iv);
    // Other spellings PostgreSQL reads: fractions of a unit, "ago", "@", decades.
    static const std::vector<std::pair<const char *, Interval>> spelled = {
        {"1.5 months", {1, 15, 0}},
        {"0.5 mon", {0, 15, 0}},
        {"1.5 days", {0, 1, 12 * kUsPerHour}},
        {"P0.5D", {0, 0, 12 * kUsPerHour}},
        {"1 week 2 days", {0, 9, 0}},
        {"PT36H", {0, 0, 36 * kUsPerHour}},
        {"0.5 years", {6, 0, 0}},
        {"1 decade", {120, 0, 0}},
        {"1.25 hours", {0, 0, 75 * kUsPerMinute}},
        {"P1.5W", {0, 10, 12 * kUsPerHour}},
        {"@ 2 hours", {0, 0, 2 * kUsPerHour}},
        {"P1Y2M3DT4H5M6S", {14, 3, 14706 * kUsPerSecond}},
    };
    if (!gap_step && !edge && rng_.chance(0.08)) {
        const auto &[text, iv] = rng_.pick(spelled);
        if ((b != Base::Date || iv.us == 0) && (dir > 0 || text[0] != 'P')) {
            c.step_iv = scaled(iv, dir);
            c.step = dir > 0 ? std::string(text) : std::string(text) + " ago";
            c.form = form_of(b, c.step_iv);
            c.ddays = c.step_iv.days;
        }
    }
    // A timestamptz bound without an offset is read in the zone of each execution: both
    // bounds so, or both with offsets, when a shift of hours would add too many values.
    const i64 shortest =
        c.step_iv.months != 0 || c.step_iv.days != 0 ? kUsPerDay : std::abs(c.step_iv.us);
    bool end_zone_less = rng_.chance(0.4);
    if (b == Base::Timestamptz && shortest < kUsPerHour) {
        if (shortest < kUsPerMinute && off.empty())
            off = "+00";
        end_zone_less = off.empty();
    }

    if (edge) {
        edge_spec(c);
        return;
    }
    const std::string s = c.what == "epoch" && (b != Base::Timestamptz || off.empty())
                              ? "epoch"
                              : civil_text(start, with_time, with_time ? off : "");
    c.start = s;
    // the end, start + n * step + jitter, by the server; fewer values if that overflows
    for (int attempt = 0; attempt < 4; ++attempt, c.n /= 20) {
        std::optional<std::string> e;
        if (c.form == Form::DateDays)
            e = eval(quoted(s) + "::date + " + std::to_string(c.n * c.ddays + day_jitter(c)));
        else
            e = eval("(" + quoted(s) + "::" + arith(c) + " + " + std::to_string(c.n) + " * " +
                     quoted(*c.step) + "::interval + " + jitter(c) +
                     ")::" + base_name(c.type.base));
        if (e) {
            c.end = b == Base::Timestamptz && end_zone_less ? zone_less(*e) : *e;
            restyle(c);
            return;
        }
    }
    c.n = 0;
    c.end = s;
}

// The same bounds in other input syntaxes: ISO 8601's T, a Julian day, a date with a time
// of day (date input drops it), 'epoch'.
void TimeGenerator::restyle(TimeCase &c) {
    const i128 r = rng_.range(1, 100);
    std::string &text = rng_.chance(0.5) ? *c.start : *c.end;
    if (text.find(" BC") != std::string::npos || text.size() < 5 || text[4] != '-')
        return;  // (years of more than four digits read only in ISO order)
    const std::size_t space = text.find(' ');
    if (r <= 6 && space != std::string::npos) {
        text[space] = 'T';
    } else if (r <= 10 && c.type.base == Base::Date) {
        if (const auto j = eval("to_char(" + quoted(text) + "::date, 'J')"))
            text = "J" + *j;
    } else if (r <= 14 && c.type.base == Base::Date) {
        text += rng_.pick(std::vector<std::string>{" 13:45", " 00:00:01", " 23:59:59.999999"});
    } else if (r <= 16 && c.type.base == Base::Date) {
        if (const auto d = eval("to_char(" + quoted(text) + "::date, 'Mon DD YYYY')"))
            text = *d;
    } else if (r <= 20 && c.type.base != Base::Timestamptz) {
        // a zone, which date and timestamp input read and drop
        text += std::string(c.type.base == Base::Date ? " 23:00" : "") +
                rng_.pick(std::vector<std::string>{"+05", "-08", " America/New_York", "Z", "+14",
                                                   " UTC"});
    }
}

// A spec at an edge of the type's range: from one edge away, or toward one; fixed steps.
void TimeGenerator::edge_spec(TimeCase &c) {
    const Base b = c.type.base;
    const bool toward = rng_.chance(0.5);
    const bool top = toward != c.negative;  // ascending toward the top, descending from it
    std::string anchor;
    if (b == Base::Date) {
        anchor = top ? rng_.pick(std::vector<std::string>{"5874897-12-31", "5874897-12-30",
                                                          "5874897-01-01", "294276-12-31"})
                     : rng_.pick(std::vector<std::string>{"4714-11-24 BC", "4714-11-25 BC",
                                                          "4713-01-01 BC"});
    } else {
        anchor = top ? rng_.pick(std::vector<std::string>{
                           "294276-12-31 23:59:59.999999", "294276-12-31 23:00",
                           "294276-12-31 00:00", "294276-12-30 12:34:56.789"})
                     : rng_.pick(std::vector<std::string>{
                           "4714-11-24 00:00 BC", "4714-11-24 00:00:00.000001 BC",
                           "4714-11-24 01:00 BC", "4714-11-25 00:00 BC"});
    }
    c.n = static_cast<i64>(rng_.range(0, rng_.chance(0.8) ? 30 : 3000));
    const std::string zero = "'0 days'::interval";
    std::optional<std::string> other;
    // the other bound, computed zone-less: toward the anchor from the other side
    const std::string sign = toward ? " - " : " + ";
    if (c.form == Form::DateDays) {
        other = eval(quoted(anchor) + "::date" + sign + "(" +
                     std::to_string(c.n * c.ddays + day_jitter(c)) + ")");
    } else {
        const std::string j = jitter(c);
        other = eval("(" + quoted(anchor) + "::timestamp" + sign + std::to_string(c.n) + " * " +
                     quoted(*c.step) + "::interval" + sign + j + ")::timestamp");
    }
    if (!other) {
        c.n = 0;
        other = anchor;
    }
    std::string s = toward ? *other : anchor, e = toward ? anchor : *other;
    if (b == Base::Timestamptz && rng_.chance(0.5)) {  // UTC, else the session's zone
        const auto utc = [](const std::string &t) {
            const std::size_t bc = t.find(" BC");
            return bc == std::string::npos ? t + "+00" : t.substr(0, bc) + "+00 BC";
        };
        s = utc(s);
        e = utc(e);
    }
    c.start = s;
    c.end = e;
    if (c.form != Form::DateDays)
        c.form = toward ? Form::Guarded : c.form;  // generate_series would step past it
}

}  // namespace seqint_oracle
