// query_shapes.hpp — the shapes of query both kinds of case draw: comma-separated lists,
// comparisons and memberships of val, WHERE conditions, the rows query (DISTINCT, ORDER BY,
// LIMIT, OFFSET), window functions, joins and semi-joins. What differs between the kinds
// (their constants, their atoms, the relation they join) is drawn by the Draw each passes.
// The queries are templates whose {T} is the table, aliased t (render(), sql_text.hpp).
#pragma once

#include <functional>
#include <string>

#include "numbers.hpp"
#include "rng.hpp"

namespace seqint_oracle {

// Draws a piece of SQL text: a constant, a list, an atom, a relation.
using Draw = std::function<std::string()>;

// An item, then up to most_more more, separated by ", ".
std::string comma_list(Rng &rng, i128 most_more, const Draw &item);

// The comparisons of val with constants, kinds 0 to kComparisons - 1: <, <=, >, >=, =, <>,
// BETWEEN, NOT BETWEEN and BETWEEN SYMMETRIC (the first kinds of both kinds' atoms).
constexpr int kComparisons = 9;
std::string comparison(int kind, const Draw &constant);

// val IN (list), val NOT IN (list), val = ANY (ARRAY[list]::array_type[]).
enum class Membership { In, NotIn, AnyOf };
std::string membership(Membership kind, const Draw &list, const std::string &array_type = "");

// A condition up to depth levels deep: three times in ten an AND or an OR of two, else
// not_chance a NOT of one, else an atom.
std::string condition(Rng &rng, int depth, double not_chance, const Draw &atom);

// " WHERE " and a condition two levels deep, three times in four; else nothing.
std::string where_clause(Rng &rng, double not_chance, const Draw &atom);

// SELECT [DISTINCT] val FROM {T}, its WHERE clause, and six times in ten ORDER BY val [DESC],
// then maybe LIMIT and OFFSET; ordered tells whether it orders the rows.
std::string rows_query(Rng &rng, const Draw &where, bool &ordered);

// val with row_number(), lag() and lead() over the values in either order.
std::string window_query(Rng &rng, const Draw &where);

// The table joined on val = x with another relation, series, of one column x.
std::string join_query(const Draw &series, const Draw &where);

// The table's values IN, or NOT IN, another relation, series, of one column x.
std::string semi_join_query(Rng &rng, const Draw &series);

// series LEFT JOINed to the table on x = val, reading nothing from the table: the planner
// removes the join when it knows the column unique, so the rows are series' own, once each,
// exactly when that claim is true; with repeated values they are repeated too.
std::string unread_left_join_query(const Draw &series);

}  // namespace seqint_oracle
