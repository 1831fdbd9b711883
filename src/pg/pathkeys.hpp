// pathkeys.hpp — the sort orders a seqint scan can deliver, as the planner's pathkeys.
//
// A sequence can be walked either way, so the scan can hand out its values ascending or
// descending at no cost: for ORDER BY val [DESC] without a Sort, and for merge joins.
#pragma once

#include "pg/column.hpp"

struct SeqintOrdering {
    List *pathkeys;  // what the path promises
    bool ascending;  // the values' order that keeps that promise
};

// The orderings worth a path: the query's ORDER BY on the column, and both orders of each
// merge-joinable equivalence the column takes part in. A List of palloc'd SeqintOrdering.
List *seqint_useful_orderings(PlannerInfo *root, RelOptInfo *baserel, const SeqintColumn &column);

// Whether `pathkey` sorts by the column (or a widening cast of it) in a numeric order; sets
// *ascending to the order it asks for.
bool seqint_pathkey_orders_column(PathKey *pathkey, Index relid, const SeqintColumn &column,
                                  bool *ascending);
