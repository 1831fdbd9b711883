// spec.cpp — counting, indexing and range checks of a sequence, without overflow.
#include "seqint/spec.hpp"

#include "seqint/modular.hpp"
#include "seqint/no_postgres.hpp"

namespace seqint {

using modular::distance;
using modular::magnitude;
using modular::to_signed;
using modular::to_unsigned;

SpecProblem find_problem(const Spec &spec) noexcept {
    if (spec.step == 0)
        return SpecProblem::zero_step;
    if ((spec.step > 0 && spec.end < spec.start) || (spec.step < 0 && spec.end > spec.start))
        return SpecProblem::wrong_direction;
    return SpecProblem::none;
}

std::uint64_t count(const Spec &spec) noexcept {
    if (spec.start == spec.end)
        return 0;
    // The span is at most 2^64 − 1 and the step's magnitude at least 1, so this is the
    // ceiling of span / |step| without ever forming span + |step| − 1.
    const std::uint64_t span =
        spec.step > 0 ? distance(spec.start, spec.end) : distance(spec.end, spec.start);
    return modular::per_step(span - 1, magnitude(spec.step)) + 1;
}

std::int64_t value_at(const Spec &spec, std::uint64_t index) noexcept {
    // Exact modulo 2^64, and the true value lies in int64 because index < count.
    return to_signed(to_unsigned(spec.start) + index * to_unsigned(spec.step));
}

std::int64_t last_value(const Spec &spec) noexcept { return value_at(spec, count(spec) - 1); }

std::optional<std::uint64_t> first_index_outside(const Spec &spec, std::int64_t lo,
                                                 std::int64_t hi) noexcept {
    const std::uint64_t n = count(spec);
    if (n == 0)
        return std::nullopt;
    if (spec.start < lo || spec.start > hi)
        return 0;
    // Steps that stay inside, counted from start towards the bound the sequence walks to.
    const std::uint64_t steps_inside = spec.step > 0
                                           ? distance(spec.start, hi) / magnitude(spec.step)
                                           : distance(lo, spec.start) / magnitude(spec.step);
    if (steps_inside >= n - 1)
        return std::nullopt;
    return steps_inside + 1;
}

}  // namespace seqint

namespace seqint {

std::uint64_t spaced_position(std::uint64_t i, std::uint64_t k, std::uint64_t n) noexcept {
    // i·n needs up to 128 bits; the quotient is below n, so it fits again.
    __extension__ using uint128 = unsigned __int128;
    return static_cast<std::uint64_t>(static_cast<uint128>(i) * n / k);
}

}  // namespace seqint
