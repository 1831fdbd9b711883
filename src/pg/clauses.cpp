// clauses.cpp — recognizing `val OP expr`, `expr OP val`, `val = ANY(expr)`, IS [NOT] NULL and
// ORs of comparisons: what one clause pushes into a scan.
#include "pg/clauses.hpp"

#include "pg/time_bounds.hpp"

#include <cfloat>
#include <initializer_list>

extern "C" {
#include "access/stratnum.h"
#include "catalog/pg_cast.h"
#include "optimizer/clauses.h"
#include "utils/syscache.h"
#include "utils/typcache.h"
}

namespace {

// The btree operator families whose order seqint knows: the numeric order of numbers, and
// the order of time of datetime_ops (date, timestamp and timestamptz, across each other).
enum class Family { integer, numeric, floating, time, other };

constexpr struct {
    Oid type;  // a type whose default btree family it is
    Family family;
} value_families[] = {{INT8OID, Family::integer},
                      {NUMERICOID, Family::numeric},
                      {FLOAT8OID, Family::floating},
                      {TIMESTAMPOID, Family::time}};

Oid
btree_family_of_type(Oid type)
{
    return lookup_type_cache(type, TYPECACHE_BTREE_OPFAMILY)->btree_opf;
}

Family
family_of_operator(Oid opno, int &strategy)
{
    for (const auto &f : value_families) {
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
            if (through_float4 != nullptr)
                *through_float4 |= castNode(FuncExpr, node)->funcresulttype == FLOAT4OID;
            node = static_cast<Node *>(linitial(castNode(FuncExpr, node)->args));
        } else {
            break;
        }
    }
    return seqint_is_column_expr(reinterpret_cast<Expr *>(node), relid, column);
}

