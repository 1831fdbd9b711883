// time_step.cpp — a time case's step and count: fixed steps, days (24 hours on timestamp,
// calendar days on timestamptz), months and mixtures of them, for date, timestamp and
// timestamptz; about how many values; and the jitter added to the end after them.
#include <algorithm>
#include <cstdlib>
#include <vector>

#include "time_case.hpp"

namespace seqint_oracle {

Interval TimeGenerator::draw_step(const TimeCase &c, int dir, bool fixed_only) {
    Interval iv;
    static const std::vector<i64> fixed_us = {
        1,
        1000,
        250000,
        kUsPerSecond,
        1500000,
        kUsPerMinute,
        90 * kUsPerSecond,
        5 * kUsPerMinute,
        15 * kUsPerMinute,
        30 * kUsPerMinute,
        kUsPerHour,
        kUsPerHour,
        90 * kUsPerMinute,
        2 * kUsPerHour,
        6 * kUsPerHour,
        23 * kUsPerHour,
        24 * kUsPerHour,
        25 * kUsPerHour,
        7 * kUsPerDay,
        1234567,
    };
    const i128 r = rng_.range(1, 100);
    if (c.type.base == Base::Date) {
        if (fixed_only || r <= 60) {
            iv.days = rng_.pick(std::vector<i64>{1, 1, 1, 2, 3, 7, 10, 14, 30, 100, 365, 1000});
        } else {
            iv.months = rng_.pick(std::vector<i64>{1, 1, 1, 2, 3, 6, 12, 13, 24, 120});
            if (rng_.chance(0.3))
                iv.days = rng_.pick(std::vector<i64>{1, 3, 15});
        }
    } else if (fixed_only || r <= 50) {
        iv.us = rng_.pick(fixed_us);
        if (c.type.base == Base::Timestamp && rng_.chance(0.2)) {  // days are 24 hours here
            iv.days = rng_.pick(std::vector<i64>{1, 2, 7, 30});
            if (rng_.chance(0.5))
                iv.us = 0;
        }
    } else if (c.type.base == Base::Timestamptz && r <= 75) {  // calendar days
        iv.days = rng_.pick(std::vector<i64>{1, 1, 1, 2, 7, 30});
        if (rng_.chance(0.3))
            iv.us = rng_.pick(std::vector<i64>{kUsPerHour, 30 * kUsPerMinute, kUsPerSecond});
    } else {  // months
        iv.months = rng_.pick(std::vector<i64>{1, 1, 1, 2, 3, 6, 12, 13, 24});
        if (rng_.chance(0.3))
            iv.days = rng_.pick(std::vector<i64>{1, 3, 15});
        if (rng_.chance(0.3))
            iv.us = rng_.pick(std::vector<i64>{kUsPerHour, 30 * kUsPerMinute, kUsPerSecond});
    }
    return scaled(iv, dir);
}

i64 TimeGenerator::draw_count() {
    const i128 r = rng_.range(1, 100);
    if (r <= 8)
        return 0;
    if (r <= 60)
        return static_cast<i64>(rng_.range(1, 40));
    if (r <= 88)
        return static_cast<i64>(rng_.range(41, 2000));
    return static_cast<i64>(rng_.range(2001, 60000));
}

// The step's jitter: an interval in the step's direction, shorter than the step's
// smallest part, or none.
std::string TimeGenerator::jitter(const TimeCase &c) {
    if (rng_.chance(0.35))
        return "'0 days'::interval";
    const int dir = c.negative ? -1 : 1;
    const Interval &s = c.step_iv;
    if (c.type.base == Base::Date) {
        const i64 d = s.months != 0 ? 27 : std::abs(s.days) - 1;
        return "'" + std::to_string(dir * static_cast<i64>(rng_.range(0, d))) + " days'::interval";
    }
    i64 limit = s.us != 0 ? std::abs(s.us) - 1 : kUsPerDay - 1;
    if (s.months == 0 && s.days != 0 && s.us == 0)
        limit = std::abs(s.days) * kUsPerDay - 1;
    if (s.months != 0 || (s.days != 0 && c.type.base == Base::Timestamptz))
        limit = std::min<i64>(limit, 20 * kUsPerHour);
    const i64 j =
        rng_.chance(0.3) ? std::min<i64>(1, limit) : static_cast<i64>(rng_.range(0, limit));
    return "'" + std::to_string(dir * j) + " microseconds'::interval";
}

i64 TimeGenerator::day_jitter(const TimeCase &c) {
    if (rng_.chance(0.35))
        return 0;
    return (c.negative ? -1 : 1) * static_cast<i64>(rng_.range(0, std::abs(c.ddays) - 1));
}

}  // namespace seqint_oracle
