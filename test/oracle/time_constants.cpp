// time_constants.cpp — the constants of a time case's query: near the sequence (one of its
// values, nudged, just outside it) or anywhere, drawn as expressions the server evaluates
// once the query is drawn, then written as literals, stable expressions or parameters.
#include <algorithm>
#include <sstream>
#include <vector>

#include "sql_text.hpp"
#include "time_case.hpp"

namespace seqint_oracle {

namespace {

// The placeholder of constant i in a query being drawn: "\x01" i "\x02".
std::string placeholder(std::size_t i) { return "\x01" + std::to_string(i) + "\x02"; }

// text with each placeholder replaced by its constant's SQL.
std::string substitute(const std::string &text, const std::vector<std::string> &values) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\x01') {
            out += text[i];
            continue;
        }
        const std::size_t close = text.find('\x02', i);
        out += values[static_cast<std::size_t>(std::stoul(text.substr(i + 1, close - i - 1)))];
        i = close;
    }
    return out;
}

}  // namespace

// An expression for the k-th value of the sequence (any k), or nullopt.
std::optional<std::string> TimeGenerator::value_expr(const TimeCase &c, i64 k) {
    if (!c.start || !c.step)
        return std::nullopt;
    if (c.form == Form::DateDays && c.expect_error.empty())
        return "(" + quoted(*c.start) + "::date + " + std::to_string(k * c.ddays) + ")";
    return "(" + quoted(*c.start) + (c.type.base == Base::Date ? "::date::" : "::") + arith(c) +
           " + " + std::to_string(k) + " * " + quoted(*c.step) + "::interval)";
}

// A constant of type `type` near the sequence: one of its values, nudged, just outside it
// or anywhere; a placeholder the server's text of it replaces (resolve()).
std::string TimeGenerator::constant(const TimeCase &c, const std::string &type) {
    const i128 r = rng_.range(1, 20);
    const i64 n = std::max<i64>(c.n, 1);
    std::optional<std::string> e;
    if (r <= 14)  // a value (nudged from 10 on)
        e = value_expr(c, static_cast<i64>(rng_.range(0, n - 1)));
    else if (r <= 18)
        e = value_expr(c, rng_.chance(0.5) ? static_cast<i64>(rng_.range(-2, 0))
                                           : n + static_cast<i64>(rng_.range(-1, 1)));
    if (e && r >= 10 && r <= 18)
        *e += " + " +
              quoted(rng_.pick(std::vector<std::string>{
                  "1 microsecond", "-1 microsecond", "1 second", "-1 second", "1 hour", "-1 hour",
                  "12 hours", "-12 hours", "1 day", "-1 day", "-30 minutes"})) +
              "::interval";
    if (r == 20 && rng_.chance(0.6) && !no_edges_) {  // infinite, NULL, the range's edges
        const bool tz = type == "timestamptz";
        std::vector<std::string> special = {"'infinity'", "'-infinity'"};
        // A NULL may fold the WHERE clause to false: no scan, no error, so only where
        // the table cannot fail (README: a clause folded to false never reaches it).
        if (c.expect_error.empty() && c.type.base != Base::Timestamptz && !c.at_range_edge())
            special.push_back("NULL");
        if (type == "date")
            special.insert(special.end(), {"'5874897-12-31'", "'4714-11-24 BC'"});
        else
            special.insert(
                special.end(),
                {tz ? "'294276-12-31 23:59:59.999999+00'" : "'294276-12-31 23:59:59.999999'",
                 tz ? "'4714-11-24 00:00:00+00 BC'" : "'4714-11-24 00:00:00 BC'"});
        e = rng_.pick(special) + "::" + type;
    }
    if (!e)
        e = quoted(civil_text(random_civil(1990, 2040, true), true)) + "::timestamp";
    pending_.push_back({*e, type, false});
    return placeholder(pending_.size() - 1);
}

// Replaces the placeholders by literals, the texts of their values in this zone, or by
// stable expressions of them (text::timestamptz), or by parameters ($1::type), whose
// values go to `args` for EXECUTE.
std::string TimeGenerator::resolve(const std::string &text, bool params, std::string &args) {
    if (pending_.empty())
        return text;
    std::vector<std::string> values(pending_.size());
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < pending_.size(); ++i)
        sql += (i ? ", (" : "(") + pending_[i].expr + ")::" + pending_[i].type + "::text";
    Answer all = db_.run(sql);
    for (std::size_t i = 0; i < pending_.size(); ++i) {
        std::optional<std::string> v;
        if (!all.error && all.rows.size() == 1) {
            std::vector<std::string> cols;
            std::stringstream row(all.rows[0]);
            for (std::string col; std::getline(row, col, '|');)
                cols.push_back(col);
            if (cols.size() == pending_.size())
                v = cols[i];
        }
        if (!v)
            v = eval("(" + pending_[i].expr + ")::" + pending_[i].type);
        std::string lit = v ? *v : "2026-01-01";
        // as the parameter $(i + 1), its value (SQL) in args
        const auto parameter = [&](const std::string &value) {
            values[i] = "$" + std::to_string(i + 1) + "::" + pending_[i].type;
            args += (args.empty() ? "(" : ", ") + value;
        };
        if (v && *v == "NULL") {  // (no date's text)
            values[i] = "NULL::" + pending_[i].type;
            if (params)
                parameter("NULL");
            continue;
        }
        // (not next to the range's edges: read in another zone, it may fall outside, and
        // a parameter's error comes before any the table has to raise)
        if (pending_[i].type == "timestamptz" && !pending_[i].fixed && rng_.chance(0.3) &&
            lit.find(" BC") == std::string::npos && lit.rfind("29427", 0) != 0)
            lit = zone_less(lit);
        const i128 form = rng_.range(1, 100);
        if (params) {
            parameter(quoted(lit));
        } else if (form <= 25) {
            values[i] = pending_[i].type + " " + quoted(lit);
        } else if (form <= 40) {
            values[i] = quoted(lit) + "::text::" + pending_[i].type;
        } else {
            values[i] = quoted(lit) + "::" + pending_[i].type;
        }
    }
    if (!args.empty())
        args += ")";
    const std::string out = substitute(text, values);
    pending_.clear();
    return out;
}

}  // namespace seqint_oracle