namespace {

// An operand the executor can evaluate once, before the scan's first value: it reads no
// column of this relation and does not change between rows.
bool
is_evaluable_before_scan(PlannerInfo *root, Node *operand, Index relid)
{
    return !bms_is_member(relid, seqint_pull_varnos(root, operand)) &&
           !contain_volatile_functions(operand);
}

// The bound of `left OP right` (of `left OP ANY(right)` for an IN list) when one side is the
// column, or false.
bool
bound_of_comparison(PlannerInfo *root, Oid opno, Node *left, Node *right, SeqintBoundKind kind,
                    Index relid, const SeqintColumn &column, SeqintPushedBound &out)
{
    int strategy = 0;
    const Family family = family_of_operator(opno, strategy);
    if (family == Family::other || !comparison_of_strategy(strategy, out.bound.comparison))
        return false;

    const bool in_list = kind == SeqintBoundKind::in_list;
    bool through_float4 = false;
    Node *operand;
    if (seqint_is_column_through_casts(reinterpret_cast<Expr *>(left), relid, column,
                                       &through_float4)) {
        operand = right;
    } else if (!in_list && seqint_is_column_through_casts(reinterpret_cast<Expr *>(right), relid,
                                                          column, &through_float4)) {
        operand = left;
        out.bound.comparison = seqint::commuted(out.bound.comparison);
    } else {
        return false;
    }
    if (in_list && out.bound.comparison != seqint::Comparison::equal)
        return false;
    if (!is_evaluable_before_scan(root, operand, relid))
        return false;
    Oid operand_type = exprType(operand);
    if (in_list && !OidIsValid(operand_type = get_element_type(getBaseType(operand_type))))
        return false;
    if (!seqint_value_type_of(getBaseType(operand_type), out.bound.operand_type))
        return false;

    out.bound.kind = kind;
    out.operand = reinterpret_cast<Expr *>(operand);
    if ((family == Family::time) != seqint_is_time(column.kind) ||
        (family == Family::time) != seqint_is_time(out.bound.operand_type))
        return false;
    if (family == Family::time) {
        out.bound.float_bits = 0;
        out.exact = seqint_time_bound_is_exact(column.kind, out.bound.operand_type);
        return out.exact || !in_list;  // an inexact IN list would walk a day per member
    }
    if (family == Family::floating) {
        // Rounding to float keeps the order but merges neighbours: the bound is right only
        // where every integer is a float, and the clause stays a filter.
        const bool float4 = through_float4 || column.kind == SeqintValueType::float4;
        out.bound.float_bits = float4 ? FLT_MANT_DIG : DBL_MANT_DIG;
        out.exact = false;
    } else {
        out.bound.float_bits = 0;
        out.exact = column.holds_exact_values;
    }
    return column.holds_exact_values || family == Family::floating;
}

// The bound of one comparison (an OpExpr, or a ScalarArrayOpExpr with ANY), or false.
bool
bound_of_comparison_clause(PlannerInfo *root, Expr *clause, Index relid, const SeqintColumn &column,
                           SeqintPushedBound &out)
{
    out = SeqintPushedBound{};
    if (IsA(clause, OpExpr)) {
        const OpExpr *op = castNode(OpExpr, clause);
        return list_length(op->args) == 2 &&
               bound_of_comparison(root, op->opno, static_cast<Node *>(linitial(op->args)),
                                   static_cast<Node *>(lsecond(op->args)),
                                   SeqintBoundKind::comparison, relid, column, out);
    }
    if (IsA(clause, ScalarArrayOpExpr)) {
        const ScalarArrayOpExpr *op = castNode(ScalarArrayOpExpr, clause);
        return op->useOr &&
               bound_of_comparison(root, op->opno, static_cast<Node *>(linitial(op->args)),
                                   static_cast<Node *>(lsecond(op->args)), SeqintBoundKind::in_list,
                                   relid, column, out);
    }
    return false;
}

List *
append_bound(List *branch, const SeqintPushedBound &bound)
{
    auto *copy = static_cast<SeqintPushedBound *>(palloc(sizeof(SeqintPushedBound)));
    *copy = bound;
    return lappend(branch, copy);
}

// `val IS NULL` matches nothing, a comparison with NULL: one bound whose operand is NULL.
// `val IS NOT NULL` matches everything: no bound at all. Both are exact.
bool
classify_null_test(const NullTest *test, Index relid, const SeqintColumn &column,
                   SeqintPushedClause &out)
{
    if (test->argisrow || !seqint_is_column_through_casts(test->arg, relid, column))
        return false;
    out.exact = true;
    if (test->nulltesttype == IS_NOT_NULL)
        return true;
    SeqintPushedBound never{};
    never.bound.kind = SeqintBoundKind::comparison;
    never.bound.comparison = seqint::Comparison::equal;
    never.bound.operand_type = SeqintValueType::int8;
    never.operand = reinterpret_cast<Expr *>(makeNullConst(INT8OID, -1, InvalidOid));
    never.exact = true;
    out.branches = list_make1(append_bound(NIL, never));
    return true;
}

// Whether `funcid` is PostgreSQL's remainder of two integers of one type: the functions of
// the % operators and of mod(), which truncate and give INT_MIN % -1 = 0.
bool
is_integer_remainder_function(Oid funcid)
{
    switch (funcid) {
    case F_INT2MOD:
    case F_INT4MOD:
    case F_INT8MOD:
    case F_MOD_INT2_INT2:
    case F_MOD_INT4_INT4:
    case F_MOD_INT8_INT8:
        return true;
    default:
        return false;
    }
}

// The divisor of `val % m` or `mod(val, m)` on an integer column (seen through widening
// casts to wider integers, which keep every value), or null.
Node *
divisor_of(Node *node, Index relid, const SeqintColumn &column)
{
    Oid funcid;
    List *args;
    if (IsA(node, OpExpr)) {
        funcid = get_opcode(castNode(OpExpr, node)->opno);
        args = castNode(OpExpr, node)->args;
    } else if (IsA(node, FuncExpr)) {
        funcid = castNode(FuncExpr, node)->funcid;
        args = castNode(FuncExpr, node)->args;
    } else {
        return nullptr;
    }
    if (!is_integer_remainder_function(funcid) || list_length(args) != 2 ||
        !seqint_is_column_through_casts(static_cast<Expr *>(linitial(args)), relid, column))
        return nullptr;
    return static_cast<Node *>(lsecond(args));
}

bool
is_integer_column(const SeqintColumn &column)
{
    return column.kind == SeqintValueType::int2 || column.kind == SeqintValueType::int4 ||
           column.kind == SeqintValueType::int8;
}

// Whether `opno` is `<>` of integers: the negator of an integer equality.
bool
is_integer_inequality(Oid opno)
{
    const Oid negator = get_negator(opno);
    int strategy = 0;
    return OidIsValid(negator) && family_of_operator(negator, strategy) == Family::integer &&
           strategy == BTEqualStrategyNumber;
}

// The bounds of a remainder filter on an integer column, with m and r integers evaluable before
// the scan: `(val % m) = r`, `r = mod(val, m)` and the like, a modulus bound and a remainder
// bound; with `periodic`, also `val % m <> r`, `(val % m) = ANY(array)` (an IN list) and
// `(val % m) <> ALL(array)` (NOT IN), and,
// with `constant_divisor`, only when m is a constant. A constant m of 0 is left to PostgreSQL,
// which raises division by zero on the first row as usual.
bool
remainder_bounds(PlannerInfo *root, Expr *clause, Index relid, const SeqintColumn &column,
                 bool periodic, bool constant_divisor, SeqintPushedBound &modulus,
                 SeqintPushedBound &equals)
{
    if (!is_integer_column(column))
        return false;
    Node *left, *right;
    Oid opno;
    SeqintBoundKind kind = SeqintBoundKind::remainder;
    if (IsA(clause, OpExpr) && list_length(castNode(OpExpr, clause)->args) == 2) {
        opno = castNode(OpExpr, clause)->opno;
        left = static_cast<Node *>(linitial(castNode(OpExpr, clause)->args));
        right = static_cast<Node *>(lsecond(castNode(OpExpr, clause)->args));
    } else if (periodic && IsA(clause, ScalarArrayOpExpr)) {
        const ScalarArrayOpExpr *op = castNode(ScalarArrayOpExpr, clause);
        opno = op->opno;
        left = static_cast<Node *>(linitial(op->args));
        right = static_cast<Node *>(lsecond(op->args));
        kind = op->useOr ? SeqintBoundKind::remainder_in : SeqintBoundKind::remainder_not_in;
    } else {
        return false;
    }
    // `=` and `= ANY` name the remainders to keep, `<>` and `<> ALL` those to leave out.
    int strategy = 0;
    const bool equality =
        family_of_operator(opno, strategy) == Family::integer && strategy == BTEqualStrategyNumber;
    const bool inequality = periodic && is_integer_inequality(opno);
    if (kind == SeqintBoundKind::remainder && inequality)
        kind = SeqintBoundKind::remainder_not;
    else if (kind == SeqintBoundKind::remainder_not_in ? !inequality : !equality)
        return false;
    Node *divisor = divisor_of(left, relid, column);
    Node *remainder = right;
    if (divisor == nullptr && !seqint_remainders_in_array(kind)) {
        divisor = divisor_of(right, relid, column);
        remainder = left;
    }
    if (divisor == nullptr || !is_evaluable_before_scan(root, divisor, relid) ||
        !is_evaluable_before_scan(root, remainder, relid))
        return false;
    if (constant_divisor && !IsA(divisor, Const))
        return false;
    modulus = SeqintPushedBound{};
    equals = SeqintPushedBound{};
    Oid remainder_type = getBaseType(exprType(remainder));
    if (seqint_remainders_in_array(kind) &&
        !OidIsValid(remainder_type = get_element_type(remainder_type)))
        return false;
    if (!seqint_value_type_of(getBaseType(exprType(divisor)), modulus.bound.operand_type) ||
        !seqint_value_type_of(getBaseType(remainder_type), equals.bound.operand_type))
        return false;
    if (IsA(divisor, Const) && !castNode(Const, divisor)->constisnull &&
        castNode(Const, divisor)->constvalue == 0)
        return false;  // a zero of int2, int4 or int8: by-value Datums, zero-extended
    modulus.bound.kind = SeqintBoundKind::modulus;
    modulus.bound.comparison = seqint::Comparison::equal;
    modulus.operand = reinterpret_cast<Expr *>(divisor);
    modulus.exact = true;
    equals.bound.kind = kind;
    equals.bound.comparison = seqint::Comparison::equal;
    equals.operand = reinterpret_cast<Expr *>(remainder);
    equals.exact = true;
    return true;
}

// A remainder filter as a clause: one branch of a modulus bound and a remainder bound, exact.
bool
classify_remainder(PlannerInfo *root, Expr *clause, Index relid, const SeqintColumn &column,
                   bool periodic, SeqintPushedClause &out)
{
    SeqintPushedBound modulus, equals;
    if (!remainder_bounds(root, clause, relid, column, periodic, false, modulus, equals))
        return false;
    out.branches = list_make1(append_bound(append_bound(NIL, modulus), equals));
    out.exact = true;
    out.periodic = equals.bound.kind != SeqintBoundKind::remainder;
    return true;
}

// An OR of arms, each a comparison, an AND of comparisons (BETWEEN SYMMETRIC is one) or an
// IS [NOT] NULL: a branch per arm. Every arm must give a bound, or the OR bounds nothing. An
// arm is exact when each of its terms is an exact bound; IN lists of values inside ORs are not
// pushed. With `periodic`, remainder filters by constant divisors are terms too (=, <>, IN).
bool
classify_or(PlannerInfo *root, BoolExpr *or_clause, Index relid, const SeqintColumn &column,
            bool periodic, SeqintPushedClause &out)
{
    bool exact = true;
    List *branches = NIL;
    ListCell *lc;
    foreach (lc, or_clause->args) {
        Expr *arm = static_cast<Expr *>(lfirst(lc));
        SeqintPushedClause null_test{};
        if (IsA(arm, NullTest) &&
            classify_null_test(castNode(NullTest, arm), relid, column, null_test)) {
            if (null_test.branches == NIL) {  // IS NOT NULL: the OR holds for every value
                out.branches = NIL;
                out.exact = true;
                return true;
            }
            branches = list_concat(branches, null_test.branches);  // IS NULL: an empty branch
            continue;
        }
        List *terms = is_andclause(arm) ? castNode(BoolExpr, arm)->args : list_make1(arm);
        List *branch = NIL;
        ListCell *tc;
        foreach (tc, terms) {
            SeqintPushedBound bound, remainder;
            if (periodic && remainder_bounds(root, static_cast<Expr *>(lfirst(tc)), relid, column,
                                             true, true, bound, remainder)) {
                branch = append_bound(append_bound(branch, bound), remainder);
                out.periodic = true;
                continue;
            }
            if (!bound_of_comparison_clause(root, static_cast<Expr *>(lfirst(tc)), relid, column,
                                            bound) ||
                bound.bound.kind != SeqintBoundKind::comparison) {
                exact = false;  // a term left out only loosens its branch
                continue;
            }
            exact &= bound.exact;
            branch = append_bound(branch, bound);
        }
        if (branch == NIL)
            return false;
        branches = lappend(branches, branch);
    }
    out.branches = branches;
    out.exact = exact;
    return true;
}

// Whether every operand of the clause's bounds is a Const.
bool
operands_are_constants(const SeqintPushedClause &clause)
{
    ListCell *bc;
    foreach (bc, clause.branches) {
        ListCell *lc;
        foreach (lc, static_cast<List *>(lfirst(bc)))
            if (!IsA(static_cast<SeqintPushedBound *>(lfirst(lc))->operand, Const))
                return false;
    }
    return true;
}

}  // namespace

