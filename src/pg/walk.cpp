// walk.cpp — from evaluated bounds to the slices a scan walks, one small function per kind of
// node: a branch (comparisons intersected into a range, remainders into a class of positions),
// an IN list (its members' positions), an OR (the union of its branches' slices), and the
// whole (the intersection of its groups, re-indexed by the class of positions).
#include "pg/walk.hpp"

#include "seqint/bounds.hpp"
#include "seqint/positions.hpp"
#include "seqint/residues.hpp"

#include "pg/bound_operands.hpp"

extern "C" {
#include "utils/array.h"
}

namespace {

using seqint::Slice;

// Narrows `range` by one comparison; an unknown operand narrows nothing, a NULL one leaves
// nothing.
void
narrow_by_comparison(const seqint::Spec &spec, const SeqintColumn &column,
                     seqint::ValueRange &range, const SeqintBound &bound,
                     const SeqintOperand &operand)
{
    if (!operand.known)
        return;
    if (operand.isnull)
        range.make_empty();
    else
        seqint_constrain(range, bound, operand.value, column, spec);
}

// What the comparisons and remainder filters ANDed together leave: a range of values and a
// class of positions (all of them when no remainder is known).
struct Narrowing {
    seqint::ValueRange range;
    seqint::PositionClass positions;
    bool divides_by_zero = false;  // a remainder filter's divisor is 0
};

// An integer operand's value (remainder filters take integer operands only).
int64
integer_value(const SeqintBound &bound, Datum value)
{
    return seqint_number_view(value, bound.operand_type).floor;
}

// Narrows by `val % m = r`, m and r the operands of a modulus bound and its remainder bound.
// A NULL m or r matches nothing; m = 0 is noted (the caller raises, if any value reaches it).
void
narrow_by_remainder(const seqint::Spec &spec, Narrowing &narrowing, const SeqintBound &modulus,
                    const SeqintOperand &m, const SeqintBound &remainder, const SeqintOperand &r)
{
    if (!m.known || !r.known)
        return;
    if (m.isnull) {
        narrowing.range.make_empty();
        return;
    }
    const int64 divisor = integer_value(modulus, m.value);
    if (divisor == 0) {
        narrowing.divides_by_zero = true;
        return;
    }
    if (r.isnull) {
        narrowing.range.make_empty();
        return;
    }
    const seqint::RemainderClass c =
        seqint::remainder_class(divisor, integer_value(remainder, r.value));
    if (c.empty) {
        narrowing.range.make_empty();
        return;
    }
    narrowing.range.intersect(c.range);
    narrowing.positions = seqint::intersect(
        narrowing.positions, seqint::positions_congruent(spec, c.modulus, c.residue));
}

// Narrows by a branch's bounds: comparisons, and remainder filters (pairs of bounds).
void
narrow_by_branch(const seqint::Spec &spec, const SeqintColumn &column,
                 const SeqintScanBounds &bounds, const SeqintBranch &branch,
                 const SeqintOperand *operands, Narrowing &narrowing)
{
    for (int k = branch.first_bound; k < branch.first_bound + branch.bound_count; ++k) {
        if (bounds.bounds[k].kind == SeqintBoundKind::modulus) {
            narrow_by_remainder(spec, narrowing, bounds.bounds[k], operands[k],
                                bounds.bounds[k + 1], operands[k + 1]);
            ++k;
        } else {
            narrow_by_comparison(spec, column, narrowing.range, bounds.bounds[k], operands[k]);
        }
    }
}

// The range of values a branch of comparisons leaves (an OR's branch: ORs hold no remainder
// filters).
seqint::ValueRange
branch_range(const seqint::Spec &spec, const SeqintColumn &column, const SeqintScanBounds &bounds,
             const SeqintBranch &branch, const SeqintOperand *operands)
{
    Narrowing narrowing;
    narrow_by_branch(spec, column, bounds, branch, operands, narrowing);
    Assert(narrowing.positions.is_all() && !narrowing.divides_by_zero);
    return narrowing.range;
}

// The positions of a time IN list's members: each member's equality range, as slices (on a
// calendar axis a member may, rarely, be the value of two neighbouring positions).
void
time_member_slices(const seqint::Spec &spec, const SeqintColumn &column, const SeqintBound &bound,
                   const Datum *elements, const bool *nulls, int n, Slice **slices, size_t *count)
{
    *slices = static_cast<Slice *>(palloc(sizeof(Slice) * Max(n, 1)));
    size_t found = 0;
    for (int i = 0; i < n; ++i) {
        if ((i & 0xffff) == 0)
            CHECK_FOR_INTERRUPTS();
        if (nulls[i])
            continue;  // val = NULL is never true
        seqint::ValueRange range;
        seqint_constrain(range, bound, elements[i], column, spec);
        const Slice slice = seqint::slice_within(spec, range);
        if (!slice.is_empty())
            (*slices)[found++] = slice;
    }
    *count = seqint::normalize_slices(*slices, found);
}

// The positions of an IN list's members, as normalized slices (palloc'd); false when the list
// narrows nothing (its operand is unknown, or a member cannot be compared exactly).
bool
in_list_slices(const seqint::Spec &spec, const SeqintColumn &column, const SeqintBound &bound,
               const SeqintOperand &operand, Slice **slices, size_t *count)
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
    if (seqint_is_time(bound.operand_type)) {
        time_member_slices(spec, column, bound, elements, nulls, n, slices, count);
        return true;
    }

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
or_slices(const seqint::Spec &spec, const SeqintColumn &column, const SeqintScanBounds &bounds,
          const SeqintGroup &group, const SeqintOperand *operands, Slice **slices, size_t *count)
{
    *slices = static_cast<Slice *>(palloc(sizeof(Slice) * group.branch_count));
    for (int b = 0; b < group.branch_count; ++b)
        (*slices)[b] = seqint::slice_within(
            spec,
            branch_range(spec, column, bounds, bounds.branches[group.first_branch + b], operands));
    *count = seqint::normalize_slices(*slices, group.branch_count);
}

// Whether a group is one branch of comparisons and remainder filters: it narrows the common
// range and class of positions.
bool
is_range_group(const SeqintScanBounds &bounds, const SeqintGroup &group)
{
    if (group.branch_count != 1)
        return false;
    const SeqintBranch &branch = bounds.branches[group.first_branch];
    for (int k = branch.first_bound; k < branch.first_bound + branch.bound_count; ++k)
        if (bounds.bounds[k].kind == SeqintBoundKind::in_list)
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

// The walk of the positions in slices[0 … count) (normalized, writable) that also lie in the
// class `positions`: the class's subsequence, its ranks as slices; or, when the class has no
// subsequence (at most two positions), those positions of the table's sequence.
SeqintWalk
walk_of_class(const seqint::Spec &spec, const seqint::PositionClass &positions, Slice *slices,
              size_t count)
{
    if (positions.empty || count == 0)
        return SeqintWalk::of(spec, Slice{});
    if (positions.is_all())
        return {spec, seqint::SliceSet::of(slices, count)};
    if (const auto sub = seqint::subsequence(spec, positions)) {
        for (size_t i = 0; i < count; ++i)
            slices[i] = seqint::ranks_within(positions, slices[i]);
        count = seqint::normalize_slices(slices, count);
        if (count == 0)
            return SeqintWalk::of(*sub, Slice{});
        return {*sub, seqint::SliceSet::of(slices, count)};
    }
    uint64 few[2];
    const int n = seqint::positions_of_class(spec, positions, few);
    Slice few_slices[2];
    const size_t few_count = seqint::slices_of_positions(few, static_cast<size_t>(n), few_slices);
    intersect_into(&slices, &count, few_slices, few_count);
    if (count == 0)
        return SeqintWalk::of(spec, Slice{});
    return {spec, seqint::SliceSet::of(slices, count)};
}

}  // namespace

SeqintWalk
seqint_compute_walk(const seqint::Spec &spec, const SeqintColumn &column,
                    const SeqintScanBounds &bounds, const SeqintOperand *operands)
{
    // Comparisons and remainders ANDed together leave one range and one class of positions:
    // the common case, computed without memory.
    Narrowing common;
    bool has_sets = false;
    for (int g = 0; g < bounds.group_count; ++g) {
        const SeqintGroup &group = bounds.groups[g];
        if (is_range_group(bounds, group))
            narrow_by_branch(spec, column, bounds, bounds.branches[group.first_branch], operands,
                             common);
        else
            has_sets = true;
    }
    Slice within = seqint::slice_within(spec, common.range);

    // ORs and IN lists: sets of slices, intersected with the range.
    Slice *walk = &within;
    size_t walk_count = within.is_empty() ? 0 : 1;
    for (int g = 0; has_sets && g < bounds.group_count && walk_count > 0; ++g) {
        const SeqintGroup &group = bounds.groups[g];
        if (is_range_group(bounds, group))
            continue;
        Slice *slices;
        size_t count;
        if (group.branch_count == 1) {  // an IN list
            const int k = bounds.branches[group.first_branch].first_bound;
            if (!in_list_slices(spec, column, bounds.bounds[k], operands[k], &slices, &count))
                continue;
        } else {
            or_slices(spec, column, bounds, group, operands, &slices, &count);
        }
        intersect_into(&walk, &walk_count, slices, count);
    }
    // PostgreSQL evaluates `val % 0` on the first row that reaches it, and raises.
    if (common.divides_by_zero && walk_count > 0)
        ereport(ERROR, (errcode(ERRCODE_DIVISION_BY_ZERO), errmsg("division by zero")));
    return walk_of_class(spec, common.positions, walk, walk_count);
}
