// time_query.cpp — the query of a time case: rows with WHERE / ORDER BY / LIMIT / OFFSET /
// DISTINCT, aggregates, date_trunc groups, window functions, joins and semi-joins with
// generate_series, parameterized nested loops, gap filling, seqint_fdw_describe(); its
// settings (join methods, parallel plans, plan_cache_mode); on the seqint table and on the
// oracle's relation.
#include <algorithm>
#include <vector>

#include "objects.hpp"
#include "query_shapes.hpp"
#include "sql_text.hpp"
#include "time_case.hpp"

namespace seqint_oracle {

std::string TimeGenerator::other_type(const TimeCase &c) {
    if (rng_.chance(0.6))
        return base_name(c.type.base);
    return rng_.pick(std::vector<std::string>{"date", "timestamp", "timestamptz"});
}

std::string TimeGenerator::atom(const TimeCase &c) {
    const std::string t = other_type(c);
    const Draw k = [&] { return constant(c, t); };
    const Draw list = [&] { return comma_list(rng_, 5, k); };
    const int kind = static_cast<int>(rng_.range(0, 15));
    if (kind < kComparisons)
        return comparison(kind, k);
    switch (kind) {
    case 9:
    case 10: {
        // An IN list's items are cast to one type with val. A constant at the range's edge
        // may not convert ('5874897-12-31'::date to timestamp), and whether that raises
        // depends on the plan: a custom plan folds the cast, a generic one casts per row,
        // where an earlier OR branch may spare it. So where there is a cast, no edges.
        const bool was_no_edges = no_edges_;
        no_edges_ = was_no_edges || t != base_name(c.type.base);
        const std::string in = membership(kind == 9 ? Membership::In : Membership::NotIn, list);
        no_edges_ = was_no_edges;
        return in;
    }
    case 11:
        return membership(Membership::AnyOf, list, t);
    case 12:
        // IS NULL empties the scan before the other bounds of its branch are evaluated, as
        // an index scan on it would; generate_series evaluates them per row. Next to the
        // range's edges a constant can fail to convert ('294277-01-01'::date to timestamptz),
        // and the two would differ in raising that error: there, only IS NOT NULL.
        if (c.at_range_edge())
            return "val IS NOT NULL";
        return rng_.chance(0.5) ? "val IS NOT NULL" : "val IS NULL";
    case 13:
        if (rng_.chance(0.3))  // an initplan's parameter
            return "val >= (SELECT " + k() + ")";
        return "NOT (val > " + k() + ")";
    case 14:  // a filter (no arithmetic next to the range's edges: it would overflow)
        if (c.at_range_edge())
            return "val >= " + k();
        if (rng_.chance(0.5))
            return "to_char(val, 'DD') <> '13'";
        return "date_trunc('day', val) >= " + k();
    default:
        if (c.at_range_edge())
            return "val <= " + k();
        return "val + '1 hour'::interval > " + k();
    }
}

std::string TimeGenerator::where(const TimeCase &c) {
    return where_clause(rng_, 0.08, [&] { return atom(c); });
}

// The rows of a VALUES list of constants of type t, "(k), (k), …": one and up to most_more
// more, none at the range's edges.
std::string TimeGenerator::values_rows(const TimeCase &c, const std::string &t, i128 most_more) {
    no_edges_ = true;
    const std::string rows =
        comma_list(rng_, most_more, [&] { return "(" + constant(c, t) + ")"; });
    no_edges_ = false;
    return rows;
}

// generate_series of timestamps near the sequence, at most ~2000 values.
std::string TimeGenerator::other_series(const TimeCase &c, const std::string &type) {
    const bool usable = c.expect_error.empty() && c.start && c.step;
    const i64 n = std::max<i64>(c.n, 1);
    const i64 k1 = static_cast<i64>(rng_.range(-2, n));
    const i64 m = static_cast<i64>(rng_.range(1, 3));
    const i64 k2 = k1 + m * static_cast<i64>(rng_.range(0, std::min<i64>(n, 2000 / m)));
    // Its ends are constants near the sequence; when it has values, its k1-th and k2-th (in
    // the order of the values), keeping their UTC offset.
    const auto end = [&](i64 k) {
        const std::string text = constant(c, type);
        if (usable)
            pending_.back().expr = *value_expr(c, k);
        pending_.back().fixed = true;
        return text;
    };
    const std::string lo = end(c.negative ? k2 : k1);
    const std::string hi = end(c.negative ? k1 : k2);
    std::string step = "1 day";
    if (usable) {
        const Interval mag =
            c.form == Form::DateDays ? Interval{0, std::abs(c.ddays), 0} : magnitude(c.step_iv);
        step = interval_text(rng_, scaled(mag, m));
    }
    return "generate_series(" + lo + ", " + hi + ", " + quoted(step) + "::interval)";
}

// Whether every query on the table answers rather than fails: no fault, and bounds that fit
// the column and reach its end. A timestamptz table always qualifies: its join is never
// removed, so the table raises its errors (zone-dependent ones too) in either form.
bool TimeGenerator::table_answers(const TimeCase &c) {
    if (c.type.base == Base::Timestamptz)
        return true;
    if (!c.expect_error.empty())
        return false;
    if (c.fit_sql.empty())
        return true;
    const auto never = eval("SELECT never_reaches_end FROM (" + c.fit_sql + ") f");
    return never && *never == "false";
}

void TimeGenerator::query(TimeCase &c) {
    std::string tmpl;  // {T} is the table, aliased t
    bool describe = false;
    c.ordered = false;
    if (c.integer_column) {  // the fault is the point; a query on bigint
        tmpl = rng_.chance(0.5) ? "SELECT val FROM {T} ORDER BY val LIMIT 5"
                                : "SELECT count(*) FROM {T}";
    } else {
        const i128 form = rng_.range(1, 100);
        const bool edge = c.at_range_edge();  // no arithmetic on val
        const std::string ts = c.type.base == Base::Timestamptz ? "timestamptz" : "timestamp";
        const Draw draw_where = [&] { return where(c); };
        const Draw draw_series = [&] { return other_series(c, ts); };
        if (rng_.chance(0.04)) {  // seqint_fdw_describe(): its count and last value
            describe = true;
            tmpl = std::string("SELECT count(*)::numeric, ") + (c.negative ? "min" : "max") +
                   "(val)::text FROM {T}";
        } else if (form <= 42) {
            tmpl = rows_query(rng_, draw_where, c.ordered);
        } else if (form <= 50) {
            tmpl =
                "SELECT count(*), count(val), min(val), max(val), count(DISTINCT val) "
                "FROM {T}" +
                where(c);
        } else if (form <= 57) {
            tmpl = "SELECT count(*), count(val), min(val), max(val) FROM {T}" + where(c);
        } else if (form <= 63 && !edge) {
            const std::string unit =
                rng_.pick(std::vector<std::string>{"year", "month", "week", "day", "hour"});
            tmpl = "SELECT date_trunc('" + unit +
                   "', val) AS b, count(*), min(val), max(val) FROM {T}" + where(c) + " GROUP BY 1";
        } else if (form <= 69) {
            tmpl = window_query(rng_, draw_where);
        } else if (form <= 75 && !edge) {  // (generate_series overflows past an edge)
            tmpl = join_query(draw_series, draw_where);
            const i128 method = rng_.range(1, 3);  // as planned, a merge join, a nested loop
            if (method >= 2)
                c.settings.push_back("SET LOCAL enable_hashjoin = off");
            if (method == 3)
                c.settings.push_back("SET LOCAL enable_mergejoin = off");
        } else if (form <= 78 && !edge) {
            // A join the planner removes (date, timestamp) never reads the table, nor raises
            // its errors: drawn where the table answers, its rows are what it checks.
            tmpl = table_answers(c) ? unread_left_join_query(draw_series)
                                    : join_query(draw_series, draw_where);
        } else if (form <= 81 && !edge) {
            tmpl = semi_join_query(rng_, draw_series);
        } else if (form <= 93 || edge) {  // a parameterized nested loop
            const std::string t = other_type(c);
            const std::string values = values_rows(c, t, 6);
            std::string on = "t.val = o.x";
            if (rng_.chance(0.3) && !edge)
                on = "t.val >= o.x AND t.val < o.x + " +
                     quoted(rng_.pick(
                         std::vector<std::string>{"1 hour", "1 day", "7 days", "1 mon"})) +
                     "::interval";
            const i128 shape = rng_.range(1, 10);
            if (shape <= 6)
                tmpl = "SELECT o.x, t.val FROM (VALUES " + values + ") o(x) JOIN {T} ON " + on;
            else if (shape <= 8)  // rescans with LIMIT, each its own bound
                tmpl =
                    "SELECT o.x, l.val FROM (VALUES " + values +
                    ") o(x) CROSS JOIN LATERAL (SELECT val FROM {T} WHERE " +
                    (rng_.chance(0.5) ? "val >= o.x ORDER BY val" : "val < o.x ORDER BY val DESC") +
                    " LIMIT " + str(rng_.range(0, 3)) + ") l";
            else
                tmpl = "SELECT o.x FROM (VALUES " + values + ") o(x) WHERE " +
                       (rng_.chance(0.5) ? "" : "NOT ") + "EXISTS (SELECT 1 FROM {T} WHERE " + on +
                       ")";
            c.settings.push_back("SET LOCAL enable_hashjoin = off");
            c.settings.push_back("SET LOCAL enable_mergejoin = off");
            if (rng_.chance(0.5))
                c.settings.push_back("SET LOCAL enable_material = off");
        } else {  // gap filling
            const std::string t = other_type(c);
            const std::string values = values_rows(c, t, 8);
            const std::string width = c.step && c.expect_error.empty() && c.form != Form::DateDays
                                          ? quoted(*c.step) + "::interval"
                                          : "'1 day'::interval";
            tmpl = "SELECT t.val, count(o.x) FROM {T} LEFT JOIN (VALUES " + values +
                   ") o(x) ON o.x >= t.val AND o.x < t.val + " + width + where(c) +
                   " GROUP BY t.val";
        }
        if (rng_.chance(0.12)) {  // parallel, as far as the planner goes
            c.settings.push_back("SET LOCAL parallel_setup_cost = 0");
            c.settings.push_back("SET LOCAL parallel_tuple_cost = 0");
            c.settings.push_back("SET LOCAL min_parallel_table_scan_size = 0");
            c.settings.push_back("SET LOCAL max_parallel_workers_per_gather = 2");
        }
    }
    tmpl = resolve(tmpl, c.mode >= 2 && rng_.chance(0.5), c.exec_args);
    c.seq_query = describe ? describe_query() : on_table(tmpl);
    const std::string empty =
        "(SELECT NULL::" + std::string(c.integer_column ? "bigint" : c.type.name) +
        " AS val WHERE false)";
    c.gen_query = render(tmpl, (c.gen_query.empty() ? empty : c.gen_query) + " t");
    if (c.mode >= 2)
        c.settings.push_back(std::string("SET LOCAL plan_cache_mode = ") +
                             (c.mode == 2 ? "force_generic_plan" : "force_custom_plan"));
}

}  // namespace seqint_oracle
