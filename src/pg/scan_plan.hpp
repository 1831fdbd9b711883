// scan_plan.hpp — building the ForeignScan of a seqint relation: what base scans
// (planner.cpp) and scans of upper relations (upper.cpp) both need.
#pragma once

#include "seqint/cursor.hpp"
#include "seqint/spec.hpp"

#include "pg/fdw_private.hpp"
#include "pg/plan_state.hpp"

// fdw_private of a path: how the scan walks.
List *seqint_path_private(seqint::Direction direction);
seqint::Direction seqint_path_direction(ForeignPath *path);

// The walk direction that delivers the values ascending (or descending).
seqint::Direction seqint_direction_for(const seqint::Spec &spec, bool ascending);

// A plan of baserel's sequence and column, of `kind`, walking in `direction`, with no bounds.
SeqintScanPlan seqint_scan_plan(RelOptInfo *baserel, SeqintScanKind kind,
                                seqint::Direction direction);

// Splits `clauses` (RestrictInfos of baserel) into the plan's bounds, whose operands are
// appended to `*operands`, the clauses that stay local quals (appended to `*local_quals` as
// bare expressions) and those the bounds answer alone (appended to `*recheck_quals`, for
// EvalPlanQual re-checks). Fills plan->bounds and plan->clauses.
void seqint_plan_bounds(PlannerInfo *root, RelOptInfo *baserel, List *clauses, SeqintScanPlan *plan,
                        List **operands, List **local_quals, List **recheck_quals);
