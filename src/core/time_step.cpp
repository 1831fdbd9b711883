// time_step.cpp — checking an interval step and measuring it in a column's unit.
#include "seqint/time_step.hpp"

#include "seqint/no_postgres.hpp"

namespace seqint {

namespace {

int sign_of(std::int64_t v) noexcept { return (v > 0) - (v < 0); }

}  // namespace

StepProblem find_step_problem(const TimeStep &step, TimeColumn column) noexcept {
    const int signs[] = {sign_of(step.months), sign_of(step.days), sign_of(step.micros)};
    bool positive = false, negative = false;
    for (int s : signs) {
        positive |= s > 0;
        negative |= s < 0;
    }
    if (!positive && !negative)
        return StepProblem::zero;
    if (positive && negative)
        return StepProblem::mixed_signs;
    if (column == TimeColumn::date && step.micros != 0)
        return StepProblem::finer_than_a_day;
    return StepProblem::none;
}

int step_direction(const TimeStep &step) noexcept {
    if (step.months != 0)
        return sign_of(step.months);
    if (step.days != 0)
        return sign_of(step.days);
    return sign_of(step.micros);
}

std::optional<FixedLength> fixed_length(const TimeStep &step, TimeColumn column) noexcept {
    if (step.months != 0)
        return std::nullopt;
    switch (column) {
    case TimeColumn::date:
        return FixedLength{step.days, false};
    case TimeColumn::timestamptz:
        if (step.days != 0)
            return std::nullopt;  // a day in a time zone is 23, 24 or 25 hours
        return FixedLength{step.micros, false};
    case TimeColumn::timestamp:
        break;
    }
    // Both fields have one sign, so the sum overflows only past 2^63 in magnitude.
    std::int64_t days_in_micros = 0, length = 0;
    if (__builtin_mul_overflow(static_cast<std::int64_t>(step.days), micros_per_day,
                               &days_in_micros) ||
        __builtin_add_overflow(days_in_micros, step.micros, &length))
        return FixedLength{0, true};
    return FixedLength{length, false};
}

}  // namespace seqint
