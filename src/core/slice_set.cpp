// slice_set.cpp — normalizing and intersecting slice sets, trimming their windows, walking them.
#include "seqint/slice_set.hpp"

#include <algorithm>

#include "seqint/no_postgres.hpp"

namespace seqint {

std::size_t normalize_slices(Slice *slices, std::size_t n) noexcept {
    Slice *const end = std::remove_if(slices, slices + n, [](Slice s) { return s.is_empty(); });
    std::sort(slices, end, [](Slice a, Slice b) { return a.begin < b.begin; });
    std::size_t kept = 0;
    for (Slice *s = slices; s != end; ++s) {
        if (kept > 0 && s->begin <= slices[kept - 1].end)
            slices[kept - 1].end = std::max(slices[kept - 1].end, s->end);
        else
            slices[kept++] = *s;
    }
    return kept;
}

std::size_t intersect_slices(const Slice *a, std::size_t na, const Slice *b, std::size_t nb,
                             Slice *out) noexcept {
    std::size_t i = 0, j = 0, n = 0;
    while (i < na && j < nb) {
        const std::uint64_t lo = std::max(a[i].begin, b[j].begin);
        const std::uint64_t hi = std::min(a[i].end, b[j].end);
        if (lo < hi)
            out[n++] = {lo, hi};
        if (a[i].end < b[j].end)
            ++i;
        else
            ++j;
    }
    return n;
}

std::size_t slices_of_positions(const std::uint64_t *positions, std::size_t n,
                                Slice *out) noexcept {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (kept > 0 && out[kept - 1].end == positions[i])
            ++out[kept - 1].end;
        else
            out[kept++] = {positions[i], positions[i] + 1};
    }
    return kept;
}

SliceSet SliceSet::of(const Slice *slices, std::size_t n) noexcept {
    if (n == 1)
        return of(slices[0]);
    SliceSet set;
    set.many = slices;
    set.count = n;
    for (std::size_t i = 0; i < n; ++i)
        set.total += slices[i].size();
    set.window = {0, set.total};
    return set;
}

SliceSet SliceSet::of(const Slice *slices, const Pattern *patterns, std::size_t n) noexcept {
    SliceSet set = of(slices, n);
    if (n == 0)
        return set;
    set.patterns = patterns;
    set.total = 0;
    for (std::size_t i = 0; i < n; ++i)
        set.total += set.slice_size(i);
    set.window = {0, set.total};
    return set;
}

void SliceSet::trim(Direction direction, std::uint64_t skipped, std::uint64_t kept) noexcept {
    const std::uint64_t size = window.size();
    skipped = std::min(skipped, size);
    kept = std::min(kept, size - skipped);
    if (direction == Direction::forward)
        window.begin += skipped;
    else
        window.begin = window.end - skipped - kept;
    window.end = window.begin + kept;
}

void SliceWalker::start(const Spec &spec, const SliceSet &set, Direction direction) noexcept {
    spec_ = spec;
    set_ = set;
    direction_ = direction;
    cursor_ = Cursor{};  // empty: the first next() moves to the first slice
    pattern_ = nullptr;
    const bool forward = direction == Direction::forward;
    next_ = forward ? 0 : set.count;
    rank_ = forward ? 0 : set.total;
}

bool SliceWalker::next_run() noexcept {
    const Slice run = direction_ == Direction::forward
                          ? seqint::next_run(*pattern_, left_.begin, left_.end)
                          : previous_run(*pattern_, left_.begin, left_.end);
    if (run.is_empty()) {
        pattern_ = nullptr;
        return false;
    }
    if (direction_ == Direction::forward)
        left_.begin = run.end;
    else
        left_.end = run.begin;
    cursor_.reset(spec_, run, direction_);
    return true;
}

bool SliceWalker::enter_slice(std::size_t i, std::uint64_t lo, std::uint64_t hi) noexcept {
    const Slice part = set_.cut(i, lo, hi);
    if (set_.patterns == nullptr) {
        cursor_.reset(spec_, part, direction_);
        return true;
    }
    pattern_ = &set_.patterns[i];
    left_ = part;
    return next_run();
}

bool SliceWalker::next_slice() noexcept {
    // A slice with a pattern is walked run by run: a run is consecutive positions.
    if (pattern_ != nullptr && next_run())
        return true;
    const Slice &window = set_.window;
    if (direction_ == Direction::forward) {
        while (next_ < set_.count && rank_ < window.end) {
            const std::size_t i = next_++;
            const std::uint64_t base = rank_;
            rank_ += set_.slice_size(i);
            const std::uint64_t lo = std::max(base, window.begin);
            const std::uint64_t hi = std::min(rank_, window.end);
            if (lo < hi && enter_slice(i, lo - base, hi - base))
                return true;
        }
        return false;
    }
    while (next_ > 0 && rank_ > window.begin) {
        const std::size_t i = --next_;
        const std::uint64_t base = rank_ - set_.slice_size(i);
        const std::uint64_t lo = std::max(base, window.begin);
        const std::uint64_t hi = std::min(rank_, window.end);
        rank_ = base;
        if (lo < hi && enter_slice(i, lo - base, hi - base))
            return true;
    }
    return false;
}

}  // namespace seqint
