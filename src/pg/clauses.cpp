// clauses.cpp — recognizing `val OP expr`, `expr OP val`, `val = ANY(expr)` and ORs of them.
#include "pg/clauses.hpp"

#include <cfloat>
#include <initializer_list>

extern "C" {
#include "access/stratnum.h"
#include "catalog/pg_cast.h"
#include "utils/syscache.h"
#include "utils/typcache.h"
}

namespace {

// The btree operator families whose order on numbers is the numeric order.
enum class Family { integer, numeric, floating, other };

constexpr struct {
    Oid type;  // a type whose default btree family it is
    Family family;
} number_families[] = {
    {INT8OID, Family::integer}, {NUMERICOID, Family::numeric}, {FLOAT8OID, Family::floating}};

Oid
btree_family_of_type(Oid type)
{
    return lookup_type_cache(type, TYPECACHE_BTREE_OPFAMILY)->btree_opf;
}

Family
family_of_operator(Oid opno, int &strategy)
{
    for (const auto &f : number_families) {
        strategy = get_op_opfamily_strategy(opno, btree_family_of_type(f.type));
        if (strategy != 0)
            return f.family;
    }
    return Family::other;
}

bool
comparison_of_strategy(int strategy, seqint::Comparison &comparison)
{
    switch (strategy) {
    case BTLessStrategyNumber:
        comparison = seqint::Comparison::less;
        return true;
    case BTLessEqualStrategyNumber:
        comparison = seqint::Comparison::less_equal;
        return true;
    case BTEqualStrategyNumber:
        comparison = seqint::Comparison::equal;
        return true;
    case BTGreaterEqualStrategyNumber:
        comparison = seqint::Comparison::greater_equal;
        return true;
    case BTGreaterStrategyNumber:
        comparison = seqint::Comparison::greater;
        return true;
    default:
        return false;
    }
}

// A cast that keeps the order of every value it can meet and never fails: integers to
// wider integers, numeric or floating point, and real to double precision. Checked against
// pg_cast, so only the built-in cast function itself qualifies.
bool
is_widening_cast(const FuncExpr *cast)
{
    if (cast->funcformat != COERCE_IMPLICIT_CAST && cast->funcformat != COERCE_EXPLICIT_CAST)
        return false;
    const Oid source = getBaseType(exprType(static_cast<Node *>(linitial(cast->args))));
    const Oid target = cast->funcresulttype;
    auto widens = [&](std::initializer_list<Oid> targets) {
        for (Oid t : targets)
            if (t == target)
                return true;
        return false;
    };
    bool ok = false;
    switch (source) {
    case INT2OID:
        ok = widens({INT4OID, INT8OID, NUMERICOID, FLOAT4OID, FLOAT8OID});
        break;
    case INT4OID:
        ok = widens({INT8OID, NUMERICOID, FLOAT4OID, FLOAT8OID});
        break;
    case INT8OID:
        ok = widens({NUMERICOID, FLOAT4OID, FLOAT8OID});
        break;
    case FLOAT4OID:
        ok = widens({FLOAT8OID});
        break;
    default:
        break;
    }
    if (!ok)
        return false;
    HeapTuple tuple =
        SearchSysCache2(CASTSOURCETARGET, ObjectIdGetDatum(source), ObjectIdGetDatum(target));
    if (!HeapTupleIsValid(tuple))
        return false;
    const bool is_cast_function =
        reinterpret_cast<Form_pg_cast>(GETSTRUCT(tuple))->castfunc == cast->funcid;
    ReleaseSysCache(tuple);
    return is_cast_function;
}

}  // namespace

bool
seqint_is_column_through_casts(Expr *expr, Index relid, const SeqintColumn &column,
                               bool *through_float4)
{
    Node *node = reinterpret_cast<Node *>(expr);
    for (;;) {
        if (IsA(node, RelabelType)) {
            node = reinterpret_cast<Node *>(castNode(RelabelType, node)->arg);
        } else if (IsA(node, FuncExpr) && list_length(castNode(FuncExpr, node)->args) == 1 &&
                   is_widening_cast(castNode(FuncExpr, node))) {
            *through_float4 |= castNode(FuncExpr, node)->funcresulttype == FLOAT4OID;
            node = static_cast<Node *>(linitial(castNode(FuncExpr, node)->args));
        } else {
            break;
        }
    }
    return seqint_is_column_expr(reinterpret_cast<Expr *>(node), relid, column);
}

