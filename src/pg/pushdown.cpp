// pushdown.cpp — classifying each clause of a relation once, and counting what the constant
// bounds leave.
#include "pg/pushdown.hpp"

#include "pg/scan_bounds.hpp"
#include "pg/walk.hpp"

namespace {

SeqintPushedClause *
find(List *classified, RestrictInfo *rinfo)
{
    ListCell *lc;
    foreach (lc, classified) {
        auto *pushed = static_cast<SeqintPushedClause *>(lfirst(lc));
        if (pushed->rinfo == rinfo)
            return pushed;
    }
    return nullptr;
}

}  // namespace

void
seqint_classify_restrictions(PlannerInfo *root, RelOptInfo *baserel)
{
    SeqintPlanState *state = seqint_own_plan_state(baserel);
    state->restrictions = NIL;
    state->quals_exact = true;
    ListCell *lc;
    foreach (lc, baserel->baserestrictinfo) {
        SeqintPushedClause *pushed = seqint_classify_clause(root, lfirst_node(RestrictInfo, lc),
                                                            baserel->relid, state->column);
        state->quals_exact &= pushed->exact;
        state->restrictions = lappend(state->restrictions, pushed);
    }
}

SeqintPushedClause *
seqint_pushed_clause(PlannerInfo *root, RelOptInfo *baserel, RestrictInfo *rinfo)
{
    SeqintPlanState *state = seqint_own_plan_state(baserel);
    if (SeqintPushedClause *pushed = find(state->restrictions, rinfo))
        return pushed;
    if (SeqintPushedClause *pushed = find(state->join_clauses, rinfo))
        return pushed;
    SeqintPushedClause *pushed = seqint_classify_clause(root, rinfo, baserel->relid, state->column);
    state->join_clauses = lappend(state->join_clauses, pushed);
    return pushed;
}

double
seqint_count_candidates(const seqint::Spec &spec, const SeqintColumn &column, List *pushed)
{
    List *known = NIL;
    ListCell *lc;
    foreach (lc, pushed) {
        auto *clause = static_cast<SeqintPushedClause *>(lfirst(lc));
        if (clause->branches != NIL && clause->known)
            known = lappend(known, clause);
    }
    MemoryContext scratch =
        AllocSetContextCreate(CurrentMemoryContext, "seqint estimate", ALLOCSET_SMALL_SIZES);
    MemoryContext old = MemoryContextSwitchTo(scratch);
    List *operand_exprs = NIL;
    const SeqintScanBounds bounds = seqint_scan_bounds_of(known, &operand_exprs);
    auto *operands =
        static_cast<SeqintOperand *>(palloc(sizeof(SeqintOperand) * Max(bounds.bound_count, 1)));
    int i = 0;
    foreach (lc, operand_exprs) {
        const Const *operand = castNode(Const, lfirst(lc));
        operands[i++] = {operand->constvalue, operand->constisnull, true};
    }
    const double candidates =
        static_cast<double>(seqint_compute_walk(spec, column, bounds, operands).size());
    MemoryContextSwitchTo(old);
    MemoryContextDelete(scratch);
    list_free(known);
    return candidates;
}
