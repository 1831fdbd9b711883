// walk.hpp — the positions a scan visits, from the spec and the values of its bounds.
#pragma once

#include "seqint/slice_set.hpp"
#include "seqint/spec.hpp"

#include "pg/scan_bounds.hpp"

// What a scan walks: sorted disjoint slices of positions, and the window of them kept after
// OFFSET and LIMIT (and, in a parallel scan, by each chunk).
using SeqintWalk = seqint::SliceSet;

// A bound's operand, evaluated. At plan time only constants are `known`; an unknown
// operand narrows nothing.
struct SeqintOperand {
    Datum value;
    bool isnull;
    bool known;
};

// The positions whose values pass every bound, bound i with operands[i]. Slices of ORs and
// IN lists are palloc'd in the current memory context; a walk bounded by comparisons alone
// allocates nothing. A NULL operand matches nothing, as the strict comparison would.
SeqintWalk seqint_compute_walk(const seqint::Spec &spec, const SeqintScanBounds &bounds,
                               const SeqintOperand *operands);
