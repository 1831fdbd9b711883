// upper.cpp — LIMIT/OFFSET and aggregates answered by the scan itself (GetForeignUpperPaths).
//
// A seqint table knows its values in closed form, so once every WHERE clause is an exact
// bound, OFFSET n is a jump and count/sum/min/max/avg are formulas. These become
// ForeignScans of upper relations (scanrelid 0): their output columns are fdw_scan_tlist —
// the column itself for LIMIT, the Aggrefs for aggregates — and PostgreSQL projects the
// query's target list on top of them.
#include "pg/upper.hpp"
#include "pg/aggregates.hpp"
#include "pg/callbacks.hpp"
#include "pg/clauses.hpp"
#include "pg/pathkeys.hpp"
#include "pg/plan_state.hpp"
#include "pg/scan_plan.hpp"

namespace {

// upper_rel->fdw_private of an upper relation seqint answers.
struct SeqintUpperState {
    RelOptInfo *base;       // the seqint relation underneath
    SeqintScanKind kind;    // limited or aggregates
    List *aggrefs;          // for aggregates: the scan's output columns
    List *aggregate_kinds;  // IntList: their SeqintAggregate, in the same order
};

// Whether a LIMIT or OFFSET expression can be evaluated once, at the start of the scan: it
// reads no column at all and does not change between rows.
bool
is_evaluable_before_scan(Node *expr)
{
    return expr == nullptr || (!contain_var_clause(expr) && !contain_volatile_functions(expr));
}

// Whether every Var in `exprs` is the seqint column (no whole-row or system columns, which
// an upper scan does not produce).
bool
uses_only_column(List *exprs, RelOptInfo *base)
{
    List *vars = pull_var_clause(reinterpret_cast<Node *>(exprs), PVC_INCLUDE_PLACEHOLDERS);
    ListCell *lc;
    foreach (lc, vars)
        if (!seqint_is_column_expr(static_cast<Expr *>(lfirst(lc)), base->relid,
                                   seqint_plan_state(base)->column))
            return false;
    return true;
}

// The direction that delivers ORDER BY, or false if the order is not one the scan can give.
bool
direction_for_sort(PlannerInfo *root, RelOptInfo *base, seqint::Direction &direction)
{
    const SeqintPlanState *state = seqint_plan_state(base);
    direction = seqint::Direction::forward;
    if (root->sort_pathkeys == NIL)
        return true;
    if (list_length(root->sort_pathkeys) != 1)
        return false;
    auto *pathkey = static_cast<PathKey *>(linitial(root->sort_pathkeys));
    bool ascending;
    if (!seqint_pathkey_orders_column(pathkey, base->relid, state->column, &ascending))
        return false;
    direction = seqint_direction_for(state->spec, ascending);
    return true;
}

// The seqint relation a FINAL-stage query reads, when it reads one and nothing else.
RelOptInfo *
single_seqint_relation(PlannerInfo *root, RelOptInfo *input_rel)
{
    if (seqint_plan_state(input_rel) != nullptr)
        return input_rel;
    int relid;
    if (!bms_get_singleton_member(root->all_baserels, &relid))
        return nullptr;
    RelOptInfo *base = root->simple_rel_array[relid];
    return base != nullptr && seqint_plan_state(base) != nullptr ? base : nullptr;
}

/*
 * add_limit_path
 *		SELECT … FROM seqint [WHERE exact bounds] [ORDER BY val] LIMIT … OFFSET …: the scan
 *		skips OFFSET values in O(1) and stops after LIMIT.
 */
void
add_limit_path(PlannerInfo *root, RelOptInfo *input_rel, RelOptInfo *final_rel,
               FinalPathExtraData *extra)
{
    const Query *parse = root->parse;
    if (!extra->limit_needed || parse->hasAggs || parse->groupClause != NIL ||
        parse->groupingSets != NIL || root->hasHavingQual || parse->hasWindowFuncs ||
        parse->distinctClause != NIL || parse->setOperations != nullptr || parse->hasTargetSRFs ||
        parse->rowMarks != NIL || parse->limitOption == LIMIT_OPTION_WITH_TIES)
        return;
    RelOptInfo *base = single_seqint_relation(root, input_rel);
    if (base == nullptr || !bms_is_empty(base->lateral_relids))
        return;
    const SeqintPlanState *state = seqint_plan_state(base);
    if (state->column.has_checks)
        return;  // OFFSET would skip values the domain's CHECK must see
    seqint::Direction direction;
    PathTarget *target = root->upper_targets[UPPERREL_FINAL];
    if (!state->quals_exact || !direction_for_sort(root, base, direction) ||
        !is_evaluable_before_scan(parse->limitOffset) ||
        !is_evaluable_before_scan(parse->limitCount) || !uses_only_column(target->exprs, base))
        return;

    auto *upper = static_cast<SeqintUpperState *>(palloc0(sizeof(SeqintUpperState)));
    upper->base = base;
    upper->kind = SeqintScanKind::limited;
    final_rel->fdw_private = upper;

    // preprocess_limit's estimates: 0 for no OFFSET or LIMIT, −1 for an unknown one, which
    // create_limit_path takes as 10% of the rows; do the same, so the costs compare.
    const double input_rows = state->candidates;
    double rows = input_rows;
    if (extra->offset_est != 0)
        rows -= extra->offset_est > 0 ? extra->offset_est : clamp_row_est(input_rows * 0.10);
    rows = Max(rows, 0.0);
    if (extra->count_est > 0)
        rows = Min(rows, static_cast<double>(extra->count_est));
    else if (extra->count_est < 0)
        rows = clamp_row_est(input_rows * 0.10);
    rows = clamp_row_est(rows);
    const Cost startup = target->cost.startup;
    const Cost total = startup + (cpu_tuple_cost + target->cost.per_tuple) * rows;
    add_path(final_rel, reinterpret_cast<Path *>(seqint_create_foreign_upper_path(
                            root, final_rel, target, rows, startup, total, root->sort_pathkeys,
                            seqint_path_private(direction))));
}

/*
 * add_aggregate_path
 *		SELECT count(*), sum(val), … FROM seqint [WHERE exact bounds], without GROUP BY: one
 *		row, computed from the bounds alone.
 */
void
add_aggregate_path(PlannerInfo *root, RelOptInfo *input_rel, RelOptInfo *grouped_rel,
                   GroupPathExtraData *extra)
{
    const Query *parse = root->parse;
    const SeqintPlanState *state = seqint_plan_state(input_rel);
    // A domain's CHECK must see every value, which a closed form never produces.
    if (state == nullptr || !state->quals_exact || state->column.has_checks ||
        parse->groupClause != NIL || parse->groupingSets != NIL || root->hasHavingQual ||
        parse->hasTargetSRFs || extra->patype != PARTITIONWISE_AGGREGATE_NONE)
        return;

    List *aggrefs = NIL;
    List *kinds = NIL;
    PathTarget *target = grouped_rel->reltarget;
    List *found = pull_var_clause(reinterpret_cast<Node *>(target->exprs),
                                  PVC_INCLUDE_AGGREGATES | PVC_INCLUDE_PLACEHOLDERS);
    ListCell *lc;
    foreach (lc, found) {
        if (!IsA(lfirst(lc), Aggref))
            return;
        auto *aggref = castNode(Aggref, lfirst(lc));
        SeqintAggregate kind;
        if (!seqint_match_aggregate(aggref, input_rel->relid, state->column, state->spec, kind))
            return;
        if (list_member(aggrefs, aggref))
            continue;
        aggrefs = lappend(aggrefs, aggref);
        kinds = lappend_int(kinds, static_cast<int>(kind));
    }
    if (aggrefs == NIL)
        return;

    auto *upper = static_cast<SeqintUpperState *>(palloc0(sizeof(SeqintUpperState)));
    upper->base = input_rel;
    upper->kind = SeqintScanKind::aggregates;
    upper->aggrefs = aggrefs;
    upper->aggregate_kinds = kinds;
    grouped_rel->fdw_private = upper;

    // A handful of operator calls per aggregate, whatever the table's size.
    const Cost cost = target->cost.startup + target->cost.per_tuple + cpu_tuple_cost +
                      cpu_operator_cost * 10 * list_length(aggrefs);
    add_path(grouped_rel, reinterpret_cast<Path *>(seqint_create_foreign_upper_path(
                              root, grouped_rel, target, 1, cost, cost, NIL,
                              seqint_path_private(seqint::Direction::forward))));
}

}  // namespace