bool
seqint_is_value_opfamily(Oid opfamily)
{
    for (const auto &f : value_families)
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

bool
seqint_is_column_remainder(PlannerInfo *root, Expr *expr, Index relid, const SeqintColumn &column)
{
    Node *divisor = divisor_of(reinterpret_cast<Node *>(expr), relid, column);
    return is_integer_column(column) && divisor != nullptr &&
           is_evaluable_before_scan(root, divisor, relid);
}

SeqintPushedClause *
seqint_classify_clause(PlannerInfo *root, RestrictInfo *rinfo, Index relid,
                       const SeqintColumn &column, bool periodic)
{
    auto *pushed = static_cast<SeqintPushedClause *>(palloc0(sizeof(SeqintPushedClause)));
    pushed->rinfo = rinfo;
    // A domain's CHECK must see every value, as a scan without bounds shows it each one.
    // A pseudoconstant clause is PostgreSQL's to check, once, above the scan.
    if (column.has_checks || rinfo->pseudoconstant)
        return pushed;
    Expr *clause = rinfo->clause;
    bool found;
    if (IsA(clause, NullTest)) {
        found = classify_null_test(castNode(NullTest, clause), relid, column, *pushed);
    } else if (is_orclause(clause)) {
        found = classify_or(root, castNode(BoolExpr, clause), relid, column, periodic, *pushed);
    } else if (classify_remainder(root, clause, relid, column, periodic, *pushed)) {
        found = true;
    } else {
        SeqintPushedBound bound;
        found = bound_of_comparison_clause(root, clause, relid, column, bound);
        if (found) {
            pushed->branches = list_make1(append_bound(NIL, bound));
            pushed->exact = bound.exact;
        }
    }
    if (!found) {
        pushed->branches = NIL;
        pushed->exact = false;
        pushed->periodic = false;
    }
    pushed->known = operands_are_constants(*pushed);
    return pushed;
}

Expr *
seqint_column_first(Expr *clause, Index relid, const SeqintColumn &column)
{
    if (IsA(clause, BoolExpr)) {
        auto *copy = static_cast<BoolExpr *>(copyObjectImpl(clause));
        ListCell *lc;
        foreach (lc, copy->args)
            lfirst(lc) = seqint_column_first(static_cast<Expr *>(lfirst(lc)), relid, column);
        return reinterpret_cast<Expr *>(copy);
    }
    if (!IsA(clause, OpExpr) || list_length(castNode(OpExpr, clause)->args) != 2)
        return clause;
    const OpExpr *op = castNode(OpExpr, clause);
    // The column's side: the column, or its remainder (o.r = val % 7 prints val % 7 = o.r).
    auto column_side = [&](void *side) {
        return seqint_is_column_through_casts(static_cast<Expr *>(side), relid, column) ||
               divisor_of(static_cast<Node *>(side), relid, column) != nullptr;
    };
    if (column_side(linitial(op->args)) || !column_side(lsecond(op->args)) ||
        !OidIsValid(get_commutator(op->opno)))
        return clause;
    auto *copy = static_cast<OpExpr *>(copyObjectImpl(op));
    CommuteOpExpr(copy);
    return reinterpret_cast<Expr *>(copy);
}
