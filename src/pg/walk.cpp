// walk.cpp — from evaluated bounds to the slices a scan walks, one small function per kind of
// node: a branch (comparisons, intersected into a range), an IN list (its members'
// positions), an OR (the union of its branches' slices), and the whole (the intersection of
// its groups).
#include "pg/walk.hpp"

#include "seqint/bounds.hpp"
#include "seqint/positions.hpp"

#include "pg/bound_operands.hpp"

extern "C" {
#include "utils/array.h"
}

namespace {

using seqint::Slice;

// Narrows `range` by one comparison; an unknown operand narrows nothing, a NULL one leaves
// nothing.
void
narrow_by_comparison(seqint::ValueRange &range, const SeqintBound &bound,
                     const SeqintOperand &operand)
{
    if (!operand.known)
        return;
    if (operand.isnull)
        range.make_empty();
    else
        seqint_constrain(range, bound, operand.value);
}

// The range of values a branch's comparisons leave.
seqint::ValueRange
branch_range(const SeqintScanBounds &bounds, const SeqintBranch &branch,
             const SeqintOperand *operands)
{
    seqint::ValueRange range;
    for (int k = branch.first_bound; k < branch.first_bound + branch.bound_count; ++k)
        narrow_by_comparison(range, bounds.bounds[k], operands[k]);
    return range;
}

// The positions of an IN list's members, as normalized slices (palloc'd); false when the list
// narrows nothing (its operand is unknown, or a member cannot be compared exactly).
bool
in_list_slices(const seqint::Spec &spec, const SeqintBound &bound, const SeqintOperand &operand,
               Slice **slices, size_t *count)
{
    if (!operand.known)
        return false;
    if (operand.isnull) {  // val = ANY(NULL) is never true
        *count = 0;
        *slices = nullptr;
        return true;
    }
    ArrayType *array = DatumGetArrayTypeP(operand.value);
    int16 typlen;
    bool typbyval;
    char typalign;
    get_typlenbyvalalign(ARR_ELEMTYPE(array), &typlen, &typbyval, &typalign);
    Datum *elements;
    bool *nulls;
    int n;
    deconstruct_array(array, ARR_ELEMTYPE(array), typlen, typbyval, typalign, &elements, &nulls,
                      &n);

    auto *positions = static_cast<uint64 *>(palloc(sizeof(uint64) * Max(n, 1)));
    size_t found = 0;
    for (int i = 0; i < n; ++i) {
        if ((i & 0xffff) == 0)
            CHECK_FOR_INTERRUPTS();  // an IN list can be as long as memory allows
        if (nulls[i])
            continue;  // val = NULL is never true
        int64 member;
        bool usable;
        if (!seqint_member_value(bound, elements[i], &member, &usable)) {
            if (!usable)
                return false;
            continue;
        }
        if (const auto position = seqint::index_of(spec, member))
            positions[found++] = *position;
    }
    found = seqint::normalize_positions(positions, found, seqint::whole(spec));
    *slices = static_cast<Slice *>(palloc(sizeof(Slice) * Max(found, size_t{1})));
    *count = seqint::slices_of_positions(positions, found, *slices);
    pfree(positions);
    return true;
}

// The union of an OR's branches, as normalized slices (palloc'd).
void
or_slices(const seqint::Spec &spec, const SeqintScanBounds &bounds, const SeqintGroup &group,
          const SeqintOperand *operands, Slice **slices, size_t *count)
{
    *slices = static_cast<Slice *>(palloc(sizeof(Slice) * group.branch_count));
    for (int b = 0; b < group.branch_count; ++b)
        (*slices)[b] = seqint::slice_within(
            spec, branch_range(bounds, bounds.branches[group.first_branch + b], operands));
    *count = seqint::normalize_slices(*slices, group.branch_count);
}

// Whether a group is one branch of comparisons: it narrows the common range.
bool
is_range_group(const SeqintScanBounds &bounds, const SeqintGroup &group)
{
    if (group.branch_count != 1)
        return false;
    const SeqintBranch &branch = bounds.branches[group.first_branch];
    for (int k = branch.first_bound; k < branch.first_bound + branch.bound_count; ++k)
        if (bounds.bounds[k].kind != SeqintBoundKind::comparison)
            return false;
    return true;
}

// Keeps in *walk only the positions also in slices[0 … count); palloc's the result.
void
intersect_into(Slice **walk, size_t *walk_count, const Slice *slices, size_t count)
{
    auto *out = static_cast<Slice *>(palloc(sizeof(Slice) * Max(*walk_count + count, size_t{1})));
    *walk_count = seqint::intersect_slices(*walk, *walk_count, slices, count, out);
    *walk = out;
}

}  // namespace

SeqintWalk
seqint_compute_walk(const seqint::Spec &spec, const SeqintScanBounds &bounds,
                    const SeqintOperand *operands)
{
    // Comparisons ANDed together leave one range: the common case, computed without memory.
    seqint::ValueRange range;
    bool has_sets = false;
    for (int g = 0; g < bounds.group_count; ++g) {
        const SeqintGroup &group = bounds.groups[g];
        if (is_range_group(bounds, group))
            range.intersect(branch_range(bounds, bounds.branches[group.first_branch], operands));
        else
            has_sets = true;
    }
    Slice within = seqint::slice_within(spec, range);
    if (!has_sets || within.is_empty())
        return SeqintWalk::of(within);

    // ORs and IN lists: sets of slices, intersected with the range.
    Slice *walk = &within;
    size_t walk_count = 1;
    for (int g = 0; g < bounds.group_count && walk_count > 0; ++g) {
        const SeqintGroup &group = bounds.groups[g];
        if (is_range_group(bounds, group))
            continue;
        Slice *slices;
        size_t count;
        if (group.branch_count == 1) {  // an IN list
            const int k = bounds.branches[group.first_branch].first_bound;
            if (!in_list_slices(spec, bounds.bounds[k], operands[k], &slices, &count))
                continue;
        } else {
            or_slices(spec, bounds, group, operands, &slices, &count);
        }
        intersect_into(&walk, &walk_count, slices, count);
    }
    return SeqintWalk::of(walk, walk_count);
}
