// int_query.cpp — the query of an integer case: rows with WHERE / ORDER BY / LIMIT / OFFSET /
// DISTINCT, aggregates, GROUP BY, window functions, joins (one the planner may remove) and
// semi-joins with generate_series, on the seqint table and on the oracle's relation.
#include <algorithm>
#include <vector>

#include "int_case.hpp"
#include "objects.hpp"
#include "query_shapes.hpp"
#include "sql_text.hpp"

namespace seqint_oracle {

namespace {

// generate_series(start, stop, step) of bigints.
std::string bigint_series(i128 start, i128 stop, i128 step) {
    return "generate_series('" + str(start) + "'::bigint, '" + str(stop) + "'::bigint, '" +
           str(step) + "'::bigint)";
}

// Whether every query on the table answers rather than fails: the spec reaches its end and
// its first and last values, so all of them, fit the column.
bool table_answers(const Case &c) {
    const auto fits = [&](i128 v) {
        return c.type.largest == kMax || (v >= -i128(c.type.largest) && v <= c.type.largest);
    };
    return !c.is_invalid && (c.count == 0 || (fits(c.spec.start) && fits(c.last)));
}

}  // namespace

// A constant near the sequence: one of its values, nudged, just outside it, or anywhere.
i128 IntGenerator::near(const Case &c) {
    const Spec &s = c.spec;
    const i128 r = rng_.range(1, 20);
    i128 v;
    if (c.count == 0)
        v = s.start + rng_.range(-3, 3);
    else if (r <= 9)
        v = s.start + rng_.range(0, c.count - 1) * s.step;
    else if (r <= 14)
        v = s.start + rng_.range(0, c.count - 1) * s.step + rng_.range(-2, 2);
    else if (r <= 16)
        v = s.start - s.step * rng_.range(0, 2) + rng_.range(-1, 1);
    else if (r <= 18)
        v = c.last + s.step * rng_.range(-1, 1) + rng_.range(-1, 1);
    else if (r == 19)
        v = rng_.range(kMin, kMax);
    else
        v = rng_.pick(std::vector<i128>{kMin, kMax, 0, 32767, -32768, 2147483647});
    return clamp64(v);
}

std::string IntGenerator::constant(const Case &c) {
    const std::string k = str(near(c));
    if (rng_.chance(0.07))
        return k + ".5";  // a numeric constant between two integers
    return k;
}

std::string IntGenerator::atom(const Case &c) {
    const Draw k = [&] { return constant(c); };
    const Draw list = [&] { return comma_list(rng_, 6, k); };
    const int kind = static_cast<int>(rng_.range(0, 17));
    if (kind < kComparisons)
        return comparison(kind, k);
    switch (kind) {
    case 9:
        return remainder_filter(c);
    case 10:
        return membership(Membership::In, list);
    case 11:
        return membership(Membership::NotIn, list);
    case 12:
        return "val IS NOT NULL";
    case 13:
        return "val IS NULL";
    case 14:
        return membership(Membership::AnyOf, list, "numeric");
    case 15:
        return "abs(val::numeric) < " + k();
    case 16:
        return "NOT (val > " + k() + ")";
    default:
        return "val::numeric * 2 + 1 > " + k();
    }
}

// A remainder filter: =, <>, an IN or NOT IN list of remainders or = ANY(array), by a divisor
// of either sign (ORs and ANDs of them come from condition()).
std::string IntGenerator::remainder_filter(const Case &c) {
    const std::string v = c.type.is_float ? "val::numeric" : "val";
    const i128 m = (rng_.chance(0.8) ? rng_.range(2, 10) : rng_.range(11, 1000000)) *
                   (rng_.chance(0.2) ? -1 : 1);
    const i128 top = abs128(m) - 1;
    const Draw remainder = [&] { return str(rng_.range(-top, top)); };
    switch (static_cast<int>(rng_.range(0, 4))) {
    case 0:
        return v + " % " + str(m) + " = " + remainder();
    case 1:
        return v + " % " + str(m) + " <> " + remainder();
    case 2:
        return v + " % " + str(m) + " IN (" + comma_list(rng_, 3, remainder) + ")";
    case 3:
        return v + " % " + str(m) + " NOT IN (" + comma_list(rng_, 3, remainder) + ")";
    default:
        return "mod(" + v + ", " + str(m) + ") = ANY (ARRAY[" + remainder() + ", " + remainder() +
               "])";
    }
}

std::string IntGenerator::where(const Case &c) {
    return where_clause(rng_, 0.1, [&] { return atom(c); });
}

// generate_series near the sequence, with at most ~10^4 values, for joins.
std::string IntGenerator::other_series(const Case &c) {
    const i128 a = near(c), b = near(c);
    const i128 lo = std::min(a, b), hi = std::max(a, b);
    i128 step = std::max<i128>(1, (hi - lo) / rng_.range(1, 10000));
    if (rng_.chance(0.5) && c.count > 0)
        step = std::max(step, abs128(c.spec.step) * rng_.range(1, 3));
    step = std::max(step, (hi - lo) / 10000 + 1);
    return bigint_series(lo, hi, clamp64(step));
}

void IntGenerator::query(Case &c) {
    std::string tmpl;  // {T} is the table, aliased t
    const i128 form = rng_.range(1, 100);
    c.ordered = false;
    const Draw draw_where = [&] { return where(c); };
    const Draw draw_series = [&] { return other_series(c); };
    if (form <= 55) {
        tmpl = rows_query(rng_, draw_where, c.ordered);
    } else if (form <= 65) {
        tmpl =
            "SELECT count(*), count(val), min(val), max(val), sum(val::numeric), "
            "count(DISTINCT val), avg(val::numeric)::numeric(40,6) FROM {T}" +
            where(c);
    } else if (form <= 70) {
        // The aggregates a seqint scan may answer in closed form, in the column's own
        // type: their text must match PostgreSQL's to the last digit.
        tmpl = "SELECT count(*), count(val), sum(val), avg(val), min(val), max(val) FROM {T}" +
               where(c);
    } else if (form <= 75) {
        const std::string v = c.type.is_float ? "val::numeric" : "val";
        tmpl = "SELECT " + v + " % 3 AS r, count(*), min(val), max(val) FROM {T}" + where(c) +
               " GROUP BY 1";
    } else if (form <= 82) {
        tmpl = window_query(rng_, draw_where);
    } else if (form <= 89) {
        tmpl = join_query(draw_series, draw_where);
    } else if (form <= 93) {
        // A join the planner removes never reads the table, nor raises its errors (as WHERE
        // false does not): drawn where the table answers, its rows are what it checks.
        tmpl = table_answers(c) ? unread_left_join_query(draw_series)
                                : join_query(draw_series, draw_where);
    } else {
        tmpl = semi_join_query(rng_, draw_series);
    }

    const std::string series = c.count == 0 ? "generate_series(1::bigint, 0::bigint)"
                                            : bigint_series(c.spec.start, c.last, c.spec.step);
    c.seq_query = on_table(tmpl);
    c.gen_query = render(tmpl, "(SELECT g::" + c.type.name + " AS val FROM " + series + " g) t");
}

}  // namespace seqint_oracle
