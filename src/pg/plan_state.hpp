// plan_state.hpp — what the planner callbacks know about a seqint relation, and the pieces of
// plan building that base scans (planner.cpp) and upper scans (upper.cpp) share.
#pragma once

#include "seqint/cursor.hpp"
#include "seqint/spec.hpp"

#include "pg/column.hpp"
#include "pg/fdw_private.hpp"

// baserel->fdw_private of a seqint base relation; palloc'd, freed with the planner's memory.
struct SeqintPlanState {
    seqint::Spec spec;
    SeqintColumn column;
    double candidates;  // values an unparameterized scan walks once constant bounds apply
    bool quals_exact;   // every restriction clause is an exact bound: no local filter
};

// The state of a seqint base relation, or nullptr for any other relation.
SeqintPlanState *seqint_plan_state(RelOptInfo *rel);

// Splits `clauses` (RestrictInfos) into the plan's bounds, whose operands are appended to
// `*operands`, the clauses that stay local quals (appended to `*local_quals` as bare
// expressions) and those the bounds answer alone (appended to `*recheck_quals`, for
// EvalPlanQual re-checks). Fills plan->bound_count and plan->bounds.
void seqint_plan_bounds(PlannerInfo *root, RelOptInfo *baserel, List *clauses,
                        SeqintScanPlan *plan, List **operands, List **local_quals,
                        List **recheck_quals);

// fdw_private of a path: how the scan walks.
List *seqint_path_private(seqint::Direction direction);
seqint::Direction seqint_path_direction(ForeignPath *path);

// The walk direction that delivers the values ascending (or descending).
seqint::Direction seqint_direction_for(const seqint::Spec &spec, bool ascending);