namespace {

// An operand the executor can evaluate once per scan: it must not read this relation or
// change between rows.
bool
is_scan_constant(PlannerInfo *root, Node *operand, Index relid)
{
    return !bms_is_member(relid, seqint_pull_varnos(root, operand)) &&
           !contain_volatile_functions(operand);
}

// The bound of `left OP right` when one side is the column, or nothing.
bool
bound_of_comparison(PlannerInfo *root, Oid opno, Node *left, Node *right, bool is_array,
                    Index relid, const SeqintColumn &column, SeqintPushedClause &out)
{
    int strategy = 0;
    const Family family = family_of_operator(opno, strategy);
    if (family == Family::other || !comparison_of_strategy(strategy, out.bound.comparison))
        return false;

    bool through_float4 = false;
    Node *operand;
    if (seqint_is_column_through_casts(reinterpret_cast<Expr *>(left), relid, column,
                                       &through_float4)) {
        operand = right;
    } else if (!is_array && seqint_is_column_through_casts(reinterpret_cast<Expr *>(right), relid,
                                                           column, &through_float4)) {
        operand = left;
        out.bound.comparison = seqint::commuted(out.bound.comparison);
    } else {
        return false;
    }
    if (is_array && out.bound.comparison != seqint::Comparison::equal)
        return false;
    if (!is_scan_constant(root, operand, relid))
        return false;
    Oid operand_type = exprType(operand);
    if (is_array && !OidIsValid(operand_type = get_element_type(getBaseType(operand_type))))
        return false;
    if (!seqint_number_type_of(getBaseType(operand_type), out.bound.operand_type))
        return false;

    out.bound.is_array = is_array;
    out.operand = reinterpret_cast<Expr *>(operand);
    if (family == Family::floating) {
        // Rounding to float keeps the order but merges neighbours: the bound is right only
        // where every integer is a float, and the clause stays a filter.
        const bool float4 = through_float4 || column.kind == SeqintNumberType::float4;
        out.bound.float_bits = float4 ? FLT_MANT_DIG : DBL_MANT_DIG;
        out.bound.exact = false;
    } else {
        out.bound.float_bits = 0;
        out.bound.exact = column.holds_exact_values;
    }
    return column.holds_exact_values || family == Family::floating;
}

// The bound of one comparison clause (not AND/OR), or nothing.
bool
bound_of_simple_clause(PlannerInfo *root, Expr *clause, Index relid, const SeqintColumn &column,
                       SeqintPushedClause &out)
{
    out = SeqintPushedClause{};
    if (IsA(clause, OpExpr)) {
        const OpExpr *op = castNode(OpExpr, clause);
        return list_length(op->args) == 2 &&
               bound_of_comparison(root, op->opno, static_cast<Node *>(linitial(op->args)),
                                   static_cast<Node *>(lsecond(op->args)), false, relid, column,
                                   out);
    }
    if (IsA(clause, ScalarArrayOpExpr)) {
        const ScalarArrayOpExpr *op = castNode(ScalarArrayOpExpr, clause);
        return op->useOr &&
               bound_of_comparison(root, op->opno, static_cast<Node *>(linitial(op->args)),
                                   static_cast<Node *>(lsecond(op->args)), true, relid, column,
                                   out);
    }
    return false;
}

List *
append_bound(List *bounds, const SeqintPushedClause &clause)
{
    auto *copy = static_cast<SeqintPushedClause *>(palloc(sizeof(SeqintPushedClause)));
    *copy = clause;
    return lappend(bounds, copy);
}

// An OR of branches, each a comparison or an AND of comparisons (BETWEEN SYMMETRIC is one):
// the scan walks the hull of the branches' ranges. Every branch must be bounded, or the hull
// is everything. Arrays inside ORs are not pushed.
List *
bounds_of_or(PlannerInfo *root, BoolExpr *or_clause, Index relid, const SeqintColumn &column,
             int group)
{
    List *bounds = NIL;
    int branch = 0;
    ListCell *lc;
    foreach (lc, or_clause->args) {
        ++branch;
        Expr *arm = static_cast<Expr *>(lfirst(lc));
        List *terms = is_andclause(arm) ? castNode(BoolExpr, arm)->args : list_make1(arm);
        bool bounded = false;
        ListCell *tc;
        foreach (tc, terms) {
            SeqintPushedClause term;
            if (!bound_of_simple_clause(root, static_cast<Expr *>(lfirst(tc)), relid, column,
                                        term) ||
                term.bound.is_array)
                continue;  // an unbounded term of an AND branch only loosens the hull
            term.bound.or_group = static_cast<int16>(group);
            term.bound.or_branch = static_cast<int16>(branch);
            term.bound.exact = false;
            bounds = append_bound(bounds, term);
            bounded = true;
        }
        if (!bounded) {
            list_free_deep(bounds);
            return NIL;
        }
    }
    return bounds;
}

}  // namespace

bool
seqint_is_number_opfamily(Oid opfamily)
{
    for (const auto &f : number_families)
        if (btree_family_of_type(f.type) == opfamily)
            return true;
    return false;
}

bool
seqint_is_column_expr(Expr *expr, Index relid, const SeqintColumn &column)
{
    while (IsA(expr, RelabelType))
        expr = castNode(RelabelType, expr)->arg;
    if (!IsA(expr, Var))
        return false;
    const Var *var = castNode(Var, expr);
    return static_cast<Index>(var->varno) == relid && var->varattno == column.index + 1 &&
           var->varlevelsup == 0;
}

List *
seqint_clause_bounds(PlannerInfo *root, Expr *clause, Index relid, const SeqintColumn &column,
                     int *or_groups)
{
    // A domain's CHECK must see every value, as a scan without bounds shows it each one.
    if (column.has_checks)
        return NIL;
    if (is_orclause(clause)) {
        if (*or_groups >= PG_INT16_MAX)
            return NIL;
        List *bounds =
            bounds_of_or(root, castNode(BoolExpr, clause), relid, column, *or_groups + 1);
        if (bounds != NIL)
            ++*or_groups;
        return bounds;
    }
    SeqintPushedClause pushed;
    if (!bound_of_simple_clause(root, clause, relid, column, pushed))
        return NIL;
    return append_bound(NIL, pushed);
}

bool
seqint_bounds_are_exact(List *clause_bounds)
{
    ListCell *lc;
    foreach (lc, clause_bounds)
        if (!static_cast<SeqintPushedClause *>(lfirst(lc))->bound.exact)
            return false;
    return clause_bounds != NIL;
}
