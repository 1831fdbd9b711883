// seqint/slice_set.hpp — the positions a scan walks, as sorted disjoint slices, and a walker
// that hands their values out in either direction.
//
// A scan's bounds leave one slice (a range), several (an OR of ranges) or many of one
// position each (IN lists). The caller owns every array (the adapter pallocs them); these
// functions only reorder, merge and read them, so they allocate nothing and cannot fail.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "seqint/cursor.hpp"
#include "seqint/periodic.hpp"
#include "seqint/spec.hpp"

namespace seqint {

// Sorts slices[0 … n) by position, merges the overlapping and adjacent ones and drops the
// empty ones; returns how many remain at the front. The result is "normalized": sorted,
// disjoint, not adjacent, none empty.
std::size_t normalize_slices(Slice *slices, std::size_t n) noexcept;

// The positions in both a[0 … na) and b[0 … nb) (normalized), written normalized to `out`,
// which has room for na + nb slices and overlaps neither; returns how many.
std::size_t intersect_slices(const Slice *a, std::size_t na, const Slice *b, std::size_t nb,
                             Slice *out) noexcept;

// The normalized positions[0 … n) as slices, runs of consecutive positions merged, written to
// `out` (room for n slices); returns how many.
std::size_t slices_of_positions(const std::uint64_t *positions, std::size_t n, Slice *out) noexcept;

// A walk: normalized slices, and the window of ranks (0 = the first position of the first
// slice) that is walked, so that OFFSET, LIMIT and parallel chunks cut a walk without copying
// its slices. One slice is held inline, the common case, so that a walk of one range needs no
// array at all. Under remainder filters that leave several residue classes (periodic.hpp),
// each slice has a pattern, and only the slice's positions in its pattern belong to the set.
struct SliceSet {
    Slice one;                    // the only slice, when count == 1
    const Slice *many = nullptr;  // the slices, when count > 1
    std::size_t count = 0;
    std::uint64_t total = 0;            // positions in all slices (in their patterns)
    Slice window;                       // ranks [begin, end) walked, within [0, total)
    const Pattern *patterns = nullptr;  // the pattern of each slice, or null: every position

    static SliceSet of(Slice slice) noexcept {
        SliceSet set;
        set.one = slice;
        set.count = slice.is_empty() ? 0 : 1;
        set.total = slice.size();
        set.window = {0, set.total};
        return set;
    }
    static SliceSet of(const Slice *slices, std::size_t n) noexcept;
    // Slices with a pattern each (patterns[i] for slices[i]); the slices sorted and disjoint,
    // none empty.
    static SliceSet of(const Slice *slices, const Pattern *patterns, std::size_t n) noexcept;

    const Slice &slice(std::size_t i) const noexcept { return count == 1 ? one : many[i]; }
    // How many positions slice i holds (in its pattern).
    std::uint64_t slice_size(std::size_t i) const noexcept {
        return patterns == nullptr ? slice(i).size() : matches_in(patterns[i], slice(i));
    }
    // How many positions the window holds.
    std::uint64_t size() const noexcept { return window.size(); }

    // Keeps, of the window, the `kept` ranks after the first `skipped` in `direction`.
    void trim(Direction direction, std::uint64_t skipped, std::uint64_t kept) noexcept;

    // Calls part(Slice, const Pattern *) for the positions of each slice inside the window, in
    // position order: the slice cut to its first and last position inside the window, and its
    // pattern (null: every position of the part belongs to the set).
    template <typename Part>
    void for_each_part(Part &&part) const noexcept {
        std::uint64_t rank = 0;
        for (std::size_t i = 0; i < count && rank < window.end; ++i) {
            const std::uint64_t size = slice_size(i);
            const std::uint64_t lo = rank > window.begin ? rank : window.begin;
            const std::uint64_t hi = rank + size < window.end ? rank + size : window.end;
            if (lo < hi)
                part(cut(i, lo - rank, hi - rank), patterns == nullptr ? nullptr : &patterns[i]);
            rank += size;
        }
    }
    // The positions of slice i from its member of rank lo to the one before rank hi.
    Slice cut(std::size_t i, std::uint64_t lo, std::uint64_t hi) const noexcept {
        const Slice &s = slice(i);
        if (patterns == nullptr)
            return {s.begin + lo, s.begin + hi};
        return {nth_match(patterns[i], s.begin, lo), nth_match(patterns[i], s.begin, hi - 1) + 1};
    }
};

// Hands out the values of a SliceSet's window one by one, in `direction`.
class SliceWalker {
public:
    void start(const Spec &spec, const SliceSet &set, Direction direction) noexcept;
    // The same for a set of one slice (or none), as a probe of a nested loop starts it: the
    // cursor is set up at once, and no set is copied.
    void start(const Spec &spec, Slice slice, Direction direction) noexcept {
        set_.count = 0;  // next_slice finds nothing after this slice
        next_ = 0;
        pattern_ = nullptr;
        direction_ = direction;
        cursor_.reset(spec, slice, direction);
    }
    // The same for a walk of the one value `value`, or of none.
    void start_one(bool found, std::int64_t value) noexcept {
        set_.count = 0;
        next_ = 0;
        pattern_ = nullptr;
        if (found)
            cursor_.reset_one(value);
        else
            cursor_ = Cursor{};
    }

    // Stores the next value in `out` and returns true, or returns false at the end.
    bool next(std::int64_t &out) noexcept {
        return cursor_.next(out) || (next_slice() && cursor_.next(out));
    }

private:
    bool next_slice() noexcept;
    bool next_run() noexcept;
    // Starts walking the members of slice i from rank lo to before rank hi (within the
    // slice), run by run when it has a pattern; false when they are all left out.
    bool enter_slice(std::size_t i, std::uint64_t lo, std::uint64_t hi) noexcept;

    Spec spec_;
    SliceSet set_;
    Direction direction_ = Direction::forward;
    Cursor cursor_;           // over the window's part of the current slice
    std::size_t next_ = 0;    // forward: the next slice; backward: one past it
    std::uint64_t rank_ = 0;  // forward: the rank of its first position; backward: past its last
    const Pattern *pattern_ = nullptr;  // the current slice's pattern, while runs of it remain
    Slice left_;                        // those positions of the current slice not yet walked
};

static_assert(std::is_trivially_destructible_v<SliceSet>);
static_assert(std::is_trivially_destructible_v<SliceWalker>);

}  // namespace seqint
