// upper.hpp — scans that answer LIMIT/OFFSET or aggregates themselves (upper.cpp), for the
// planner callbacks.
#pragma once

#include "pg/pg_headers.hpp"

// The ForeignScan of an upper relation that seqintGetForeignUpperPaths offered a path for.
ForeignScan *seqint_plan_upper_scan(PlannerInfo *root, RelOptInfo *upper_rel,
                                    ForeignPath *best_path, List *tlist, Plan *outer_plan);
