// walk.hpp — the positions a scan visits, from the spec and the values of its bounds.
#pragma once

#include "seqint/slice_set.hpp"
#include "seqint/spec.hpp"

#include "pg/bound_operands.hpp"
#include "pg/column.hpp"
#include "pg/scan_bounds.hpp"

// What a scan walks: sorted disjoint slices of positions of a sequence, and the window of them
// kept after OFFSET and LIMIT (and, in a parallel scan, by each chunk). The sequence is the
// table's, or, under remainder filters (val % m = r), the sequence of the values at the
// matching positions (seqint/residues.hpp): its own step skips the others, so walking,
// counting, cutting and summing it cost what they cost on the table. Remainder filters that
// leave several residue classes (val % m <> r, IN lists of remainders, ORs of them) give the
// slices patterns of positions (seqint/periodic.hpp), walked run by run.
struct SeqintWalk {
    seqint::Spec spec;
    seqint::SliceSet slices;

    static SeqintWalk
    of(const seqint::Spec &spec, seqint::Slice slice)
    {
        return {spec, seqint::SliceSet::of(slice)};
    }
    // How many positions the window holds.
    uint64
    size() const
    {
        return slices.size();
    }
    // Keeps, of the window, the `kept` positions after the first `skipped` in `direction`.
    void
    trim(seqint::Direction direction, uint64 skipped, uint64 kept)
    {
        slices.trim(direction, skipped, kept);
    }
};

// The positions whose values pass every bound, bound i with operands[i]. Slices of ORs and
// IN lists are palloc'd in the current memory context; a walk bounded by comparisons and
// remainders alone allocates nothing. A NULL operand matches nothing, as the strict comparison
// would. A remainder filter whose divisor is 0 raises division by zero, as PostgreSQL's %
// does, when a value passes the other bounds (and so would reach it).
SeqintWalk seqint_compute_walk(const seqint::Spec &spec, const SeqintColumn &column,
                               const SeqintScanBounds &bounds, const SeqintOperand *operands);
