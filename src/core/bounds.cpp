// bounds.cpp — narrowing a value range by comparisons, and mapping it onto positions.
#include "seqint/bounds.hpp"

#include "seqint/modular.hpp"
#include "seqint/no_postgres.hpp"

namespace seqint {

using modular::distance;
using modular::magnitude;

namespace {

constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();

// ⌈a / b⌉ for b > 0, without forming a + b − 1.
std::uint64_t ceil_div(std::uint64_t a, std::uint64_t b) noexcept {
    return b == 1 ? a : a / b + (a % b != 0);
}

}  // namespace

Comparison commuted(Comparison comparison) noexcept {
    switch (comparison) {
    case Comparison::less:
        return Comparison::greater;
    case Comparison::less_equal:
        return Comparison::greater_equal;
    case Comparison::equal:
        return Comparison::equal;
    case Comparison::greater_equal:
        return Comparison::less_equal;
    case Comparison::greater:
        break;
    }
    return Comparison::less;
}

void ValueRange::at_least(std::int64_t value) noexcept {
    if (value > lo_)
        lo_ = value;
    if (lo_ > hi_)
        empty_ = true;
}

void ValueRange::at_most(std::int64_t value) noexcept {
    if (value < hi_)
        hi_ = value;
    if (lo_ > hi_)
        empty_ = true;
}

void ValueRange::intersect(const ValueRange &other) noexcept {
    if (other.empty_) {
        empty_ = true;
        return;
    }
    at_least(other.lo_);
    at_most(other.hi_);
}

void ValueRange::unite(const ValueRange &other) noexcept {
    if (other.empty_)
        return;
    if (empty_) {
        *this = other;
        return;
    }
    if (other.lo_ < lo_)
        lo_ = other.lo_;
    if (other.hi_ > hi_)
        hi_ = other.hi_;
}

void ValueRange::constrain(Comparison comparison, const IntegerView &constant) noexcept {
    using Place = IntegerView::Place;
    // Past the int64 domain, a comparison holds for every value or for none.
    if (constant.place != Place::inside) {
        const bool constant_above = constant.place == Place::above_all;
        const bool holds_for_all =
            constant_above
                ? comparison == Comparison::less || comparison == Comparison::less_equal
                : comparison == Comparison::greater || comparison == Comparison::greater_equal;
        if (!holds_for_all)
            empty_ = true;
        return;
    }
    const std::int64_t floor = constant.floor;
    switch (comparison) {
    case Comparison::less:  // v < c  ⟺  v <= c − 1 for an integer c, v <= ⌊c⌋ otherwise
        if (!constant.is_integer)
            at_most(floor);
        else if (floor == int64_min)
            empty_ = true;
        else
            at_most(floor - 1);
        break;
    case Comparison::less_equal:  // v <= c  ⟺  v <= ⌊c⌋
        at_most(floor);
        break;
    case Comparison::equal:  // only an integer can equal an integer value
        if (!constant.is_integer) {
            empty_ = true;
        } else {
            at_least(floor);
            at_most(floor);
        }
        break;
    case Comparison::greater_equal:  // v >= c  ⟺  v >= c, or v >= ⌊c⌋ + 1
        if (constant.is_integer)
            at_least(floor);
        else if (floor == int64_max)
            empty_ = true;
        else
            at_least(floor + 1);
        break;
    case Comparison::greater:  // v > c  ⟺  v >= ⌊c⌋ + 1
        if (floor == int64_max)
            empty_ = true;
        else
            at_least(floor + 1);
        break;
    }
}

Probe::Probe(const Spec &spec) noexcept
    : spec_(spec), count_(count(spec)), step_(magnitude(spec.step)), up_(spec.step > 0) {}

Slice Probe::slice_within(const ValueRange &range) const noexcept {
    const std::uint64_t n = count_;
    if (range.is_empty() || n == 0)
        return {};
    // Walking away from start, the values first reach one bound of the range (`near`) and
    // finally pass the other (`far`): lo then hi going up, hi then lo going down.
    const bool up = up_;
    const std::int64_t near = up ? range.lo() : range.hi();
    const std::int64_t far = up ? range.hi() : range.lo();
    const bool near_behind_start = up ? near <= spec_.start : near >= spec_.start;
    const bool far_behind_start = up ? far < spec_.start : far > spec_.start;
    if (far_behind_start)
        return {};

    // First position at or past `near`; positions up to `far`, counted from start.
    const std::uint64_t begin =
        near_behind_start
            ? 0
            : ceil_div(up ? distance(spec_.start, near) : distance(near, spec_.start), step_);
    const std::uint64_t steps_to_far =
        modular::per_step(up ? distance(spec_.start, far) : distance(far, spec_.start), step_);
    // steps_to_far + 1 positions reach `far`; compare before adding to stay in uint64.
    const std::uint64_t end = steps_to_far >= n - 1 ? n : steps_to_far + 1;
    if (begin >= end)
        return {};
    return {begin, end};
}

Slice slice_within(const Spec &spec, const ValueRange &range) noexcept {
    return Probe(spec).slice_within(range);
}

std::optional<std::uint64_t> index_of(const Spec &spec, std::int64_t value) noexcept {
    const Slice slice = Probe(spec).slice_of(value);
    if (slice.is_empty())
        return std::nullopt;
    return slice.begin;
}

}  // namespace seqint
