// scan_bounds.hpp — the bounds a scan applies, in the shape the planner found them: a
// conjunction of groups (one per pushed clause), each a disjunction of branches, each a
// conjunction of bounds. Bound i compares the column with operand i (ForeignScan.fdw_exprs).
//
// Built once per plan from the pushed clauses (clauses.hpp), carried in fdw_private as
// nested Lists (which copyObject and nodeToString keep), and read back into these arrays by
// the executor (the walk, walk.cpp) and by EXPLAIN.
#pragma once

#include "pg/clauses.hpp"

struct SeqintBranch {
    int first_bound;
    int bound_count;
};

struct SeqintGroup {
    int first_branch;
    int branch_count;
};

struct SeqintScanBounds {
    int group_count;
    SeqintGroup *groups;
    int branch_count;
    SeqintBranch *branches;
    int bound_count;
    SeqintBound *bounds;
};

// The bounds of `pushed` (SeqintPushedClauses with branches), palloc'd; appends each bound's
// operand to *operands, in bound order.
SeqintScanBounds seqint_scan_bounds_of(List *pushed, List **operands);

// To nested Lists (groups of branches of IntLists) and back.
List *seqint_scan_bounds_to_list(const SeqintScanBounds &bounds);
SeqintScanBounds seqint_scan_bounds_from_list(List *groups);
