// query_shapes.cpp — the query shapes both kinds of case draw (see query_shapes.hpp).
#include "query_shapes.hpp"

namespace seqint_oracle {

namespace {

// A LIMIT's or an OFFSET's count: mostly small, sometimes past the values.
std::string row_count(Rng &rng) {
    return str(rng.chance(0.8) ? rng.range(0, 20) : rng.range(0, 200000));
}

}  // namespace

std::string comma_list(Rng &rng, i128 most_more, const Draw &item) {
    std::string items = item();
    for (i128 n = rng.range(0, most_more); n > 0; --n)
        items += ", " + item();
    return items;
}

std::string comparison(int kind, const Draw &constant) {
    switch (kind) {
    case 0:
        return "val < " + constant();
    case 1:
        return "val <= " + constant();
    case 2:
        return "val > " + constant();
    case 3:
        return "val >= " + constant();
    case 4:
        return "val = " + constant();
    case 5:
        return "val <> " + constant();
    case 6:
        return "val BETWEEN " + constant() + " AND " + constant();
    case 7:
        return "val NOT BETWEEN " + constant() + " AND " + constant();
    default:
        return "val BETWEEN SYMMETRIC " + constant() + " AND " + constant();
    }
}

std::string membership(Membership kind, const Draw &list, const std::string &array_type) {
    switch (kind) {
    case Membership::In:
        return "val IN (" + list() + ")";
    case Membership::NotIn:
        return "val NOT IN (" + list() + ")";
    default:
        return "val = ANY (ARRAY[" + list() + "]::" + array_type + "[])";
    }
}

std::string condition(Rng &rng, int depth, double not_chance, const Draw &atom) {
    if (depth > 0 && rng.chance(0.3))
        return "(" + condition(rng, depth - 1, not_chance, atom) +
               (rng.chance(0.5) ? " AND " : " OR ") + condition(rng, depth - 1, not_chance, atom) +
               ")";
    if (depth > 0 && rng.chance(not_chance))
        return "NOT (" + condition(rng, depth - 1, not_chance, atom) + ")";
    return atom();
}

std::string where_clause(Rng &rng, double not_chance, const Draw &atom) {
    return rng.chance(0.25) ? "" : " WHERE " + condition(rng, 2, not_chance, atom);
}

std::string rows_query(Rng &rng, const Draw &where, bool &ordered) {
    const bool distinct = rng.chance(0.1);
    std::string tmpl =
        std::string("SELECT ") + (distinct ? "DISTINCT " : "") + "val FROM {T}" + where();
    ordered = rng.chance(0.6);
    if (ordered) {
        tmpl += rng.chance(0.5) ? " ORDER BY val" : " ORDER BY val DESC";
        if (rng.chance(0.5)) {
            if (rng.chance(0.7))
                tmpl += " LIMIT " + row_count(rng);
            if (rng.chance(0.5))
                tmpl += " OFFSET " + row_count(rng);
        }
    }
    return tmpl;
}

std::string window_query(Rng &rng, const Draw &where) {
    return "SELECT val, row_number() OVER w, lag(val) OVER w, lead(val, 2) OVER w FROM {T}" +
           where() + " WINDOW w AS (ORDER BY val" + (rng.chance(0.5) ? " DESC" : "") + ")";
}

std::string join_query(const Draw &series, const Draw &where) {
    return "SELECT t.val, x.x FROM {T} JOIN " + series() + " x(x) ON t.val = x.x" + where();
}

std::string unread_left_join_query(const Draw &series) {
    return "SELECT x.x FROM " + series() + " x(x) LEFT JOIN {T} ON t.val = x.x";
}

std::string semi_join_query(Rng &rng, const Draw &series) {
    return "SELECT val FROM {T} WHERE val " + std::string(rng.chance(0.5) ? "" : "NOT ") +
           "IN (SELECT x FROM " + series() + " x)";
}

}  // namespace seqint_oracle
