// walk_patterns.cpp — what remainder filters that leave several residue classes (`val % m <> r`,
// `(val % m) IN (…)`, remainders in the arms of an OR) leave of a walk: slices whose
// positions follow a pattern (seqint/periodic.hpp), intersected group by group.
#include <algorithm>

#include "seqint/periodic.hpp"
#include "seqint/positions.hpp"
#include "seqint/residues.hpp"

#include "pg/bound_operands.hpp"
#include "pg/walk_patterns.hpp"

namespace {

using seqint::Slice;

// Slices of positions, each with the pattern of its members (seqint/periodic.hpp): what a
// group of remainder filters leaves. Sorted and disjoint; palloc'd.
struct Pieces {
    Slice *slices;
    seqint::Pattern *patterns;
    size_t count;
};

const Slice every_position_run[1] = {{0, 1}};
const uint64 every_position_before[1] = {0};
// The pattern every position is in.
const seqint::Pattern every_position = {1, every_position_run, every_position_before, 1, 1};

// The most runs a pattern may reach while combining (pushdown.cpp keeps patterns well below).
constexpr uint64 max_combined_runs = uint64{1} << 24;

Pieces
allocate_pieces(size_t n)
{
    Pieces p;
    p.slices = static_cast<Slice *>(palloc(sizeof(Slice) * Max(n, size_t{1})));
    p.patterns =
        static_cast<seqint::Pattern *>(palloc(sizeof(seqint::Pattern) * Max(n, size_t{1})));
    p.count = 0;
    return p;
}

// The pattern of period `period` with runs[0 … n) (normalized, palloc'd).
seqint::Pattern
pattern_of_runs(uint64 period, const Slice *runs, size_t n)
{
    if (n == 1 && runs[0].size() == period)
        return every_position;
    auto *before = static_cast<uint64 *>(palloc(sizeof(uint64) * Max(n, size_t{1})));
    return seqint::make_pattern(period, runs, n, before);
}

// The positions in both patterns (`both`), or in either.
seqint::Pattern
combine(const seqint::Pattern &a, const seqint::Pattern &b, bool both)
{
    if (a.is_all() || b.is_all())
        return both ? (a.is_all() ? b : a) : every_position;
    if (a.run_count == 0 || b.run_count == 0)
        return both ? (a.run_count == 0 ? a : b) : (a.run_count == 0 ? b : a);
    const uint64 period = seqint::lcm_of_periods(a.period, b.period);
    const uint64 room = period == 0
                            ? PG_UINT64_MAX
                            : seqint::runs_repeated(a, period) + seqint::runs_repeated(b, period);
    if (room > max_combined_runs)
        elog(ERROR, "seqint_fdw: remainder filters leave too many residue classes");
    auto *runs = static_cast<Slice *>(palloc(sizeof(Slice) * room));
    const size_t n = both ? seqint::intersect_patterns(a, b, period, runs)
                          : seqint::unite_patterns(a, b, period, runs);
    return pattern_of_runs(period, runs, n);
}

// Appends slice `slice` with `pattern` to `out` unless no position of it is a member.
void
append_piece(Pieces &out, Slice slice, const seqint::Pattern &pattern)
{
    if (slice.is_empty() || pattern.run_count == 0 || seqint::matches_in(pattern, slice) == 0)
        return;
    out.slices[out.count] = slice;
    out.patterns[out.count++] = pattern;
}

// The positions in both sets.
Pieces
intersect_pieces(const Pieces &a, const Pieces &b)
{
    Pieces out = allocate_pieces(a.count + b.count);
    size_t i = 0, j = 0;
    while (i < a.count && j < b.count) {
        const Slice overlap = {Max(a.slices[i].begin, b.slices[j].begin),
                               Min(a.slices[i].end, b.slices[j].end)};
        if (overlap.begin < overlap.end)
            append_piece(out, overlap, combine(a.patterns[i], b.patterns[j], true));
        if (a.slices[i].end < b.slices[j].end)
            ++i;
        else
            ++j;
    }
    return out;
}

// The positions in any of sets[0 … n): cut at every end of a slice, each part takes the union
// of the patterns over it.
Pieces
unite_pieces(const Pieces *sets, int n)
{
    size_t total = 0;
    for (int s = 0; s < n; ++s)
        total += sets[s].count;
    auto *cuts = static_cast<uint64 *>(palloc(sizeof(uint64) * Max(2 * total, size_t{1})));
    size_t cut_count = 0;
    for (int s = 0; s < n; ++s)
        for (size_t i = 0; i < sets[s].count; ++i) {
            cuts[cut_count++] = sets[s].slices[i].begin;
            cuts[cut_count++] = sets[s].slices[i].end;
        }
    std::sort(cuts, cuts + cut_count);
    cut_count = static_cast<size_t>(std::unique(cuts, cuts + cut_count) - cuts);
    Pieces out = allocate_pieces(cut_count);
    for (size_t c = 0; c + 1 < cut_count; ++c) {
        const Slice part = {cuts[c], cuts[c + 1]};
        seqint::Pattern pattern{};  // no member yet
        bool covered = false;
        for (int s = 0; s < n; ++s)
            for (size_t i = 0; i < sets[s].count; ++i)
                if (sets[s].slices[i].begin <= part.begin && part.end <= sets[s].slices[i].end) {
                    pattern = covered ? combine(pattern, sets[s].patterns[i], false)
                                      : sets[s].patterns[i];
                    covered = true;
                }
        if (covered)
            append_piece(out, part, pattern);
    }
    return out;
}

// The position pattern of the values v of `spec` with v mod modulus in residues[0 … n)
// (sorted, distinct, each below modulus); with `complement`, of those with v mod modulus in
// none of them. Every residue leaves one class of positions, all of one period
// (residues.hpp), or none.
seqint::Pattern
pattern_of_residues(const seqint::Spec &spec, uint64 modulus, const uint64 *residues, size_t n,
                    bool complement)
{
    auto *runs = static_cast<Slice *>(palloc(sizeof(Slice) * (n + 1)));
    auto *phases = static_cast<uint64 *>(palloc(sizeof(uint64) * Max(n, size_t{1})));
    uint64 period = 1;
    size_t found = 0;
    for (size_t i = 0; i < n; ++i) {
        const seqint::PositionClass c = seqint::positions_congruent(spec, modulus, residues[i]);
        if (c.empty)
            continue;
        period = c.period;
        phases[found++] = c.phase;
    }
    found = seqint::normalize_positions(phases, found, {0, period});
    size_t run_count = seqint::slices_of_positions(phases, found, runs);
    seqint::Pattern classes = pattern_of_runs(period, runs, run_count);
    if (!complement)
        return classes;
    if (classes.run_count == 0)
        return every_position;
    auto *gaps = static_cast<Slice *>(palloc(sizeof(Slice) * (classes.run_count + 1)));
    return pattern_of_runs(period, gaps, seqint::complement_pattern(classes, gaps));
}

// What a remainder filter (bounds `modulus`, `equals` and their operands) leaves of `spec`:
// PostgreSQL's remainder is v mod |m| for v >= 0 and (v mod |m|) − |m| (or 0) for v < 0, so on
// each side of zero the filter is a set of residues modulo |m|, a pattern of positions.
Pieces
remainder_pieces(const seqint::Spec &spec, const SeqintBound &modulus, const SeqintOperand &m,
                 const SeqintBound &equals, const SeqintOperand &r, bool &divides_by_zero)
{
    const Slice every = seqint::whole(spec);
    Pieces out = allocate_pieces(2);
    if (!m.known || !r.known) {  // narrows nothing (never so at execution)
        append_piece(out, every, every_position);
        return out;
    }
    if (m.isnull || r.isnull)
        return out;
    const int64 divisor = seqint_remainder_operand(modulus, m.value);
    if (divisor == 0) {
        divides_by_zero = true;
        append_piece(out, every, every_position);
        return out;
    }
    const uint64 magnitude = seqint::modular::magnitude(divisor);
    // The remainders named.
    int64 *remainders;
    int n;
    const bool complement = equals.kind == SeqintBoundKind::remainder_not ||
                            equals.kind == SeqintBoundKind::remainder_not_in;
    if (seqint_remainders_in_array(equals.kind)) {
        Datum *elements;
        bool *nulls;
        n = seqint_array_elements(r.value, &elements, &nulls);
        remainders = static_cast<int64 *>(palloc(sizeof(int64) * Max(n, 1)));
        int kept = 0;
        for (int i = 0; i < n; ++i) {
            // val % m = NULL is never true, so IN skips a NULL; and NOT IN with a NULL is never
            // true either (<> ALL is false or NULL): it leaves nothing.
            if (nulls[i] && complement)
                return out;
            if (!nulls[i])
                remainders[kept++] = seqint_remainder_operand(equals, elements[i]);
        }
        n = kept;
    } else {
        remainders = static_cast<int64 *>(palloc(sizeof(int64)));
        remainders[0] = seqint_remainder_operand(equals, r.value);
        n = 1;
    }
    for (int negative = 1; negative >= 0; --negative) {
        // The residues modulo |m| of the remainders this side of zero can have.
        auto *residues = static_cast<uint64 *>(palloc(sizeof(uint64) * Max(n, 1)));
        size_t count = 0;
        for (int i = 0; i < n; ++i) {
            const int64 rem = remainders[i];
            const uint64 size = seqint::modular::magnitude(rem);
            if (size >= magnitude || (negative ? rem > 0 : rem < 0))
                continue;
            residues[count++] = negative && size != 0 ? magnitude - size : size;
        }
        count = seqint::normalize_positions(residues, count, {0, magnitude});
        seqint::ValueRange side;
        side.constrain(negative ? seqint::Comparison::less : seqint::Comparison::greater_equal,
                       seqint::IntegerView::integer(0));
        append_piece(out, seqint::slice_within(spec, side),
                     pattern_of_residues(spec, magnitude, residues, count, complement));
    }
    if (out.count == 2 && out.slices[0].begin > out.slices[1].begin) {  // a descending sequence
        std::swap(out.slices[0], out.slices[1]);
        std::swap(out.patterns[0], out.patterns[1]);
    }
    return out;
}

// What one branch of a pattern group leaves: its comparisons' range, and each remainder filter.
Pieces
branch_pieces(const seqint::Spec &spec, const SeqintColumn &column, const SeqintScanBounds &bounds,
              const SeqintBranch &branch, const SeqintOperand *operands, bool &divides_by_zero)
{
    seqint::ValueRange range;
    for (int k = branch.first_bound; k < branch.first_bound + branch.bound_count; ++k) {
        if (bounds.bounds[k].kind == SeqintBoundKind::modulus)
            ++k;
        else
            seqint_narrow_by_comparison(spec, column, range, bounds.bounds[k], operands[k]);
    }
    Pieces out = allocate_pieces(1);
    append_piece(out, seqint::slice_within(spec, range), every_position);
    for (int k = branch.first_bound; k < branch.first_bound + branch.bound_count && out.count > 0;
         ++k) {
        if (bounds.bounds[k].kind != SeqintBoundKind::modulus)
            continue;
        out = intersect_pieces(
            out, remainder_pieces(spec, bounds.bounds[k], operands[k], bounds.bounds[k + 1],
                                  operands[k + 1], divides_by_zero));
        ++k;
    }
    return out;
}

// What a pattern group leaves: the union of its branches.
Pieces
group_pieces(const seqint::Spec &spec, const SeqintColumn &column, const SeqintScanBounds &bounds,
             const SeqintGroup &group, const SeqintOperand *operands, bool &divides_by_zero)
{
    auto *sets = static_cast<Pieces *>(palloc(sizeof(Pieces) * group.branch_count));
    for (int b = 0; b < group.branch_count; ++b)
        sets[b] = branch_pieces(spec, column, bounds, bounds.branches[group.first_branch + b],
                                operands, divides_by_zero);
    return group.branch_count == 1 ? sets[0] : unite_pieces(sets, group.branch_count);
}

}  // namespace

