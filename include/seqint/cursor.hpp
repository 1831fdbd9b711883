// seqint/cursor.hpp — walks a sequence value by value, for the executor's hot loop.
//
// Header-only so that IterateForeignScan inlines it. The cursor counts the values left
// instead of comparing against `end`: the value after the last one may lie outside int64
// (start INT64_MIN, step INT64_MAX), and is never computed as a signed number.
#pragma once

#include <cstdint>
#include <type_traits>

#include "seqint/modular.hpp"
#include "seqint/spec.hpp"

namespace seqint {

// Which way a scan walks its slice: in the sequence's own order, or against it (ORDER BY
// the other way round).
enum class Direction { forward, backward };

class Cursor {
public:
    Cursor() = default;
    Cursor(const Spec &spec, Slice slice, Direction direction) noexcept {
        reset(spec, slice, direction);
    }

    // To the first position of `slice` in `direction` (rescans start over here).
    void reset(const Spec &spec, Slice slice, Direction direction) noexcept {
        remaining_ = slice.size();
        if (remaining_ == 0)
            return;
        const bool forward = direction == Direction::forward;
        next_ = modular::to_unsigned(value_at(spec, forward ? slice.begin : slice.end - 1));
        step_ = forward ? modular::to_unsigned(spec.step) : 0 - modular::to_unsigned(spec.step);
    }

    // To the one value `value` (a probe that found it: no position to turn into a value).
    void reset_one(std::int64_t value) noexcept {
        next_ = modular::to_unsigned(value);
        remaining_ = 1;
    }

    // Stores the next value in `out` and returns true, or returns false at the end.
    bool next(std::int64_t &out) noexcept {
        if (remaining_ == 0)
            return false;
        out = modular::to_signed(next_);
        next_ += step_;  // wraps harmlessly after the last value, which is never read
        --remaining_;
        return true;
    }

    std::uint64_t remaining() const noexcept { return remaining_; }

private:
    std::uint64_t next_ = 0;
    std::uint64_t step_ = 0;
    std::uint64_t remaining_ = 0;
};

// The scan state that holds a Cursor lives in palloc'd memory that PostgreSQL frees
// without running destructors.
static_assert(std::is_trivially_destructible_v<Cursor>);
static_assert(std::is_trivially_copyable_v<Cursor>);

}  // namespace seqint
