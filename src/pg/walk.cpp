// walk.cpp — turning evaluated bounds into the slice (and IN-list members) a scan walks.
#include "pg/walk.hpp"

#include "seqint/bounds.hpp"
#include "seqint/positions.hpp"

#include "pg/number_view.hpp"

extern "C" {
#include "utils/array.h"
}

namespace {

// The positions of the array's members in the sequence, normalized; `*applies` is false
// when some member cannot be compared exactly (then the clause narrows nothing).
uint64 *
member_positions(const seqint::Spec &spec, const SeqintBound &bound, Datum array_datum,
                 uint64 *count, bool *applies)
{
    ArrayType *array = DatumGetArrayTypeP(array_datum);
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
    *applies = true;
    for (int i = 0; i < n; ++i) {
        if ((i & 0xffff) == 0)
            CHECK_FOR_INTERRUPTS();  // an IN list can be as long as memory allows
        if (nulls[i])
            continue;  // val = NULL is never true
        int64 member;
        if (!seqint_member_value(bound, elements[i], &member, applies)) {
            if (!*applies)
                break;
            continue;
        }
        if (const auto position = seqint::index_of(spec, member))
            positions[found++] = *position;
    }
    *count = seqint::normalize_positions(positions, found, seqint::whole(spec));
    return positions;
}

}  // namespace

SeqintWalk
seqint_compute_walk(const seqint::Spec &spec, const SeqintBound *bounds,
                    const SeqintOperand *operands, int n)
{
    seqint::ValueRange range;
    SeqintWalk walk{};

    // An OR clause's bounds come together, branch by branch: each branch narrows its own
    // range, and the clause keeps the hull of its branches.
    seqint::ValueRange hull, branch;
    int group = 0, branch_number = 0;
    auto close_branch = [&] {
        if (group != 0)
            hull.unite(branch);
    };
    auto close_group = [&] {
        close_branch();
        if (group != 0)
            range.intersect(hull);
        group = 0;
    };

    for (int i = 0; i < n; ++i) {
        const SeqintBound &bound = bounds[i];
        const SeqintOperand &operand = operands[i];
        if (bound.or_group != group) {
            close_group();
            group = bound.or_group;
            hull = seqint::ValueRange{};
            hull.make_empty();
            branch = seqint::ValueRange{};
            branch_number = bound.or_branch;
        } else if (group != 0 && bound.or_branch != branch_number) {
            close_branch();
            branch = seqint::ValueRange{};
            branch_number = bound.or_branch;
        }
        seqint::ValueRange &target = group != 0 ? branch : range;

        if (!operand.known)
            continue;
        if (operand.isnull) {
            target.make_empty();
            continue;
        }
        if (bound.is_array) {
            uint64 count;
            bool applies;
            uint64 *positions = member_positions(spec, bound, operand.value, &count, &applies);
            if (!applies)
                continue;
            if (walk.members == nullptr) {
                walk.members = positions;
                walk.member_count = count;
            } else {
                walk.member_count = seqint::intersect_positions(walk.members, walk.member_count,
                                                                positions, count);
            }
            continue;
        }
        seqint_constrain(target, bound, operand.value);
    }
    close_group();

    walk.slice = seqint::slice_within(spec, range);
    if (walk.members != nullptr)
        walk.member_count =
            seqint::normalize_positions(walk.members, walk.member_count, walk.slice);
    return walk;
}

void
seqint_trim_walk(SeqintWalk &walk, seqint::Direction direction, uint64 offset, bool has_limit,
                 uint64 limit)
{
    const uint64 size = walk.size();
    const uint64 skipped = Min(offset, size);
    const uint64 kept = has_limit ? Min(limit, size - skipped) : size - skipped;
    // The kept positions, as indexes into the walk's own order (slice or members).
    const uint64 first =
        direction == seqint::Direction::forward ? skipped : size - skipped - kept;
    if (walk.members != nullptr) {
        walk.members += first;
        walk.member_count = kept;
    } else {
        walk.slice.begin += first;
        walk.slice.end = walk.slice.begin + kept;
    }
}