bool
seqint_is_pattern_group(const SeqintScanBounds &bounds, const SeqintGroup &group)
{
    const SeqintBranch &first = bounds.branches[group.first_branch];
    const SeqintBranch &last = bounds.branches[group.first_branch + group.branch_count - 1];
    for (int k = first.first_bound; k < last.first_bound + last.bound_count; ++k)
        if (bounds.bounds[k].kind == SeqintBoundKind::modulus)
            return true;
    return false;
}

SeqintWalk
seqint_walk_of_patterns(const seqint::Spec &spec, const SeqintColumn &column,
                        const SeqintScanBounds &bounds, const SeqintOperand *operands,
                        Slice *slices, size_t count, bool &divides_by_zero)
{
    Pieces walk = allocate_pieces(count);
    for (size_t i = 0; i < count; ++i)
        append_piece(walk, slices[i], every_position);
    for (int g = 0; g < bounds.group_count && walk.count > 0; ++g)
        if (seqint_is_pattern_group(bounds, bounds.groups[g]))
            walk = intersect_pieces(walk, group_pieces(spec, column, bounds, bounds.groups[g],
                                                       operands, divides_by_zero));
    bool plain = true;
    for (size_t i = 0; i < walk.count; ++i)
        plain &= walk.patterns[i].is_all();
    if (walk.count == 0)
        return SeqintWalk::of(spec, Slice{});
    if (plain)
        return {spec, seqint::SliceSet::of(walk.slices,
                                           seqint::normalize_slices(walk.slices, walk.count))};
    return {spec, seqint::SliceSet::of(walk.slices, walk.patterns, walk.count)};
}
