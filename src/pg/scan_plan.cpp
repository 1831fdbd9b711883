// scan_plan.cpp — the pieces of a seqint ForeignScan plan that base and upper scans share.
#include "pg/scan_plan.hpp"

#include "pg/pushdown.hpp"
#include "pg/scan_bounds.hpp"

List *
seqint_path_private(seqint::Direction direction)
{
    return list_make1(makeInteger(static_cast<int>(direction)));
}

seqint::Direction
seqint_path_direction(ForeignPath *path)
{
    return static_cast<seqint::Direction>(intVal(linitial(path->fdw_private)));
}

seqint::Direction
seqint_direction_for(const seqint::Spec &spec, bool ascending)
{
    return (spec.step > 0) == ascending ? seqint::Direction::forward : seqint::Direction::backward;
}

SeqintScanPlan
seqint_scan_plan(RelOptInfo *baserel, SeqintScanKind kind, seqint::Direction direction)
{
    const SeqintPlanState *state = seqint_own_plan_state(baserel);
    SeqintScanPlan plan{};
    plan.spec = state->spec;
    if (seqint_is_time(state->column.kind))
        plan.options = state->options;
    plan.direction = direction;
    plan.kind = kind;
    plan.column_type = state->column.type;
    plan.column_typmod = state->column.typmod;
    plan.column_attno = static_cast<AttrNumber>(state->column.index + 1);
    plan.planned_relid = baserel->relid;
    return plan;
}

void
seqint_plan_bounds(PlannerInfo *root, RelOptInfo *baserel, List *clauses, SeqintScanPlan *plan,
                   List **operands, List **local_quals, List **recheck_quals)
{
    List *pushed = NIL;
    ListCell *lc;
    foreach (lc, clauses) {
        auto *rinfo = lfirst_node(RestrictInfo, lc);
        if (rinfo->pseudoconstant)
            continue;  // PostgreSQL checks it once, in a Result above the scan
        SeqintPushedClause *clause = seqint_pushed_clause(root, baserel, rinfo);
        if (!clause->exact)
            *local_quals = lappend(*local_quals, rinfo->clause);
        else
            *recheck_quals = lappend(*recheck_quals, rinfo->clause);
        if (clause->branches != NIL) {
            pushed = lappend(pushed, clause);
            plan->clauses =
                lappend(plan->clauses, seqint_column_first(rinfo->clause, baserel->relid,
                                                           seqint_own_plan_state(baserel)->column));
        }
    }
    plan->bounds = seqint_scan_bounds_of(pushed, operands);
}
