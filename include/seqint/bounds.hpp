// seqint/bounds.hpp — WHERE-clause bounds on the values, and the slice of the sequence they leave.
//
// The planner reduces each pushable clause (val < 10.5, val = $1, val BETWEEN a AND b) to a
// comparison with a constant seen as integers (IntegerView), narrows a ValueRange with it,
// and turns the range into the positions [begin, end) that can match: a scan walks only
// those. Everything here is exact for integer-valued columns; the adapter decides when a
// column's values compare as integers (see src/pg/clauses.cpp).
#pragma once

#include <cstdint>
#include <limits>
#include <optional>

#include "seqint/spec.hpp"

namespace seqint {

// The comparison of `val OP constant`, with the column on the left.
enum class Comparison { less, less_equal, equal, greater_equal, greater };

// The same comparison with the operands swapped: constant OP val.
Comparison commuted(Comparison comparison) noexcept;

// Where a constant lies among the integers. Constants past the int64 domain (1e30, ±Infinity,
// NaN, which PostgreSQL sorts above every number) only say "below all" or "above all".
struct IntegerView {
    enum class Place { below_all, inside, above_all };
    Place place = Place::inside;
    std::int64_t floor = 0;  // when inside: the largest int64 not above the constant
    bool is_integer = true;  // when inside: the constant equals floor

    static IntegerView integer(std::int64_t value) noexcept { return {Place::inside, value, true}; }
    static IntegerView fraction_above(std::int64_t floor) noexcept {
        return {Place::inside, floor, false};
    }
    static IntegerView below_all() noexcept { return {Place::below_all, 0, false}; }
    static IntegerView above_all() noexcept { return {Place::above_all, 0, false}; }
};

// The closed interval [lo, hi] of values a scan may still return; possibly empty.
class ValueRange {
public:
    // Keeps only the values v for which `v comparison constant` holds.
    void constrain(Comparison comparison, const IntegerView &constant) noexcept;
    void intersect(const ValueRange &other) noexcept;
    // Grows to the smallest range holding both (the hull of an OR's branches).
    void unite(const ValueRange &other) noexcept;
    void make_empty() noexcept { empty_ = true; }

    bool is_empty() const noexcept { return empty_; }
    std::int64_t lo() const noexcept { return lo_; }
    std::int64_t hi() const noexcept { return hi_; }

private:
    void at_least(std::int64_t value) noexcept;
    void at_most(std::int64_t value) noexcept;

    std::int64_t lo_ = std::numeric_limits<std::int64_t>::min();
    std::int64_t hi_ = std::numeric_limits<std::int64_t>::max();
    bool empty_ = false;
};

// The positions of the values of `spec` that lie in `range` (a sequence is monotonic, so
// they are consecutive). Requires find_problem(spec) == SpecProblem::none.
Slice slice_within(const Spec &spec, const ValueRange &range) noexcept;

// The position of `value` in the sequence, or nothing when the sequence does not hold it.
std::optional<std::uint64_t> index_of(const Spec &spec, std::int64_t value) noexcept;

// A sequence prepared for many bounds, as a nested loop probes it once per outer row: what
// slice_within and index_of derive from the spec alone (its count, its step's magnitude, its
// direction) is computed once, so that a probe costs a subtraction, at most a division, and
// no call. Requires find_problem(spec) == SpecProblem::none.
class Probe {
public:
    Probe() = default;
    explicit Probe(const Spec &spec) noexcept;

    // slice_within(spec, range).
    Slice slice_within(const ValueRange &range) const noexcept;
    // The position of `value` as a slice of one position, or an empty slice (index_of).
    Slice slice_of(std::int64_t value) const noexcept {
        if (count_ == 0 || (up_ ? value < spec_.start : value > spec_.start))
            return {};
        const std::uint64_t span =
            up_ ? static_cast<std::uint64_t>(value) - static_cast<std::uint64_t>(spec_.start)
                : static_cast<std::uint64_t>(spec_.start) - static_cast<std::uint64_t>(value);
        if (step_ != 1 && span % step_ != 0)
            return {};
        const std::uint64_t index = step_ == 1 ? span : span / step_;
        if (index >= count_)
            return {};
        return {index, index + 1};
    }
    const Spec &spec() const noexcept { return spec_; }

private:
    Spec spec_;
    std::uint64_t count_ = 0;
    std::uint64_t step_ = 1;  // |spec.step|
    bool up_ = true;          // spec.step > 0
};

}  // namespace seqint
