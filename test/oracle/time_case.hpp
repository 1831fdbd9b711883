// time_case.hpp — time cases: a column of type date, timestamp or timestamptz (or a domain
// over one), a session TimeZone, start and end in the column's input syntax and a step as
// interval text (fixed steps, calendar steps with months, and days on timestamptz),
// sometimes one fault (a zero, mixed-sign or too fine step, an infinite or out-of-range
// bound, a missing option, an option of the other kind, text that is neither, a step away
// from end), and a query. The oracle is PostgreSQL's own arithmetic, evaluated by the server:
//   fixed steps:   generate_series(start, end, step) minus a value equal to end
//   calendar steps (and fixed steps near the top of the range, where generate_series would
//   overflow past its last value): start + k * step for k = 0, 1, … while before end
//   date with day steps: start + k * days (date arithmetic, the whole date range)
// The start and end of the oracle are read at execution (text::timestamptz), as a zone-less
// option is. Some cases run the query twice, changing TimeZone in between, plainly or as a
// prepared statement with a generic or a custom plan; each execution is compared with the
// oracle run the same way under the then-current zone.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "civil.hpp"
#include "db.hpp"
#include "interval.hpp"
#include "numbers.hpp"
#include "rng.hpp"
#include "time_types.hpp"

namespace seqint_oracle {

// How the oracle computes the sequence.
enum class Form {
    Series,    // generate_series(start, end, step), minus end
    Calendar,  // start + k * step, k = 0 … n + 5, while before end
    Guarded,   // the same, the guard k * step < end - start (no value past the range)
    DateDays,  // start + k * days, k = 0 … count - 1 (date arithmetic)
};

struct TimeCase {
    int number = 0;
    TimeType type;
    bool integer_column = false;  // the fault "a time option on an integer column"
    std::string zone1, zone2;     // zone2: the zone of the second execution, if any
    int mode = 0;  // 0 once; 1 twice, plain; 2 twice, prepared, generic plan; 3 custom plan
    std::optional<std::string> start, end, step;
    std::string what;          // what was drawn, for the report
    std::string expect_error;  // the SQLSTATE every query must fail with, or ""
    Form form = Form::Series;
    i64 n = 0;      // about how many values (the end is start + n * step + a jitter)
    i64 count = 0;  // DateDays: the exact number of values
    i64 ddays = 0;  // DateDays: the step in days
    bool negative = false;
    Interval step_iv;
    std::vector<std::string> setup, settings;
    std::string seq_query, gen_query, fit_sql;
    std::string exec_args;  // prepared with parameters: "('…', '…')"
    bool ordered = false;

    // A spec at an edge of the type's range (time_spec.cpp: edge_spec), which draws no fault.
    bool at_range_edge() const { return what == "range edge"; }

    std::vector<std::string> zones_run() const {
        return zone2.empty() ? std::vector<std::string>{zone1}
                             : std::vector<std::string>{zone1, zone2};
    }
};

class TimeGenerator {
public:
    // Draws run statements on db: the server computes the bounds, in the case's TimeZone.
    TimeGenerator(Rng &rng, Db &db) : rng_(rng), db_(db) {}

    TimeCase make(int number);

private:
    Rng &rng_;
    Db &db_;
    struct Pending {
        std::string expr, type;
        bool fixed;  // a timestamptz keeps its UTC offset (not read in the session's zone)
    };
    std::vector<Pending> pending_;  // the constants of the query being drawn
    // No range-edge constants: they meet arithmetic (o.x + interval), which a scan evaluates as
    // a bound where a join would not reach it (as an index scan does; the README says so).
    bool no_edges_ = false;

    // time_case.cpp
    static const char *arith(const TimeCase &c);
    std::optional<std::string> eval(const std::string &sql);
    bool table_answers(const TimeCase &c);
    Civil random_civil(i64 year_lo, i64 year_hi, bool with_time);
    std::string offset();
    void options(TimeCase &c);
    std::string decoy_value(int field);

    // time_step.cpp
    Interval draw_step(const TimeCase &c, int dir, bool fixed_only);
    i64 draw_count();
    std::string jitter(const TimeCase &c);
    i64 day_jitter(const TimeCase &c);

    // time_spec.cpp
    void spec(TimeCase &c);
    void restyle(TimeCase &c);
    void edge_spec(TimeCase &c);

    // time_fault.cpp
    void fault(TimeCase &c);
    bool never_reaches_end_in_every_zone(const TimeCase &c);

    // time_oracle.cpp
    std::string end_behind_start(const TimeCase &c);
    void oracle(TimeCase &c);

    // time_constants.cpp
    std::optional<std::string> value_expr(const TimeCase &c, i64 k);
    std::string constant(const TimeCase &c, const std::string &type);
    std::string resolve(const std::string &text, bool params, std::string &args);

    // time_query.cpp
    std::string other_type(const TimeCase &c);
    std::string atom(const TimeCase &c);
    std::string where(const TimeCase &c);
    std::string values_rows(const TimeCase &c, const std::string &t, i128 most_more);
    std::string other_series(const TimeCase &c, const std::string &type);
    void query(TimeCase &c);

    // time_huge.cpp
    std::vector<std::string> render_times(Base b, const std::vector<i128> &xs);
    std::string unnest_values(Base b, const std::vector<i128> &xs, const std::string &type);
    void huge(TimeCase &c);
};

}  // namespace seqint_oracle
