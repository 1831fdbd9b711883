// int_query.cpp — the query of an integer case: rows with WHERE / ORDER BY / LIMIT / OFFSET /
// DISTINCT, aggregates, GROUP BY, window functions, joins and semi-joins with
// generate_series, on the seqint table and on the oracle's relation.
#include <algorithm>
#include <vector>

#include "int_case.hpp"
#include "objects.hpp"
#include "sql_text.hpp"

namespace seqint_oracle {

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

std::string IntGenerator::in_list(const Case &c) {
    std::string list = constant(c);
    for (i128 n = rng_.range(0, 6); n > 0; --n)
        list += ", " + constant(c);
    return list;
}

std::string IntGenerator::atom(const Case &c) {
    const std::string v = c.type.is_float ? "val::numeric" : "val";
    switch (static_cast<int>(rng_.range(0, 17))) {
    case 0:
        return "val < " + constant(c);
    case 1:
        return "val <= " + constant(c);
    case 2:
        return "val > " + constant(c);
    case 3:
        return "val >= " + constant(c);
    case 4:
        return "val = " + constant(c);
    case 5:
        return "val <> " + constant(c);
    case 6:
        return "val BETWEEN " + constant(c) + " AND " + constant(c);
    case 7:
        return "val NOT BETWEEN " + constant(c) + " AND " + constant(c);
    case 8:
        return "val BETWEEN SYMMETRIC " + constant(c) + " AND " + constant(c);
    case 9: {
        // A remainder filter: =, <>, an IN list of remainders or = ANY(array), by a divisor
        // of either sign (ORs and ANDs of them come from condition()).
        const i128 m = (rng_.chance(0.8) ? rng_.range(2, 10) : rng_.range(11, 1000000)) *
                       (rng_.chance(0.2) ? -1 : 1);
        const i128 top = abs128(m) - 1;
        auto remainder = [&] { return str(rng_.range(-top, top)); };
        switch (static_cast<int>(rng_.range(0, 3))) {
        case 0:
            return v + " % " + str(m) + " = " + remainder();
        case 1:
            return v + " % " + str(m) + " <> " + remainder();
        case 2: {
            std::string list = remainder();
            for (i128 n = rng_.range(0, 3); n > 0; --n)
                list += ", " + remainder();
            return v + " % " + str(m) + " IN (" + list + ")";
        }
        default:
            return "mod(" + v + ", " + str(m) + ") = ANY (ARRAY[" + remainder() + ", " +
                   remainder() + "])";
        }
    }
    case 10:
        return "val IN (" + in_list(c) + ")";
    case 11:
        return "val NOT IN (" + in_list(c) + ")";
    case 12:
        return "val IS NOT NULL";
    case 13:
        return "val IS NULL";
    case 14:
        return "val = ANY (ARRAY[" + in_list(c) + "]::numeric[])";
    case 15:
        return "abs(val::numeric) < " + constant(c);
    case 16:
        return "NOT (val > " + constant(c) + ")";
    default:
        return "val::numeric * 2 + 1 > " + constant(c);
    }
}

std::string IntGenerator::condition(const Case &c, int depth) {
    if (depth > 0 && rng_.chance(0.3))
        return "(" + condition(c, depth - 1) + (rng_.chance(0.5) ? " AND " : " OR ") +
               condition(c, depth - 1) + ")";
    if (depth > 0 && rng_.chance(0.1))
        return "NOT (" + condition(c, depth - 1) + ")";
    return atom(c);
}

std::string IntGenerator::where(const Case &c) {
    return rng_.chance(0.25) ? "" : " WHERE " + condition(c, 2);
}

// generate_series near the sequence, with at most ~10^4 values, for joins.
std::string IntGenerator::other_series(const Case &c) {
    const i128 a = near(c), b = near(c);
    const i128 lo = std::min(a, b), hi = std::max(a, b);
    i128 step = std::max<i128>(1, (hi - lo) / rng_.range(1, 10000));
    if (rng_.chance(0.5) && c.count > 0)
        step = std::max(step, abs128(c.spec.step) * rng_.range(1, 3));
    step = std::max(step, (hi - lo) / 10000 + 1);
    return "generate_series('" + str(lo) + "'::bigint, '" + str(hi) + "'::bigint, '" +
           str(clamp64(step)) + "'::bigint)";
}

void IntGenerator::query(Case &c) {
    std::string tmpl;  // {T} is the table, aliased t
    const i128 form = rng_.range(1, 100);
    c.ordered = false;
    if (form <= 55) {
        const bool distinct = rng_.chance(0.1);
        tmpl = std::string("SELECT ") + (distinct ? "DISTINCT " : "") + "val FROM {T}" + where(c);
        if (rng_.chance(0.6)) {
            c.ordered = true;
            tmpl += rng_.chance(0.5) ? " ORDER BY val" : " ORDER BY val DESC";
            if (rng_.chance(0.5)) {
                if (rng_.chance(0.7))
                    tmpl += " LIMIT " +
                            str(rng_.chance(0.8) ? rng_.range(0, 20) : rng_.range(0, 200000));
                if (rng_.chance(0.5))
                    tmpl += " OFFSET " +
                            str(rng_.chance(0.8) ? rng_.range(0, 20) : rng_.range(0, 200000));
            }
        }
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
        tmpl = "SELECT val, row_number() OVER w, lag(val) OVER w, lead(val, 2) OVER w FROM {T}" +
               where(c) + " WINDOW w AS (ORDER BY val" + (rng_.chance(0.5) ? " DESC" : "") + ")";
    } else if (form <= 92) {
        tmpl = "SELECT t.val, x.x FROM {T} JOIN " + other_series(c) + " x(x) ON t.val = x.x" +
               where(c);
    } else {
        tmpl = "SELECT val FROM {T} WHERE val " + std::string(rng_.chance(0.5) ? "" : "NOT ") +
               "IN (SELECT x FROM " + other_series(c) + " x)";
    }

    std::string series;
    if (c.count == 0)
        series = "generate_series(1::bigint, 0::bigint)";
    else
        series = "generate_series('" + str(c.spec.start) + "'::bigint, '" + str(c.last) +
                 "'::bigint, '" + str(c.spec.step) + "'::bigint)";
    c.seq_query = render(tmpl, std::string(kTable) + " t");
    c.gen_query = render(tmpl, "(SELECT g::" + c.type.name + " AS val FROM " + series + " g) t");
}

}  // namespace seqint_oracle
