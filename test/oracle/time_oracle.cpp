// time_oracle.cpp — the oracle's relation of a time case, computed by the server from the
// same option texts the table reads.
#include "sql_text.hpp"
#include "time_case.hpp"

namespace seqint_oracle {

// Whether the end lies behind the start, seen from the step, in the session's zone (where a
// timestamptz bound without an offset is read): SQL, true when the spec never reaches its end.
std::string TimeGenerator::end_behind_start(const TimeCase &c) {
    const std::string order_type = c.type.base == Base::Date ? "date" : arith(c);
    return quoted(*c.end) + "::text::" + order_type + (c.negative ? " > " : " < ") +
           quoted(*c.start) + "::text::" + order_type;
}

// The oracle's relation, and the check that the bounds fit the column and that the
// sequence reaches its end (its third column true when it does not): both are decided in
// the zone of each execution, where a bound without an offset is read.
void TimeGenerator::oracle(TimeCase &c) {
    if (!c.expect_error.empty() || !c.start || !c.end || !c.step)
        return;
    const std::string T = c.type.name;
    const std::string step = quoted(*c.step) + "::interval";
    const std::string cmp = c.negative ? " > " : " < ";
    c.fit_sql = "SELECT " + quoted(*c.start) + "::text::" + T + ", " + quoted(*c.end) +
                "::text::" + T + ", " + end_behind_start(c) + " AS never_reaches_end";
    if (c.form == Form::DateDays) {
        const std::string s = quoted(*c.start) + "::text::date";
        const std::string e = quoted(*c.end) + "::text::date";
        const auto n = eval("greatest(0, ceil((" + e + " - " + s + ")::numeric / " +
                            std::to_string(c.ddays) + "))::bigint");
        c.count = n ? std::stoll(*n) : 0;
        c.gen_query = "(SELECT (" + s + " + k * " + std::to_string(c.ddays) + ")::" + T +
                      " AS val FROM generate_series(0, " + std::to_string(c.count - 1) + ") k)";
        return;
    }
    const std::string TT = arith(c);
    const std::string via = c.type.base == Base::Date ? "::text::date::" : "::text::";
    const std::string s = quoted(*c.start) + via + TT;
    const std::string e = quoted(*c.end) + via + TT;
    if (c.form == Form::Series) {
        c.gen_query = "(SELECT g::" + T + " AS val FROM generate_series(" + s + ", " + e + ", " +
                      step + ") g WHERE g <> " + e + ")";
    } else {
        const std::string guard = c.form == Form::Guarded ? "k * " + step + cmp + e + " - " + s
                                                          : s + " + k * " + step + cmp + e;
        // k runs a little past the count (the end is jittered), but not to a value past the
        // type's range: computing it would fail where the table, which stops at its end,
        // does not. The values between start and end are all in range.
        i64 last_k = c.n + 5;
        while (last_k > c.n && !eval(s + " + " + std::to_string(last_k) + " * " + step))
            --last_k;
        c.gen_query = "(SELECT (" + s + " + k * " + step + ")::" + T +
                      " AS val FROM generate_series(0, " + std::to_string(last_k) + ") k WHERE " +
                      guard + " OFFSET 0)";
    }
}

}  // namespace seqint_oracle