/*
 * seqintGetForeignUpperPaths
 *		Offers scans that answer aggregates (UPPERREL_GROUP_AGG) or LIMIT/OFFSET
 *		(UPPERREL_FINAL) themselves; other stages are left to PostgreSQL.
 */
void
seqintGetForeignUpperPaths(PlannerInfo *root, UpperRelationKind stage, RelOptInfo *input_rel,
                           RelOptInfo *output_rel, void *extra)
{
    if (output_rel->fdw_private != nullptr)
        return;  // already considered
    if (stage == UPPERREL_GROUP_AGG)
        add_aggregate_path(root, input_rel, output_rel, static_cast<GroupPathExtraData *>(extra));
    else if (stage == UPPERREL_FINAL)
        add_limit_path(root, input_rel, output_rel, static_cast<FinalPathExtraData *>(extra));
}

/*
 * seqint_plan_upper_scan
 *		The ForeignScan of an upper relation: the base relation's bounds (all exact), then
 *		OFFSET and LIMIT, in fdw_exprs; the column or the Aggrefs as fdw_scan_tlist.
 */
ForeignScan *
seqint_plan_upper_scan(PlannerInfo *root, RelOptInfo *upper_rel, ForeignPath *best_path,
                       List *tlist, Plan *outer_plan)
{
    const auto *upper = static_cast<SeqintUpperState *>(upper_rel->fdw_private);
    RelOptInfo *base = upper->base;
    const SeqintPlanState *state = seqint_plan_state(base);
    const Query *parse = root->parse;

    SeqintScanPlan plan = seqint_scan_plan(base, upper->kind, seqint_path_direction(best_path));
    const SeqintColumn &column = state->column;
    // Numbers have no collation.
    Var *var = makeVar(base->relid, plan.column_attno, column.type, column.typmod, InvalidOid, 0);

    List *operands = NIL;
    List *local_quals = NIL;
    List *answered = NIL;  // a scan without a relation re-checks by running: see executor.cpp
    seqint_plan_bounds(root, base, base->baserestrictinfo, &plan, &operands, &local_quals,
                       &answered);
    Assert(local_quals == NIL);  // the paths are only offered when every bound is exact

    List *scan_tlist = NIL;
    if (upper->kind == SeqintScanKind::limited) {
        plan.has_offset = parse->limitOffset != nullptr;
        plan.has_limit = parse->limitCount != nullptr;
        if (plan.has_offset)
            operands = lappend(operands, parse->limitOffset);
        if (plan.has_limit)
            operands = lappend(operands, parse->limitCount);
        scan_tlist = list_make1(makeTargetEntry(reinterpret_cast<Expr *>(var), 1, nullptr, false));
    } else {
        plan.aggregate_count = list_length(upper->aggrefs);
        plan.aggregates = static_cast<uint8 *>(palloc(Max(plan.aggregate_count, 1)));
        for (int i = 0; i < plan.aggregate_count; ++i) {
            plan.aggregates[i] = static_cast<uint8>(list_nth_int(upper->aggregate_kinds, i));
            scan_tlist = lappend(scan_tlist,
                                 makeTargetEntry(static_cast<Expr *>(list_nth(upper->aggrefs, i)),
                                                 static_cast<AttrNumber>(i + 1), nullptr, false));
        }
    }
    return make_foreignscan(tlist, NIL, 0, operands, seqint_private_from_plan(plan), scan_tlist,
                            NIL, outer_plan);
}
