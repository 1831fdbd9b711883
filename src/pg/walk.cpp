// walk.cpp — from evaluated bounds to the slices a scan walks, one small function per kind of
// node: a branch (comparisons intersected into a range, remainders into a class of positions),
// an IN list (its members' positions), an OR (the union of its branches' slices), and the whole
// (the intersection of its groups, re-indexed by the class of positions). Groups of remainder
// filters that leave several residue classes (`<>`, IN lists of remainders, ORs of them) are
// walk_patterns.cpp's.
#include "seqint/bounds.hpp"
#include "seqint/positions.hpp"
#include "seqint/residues.hpp"

#include "pg/bound_operands.hpp"
#include "pg/walk.hpp"
#include "pg/walk_patterns.hpp"

namespace {

using seqint::Slice;

// What the comparisons and remainder filters ANDed together leave: a range of values and a
// class of positions (all of them when no remainder is known).
struct Narrowing {
    seqint::ValueRange range;
    seqint::PositionClass positions;
    bool divides_by_zero = false;  // a remainder filter's divisor is 0
};

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
    const int64 divisor = seqint_remainder_operand(modulus, m.value);
    if (divisor == 0) {
        narrowing.divides_by_zero = true;
        return;
    }
    if (r.isnull) {
        narrowing.range.make_empty();
        return;
    }
    const seqint::RemainderClass c =
        seqint::remainder_class(divisor, seqint_remainder_operand(remainder, r.value));
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
            seqint_narrow_by_comparison(spec, column, narrowing.range, bounds.bounds[k],
                                        operands[k]);
        }
    }
}

// The range of values a branch of comparisons leaves (an OR's branch: ORs with remainder
// filters are pattern groups, below).
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
    Datum *elements;
    bool *nulls;
    const int n = seqint_array_elements(operand.value, &elements, &nulls);
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
    for (int k = branch.first_bound; k < branch.first_bound + branch.bound_count; ++k) {
        const SeqintBoundKind kind = bounds.bounds[k].kind;
        if (kind == SeqintBoundKind::in_list || kind == SeqintBoundKind::remainder_not ||
            seqint_remainders_in_array(kind))
            return false;
    }
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
seqint_compute_walk(const seqint::Spec &spec, const SeqintColumn &column,
                    const SeqintScanBounds &bounds, const SeqintOperand *operands)
{
    // Comparisons and remainders ANDed together leave one range and one class of positions:
    // the common case, computed without memory.
    Narrowing common;
    bool has_sets = false, has_patterns = false;
    for (int g = 0; g < bounds.group_count; ++g) {
        const SeqintGroup &group = bounds.groups[g];
        if (is_range_group(bounds, group))
            narrow_by_branch(spec, column, bounds, bounds.branches[group.first_branch], operands,
                             common);
        else if (seqint_is_pattern_group(bounds, group))
            has_patterns = true;
        else
            has_sets = true;
    }

    // The sequence walked: the table's, or, under a class of positions, the sequence of the
    // values in it (its own step skips the others), and the range's positions in it. A class
    // without such a sequence has two positions at most, walked in the table's sequence.
    seqint::Spec walked = spec;
    Slice within{};
    Slice *walk = &within;
    size_t walk_count = 0;
    const seqint::PositionClass &positions = common.positions;
    if (positions.empty) {
        return SeqintWalk::of(spec, Slice{});
    } else if (positions.is_all()) {
        within = seqint::slice_within(spec, common.range);
    } else if (const auto sub = seqint::subsequence(spec, positions)) {
        walked = *sub;
        within = seqint::slice_within(walked, common.range);
    } else {
        uint64 few[2];
        const int n = seqint::positions_of_class(spec, positions, few);
        Slice few_slices[2];
        const size_t few_count =
            seqint::slices_of_positions(few, static_cast<size_t>(n), few_slices);
        within = seqint::slice_within(spec, common.range);
        walk_count = within.is_empty() ? 0 : 1;
        intersect_into(&walk, &walk_count, few_slices, few_count);
    }
    if (walk == &within)
        walk_count = within.is_empty() ? 0 : 1;

    // ORs and IN lists: sets of slices, intersected with the range.
    for (int g = 0; has_sets && g < bounds.group_count && walk_count > 0; ++g) {
        const SeqintGroup &group = bounds.groups[g];
        if (is_range_group(bounds, group) || seqint_is_pattern_group(bounds, group))
            continue;
        Slice *slices;
        size_t count;
        if (group.branch_count == 1) {  // an IN list
            const int k = bounds.branches[group.first_branch].first_bound;
            if (!in_list_slices(walked, column, bounds.bounds[k], operands[k], &slices, &count))
                continue;
        } else {
            or_slices(walked, column, bounds, group, operands, &slices, &count);
        }
        intersect_into(&walk, &walk_count, slices, count);
    }
    SeqintWalk result = SeqintWalk::of(walked, Slice{});
    bool divides_by_zero = common.divides_by_zero;
    if (walk_count > 0 && has_patterns)
        result = seqint_walk_of_patterns(walked, column, bounds, operands, walk, walk_count,
                                         divides_by_zero);
    else if (walk_count > 0)
        result = {walked, seqint::SliceSet::of(walk, walk_count)};
    // PostgreSQL evaluates `val % 0` on the first row that reaches it, and raises.
    if (divides_by_zero && result.size() > 0)
        ereport(ERROR, (errcode(ERRCODE_DIVISION_BY_ZERO), errmsg("division by zero")));
    return result;
}
