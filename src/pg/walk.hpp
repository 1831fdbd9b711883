// walk.hpp — the positions a scan visits, from the spec and the values of its bounds.
#pragma once

#include "seqint/cursor.hpp"
#include "seqint/spec.hpp"

#include "pg/clauses.hpp"

// What a scan walks: a slice, or the members of IN lists inside it.
struct SeqintWalk {
    seqint::Slice slice;  // the positions whose values satisfy every range bound
    uint64 *members;      // nullptr, or the sorted positions IN lists leave inside the slice
    uint64 member_count;

    uint64 size() const { return members != nullptr ? member_count : slice.size(); }
};

// A bound's operand, evaluated. At plan time only constants are `known`; an unknown
// operand narrows nothing.
struct SeqintOperand {
    Datum value;
    bool isnull;
    bool known;
};

// Applies bounds[i] with operands[i], for i < n. Members are palloc'd in the current memory
// context. A NULL operand matches nothing, as the strict comparison would.
SeqintWalk seqint_compute_walk(const seqint::Spec &spec, const SeqintBound *bounds,
                               const SeqintOperand *operands, int n);

// Drops the first `offset` positions of the walk in `direction`, then keeps at most `limit`
// (when `has_limit`): OFFSET and LIMIT without visiting a single skipped value.
void seqint_trim_walk(SeqintWalk &walk, seqint::Direction direction, uint64 offset,
                      bool has_limit, uint64 limit);

// Hands out a walk's values one by one, in the plan's direction.
struct SeqintWalker {
    seqint::Spec spec;
    SeqintWalk walk;
    seqint::Direction direction;
    seqint::Cursor cursor;  // over walk.slice, when there are no members
    uint64 members_done;    // members handed out so far

    void start(const seqint::Spec &s, const SeqintWalk &w, seqint::Direction d)
    {
        spec = s;
        walk = w;
        direction = d;
        cursor.reset(spec, walk.slice, direction);
        members_done = 0;
    }

    // How many values next() has handed out since start().
    uint64 handed_out() const
    {
        return walk.members != nullptr ? members_done : walk.slice.size() - cursor.remaining();
    }

    bool next(int64 &value)
    {
        if (walk.members == nullptr)
            return cursor.next(value);
        if (members_done == walk.member_count)
            return false;
        const uint64 i = direction == seqint::Direction::forward
                             ? members_done
                             : walk.member_count - 1 - members_done;
        ++members_done;
        value = seqint::value_at(spec, walk.members[i]);
        return true;
    }
};
