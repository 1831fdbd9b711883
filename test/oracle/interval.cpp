// interval.cpp — intervals and their text (see interval.hpp).
#include "interval.hpp"

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace seqint_oracle {

bool is_zero(const Interval &iv) { return iv.months == 0 && iv.days == 0 && iv.us == 0; }

Interval scaled(const Interval &iv, i64 m) { return {iv.months * m, iv.days * m, iv.us * m}; }

Interval magnitude(const Interval &iv) {
    return {std::abs(iv.months), std::abs(iv.days), std::abs(iv.us)};
}

std::string seconds_text(i64 us) {
    const i64 a = us < 0 ? -us : us;
    std::string text = (us < 0 ? "-" : "") + std::to_string(a / kUsPerSecond);
    if (a % kUsPerSecond != 0) {
        char frac[16];
        std::snprintf(frac, sizeof frac, "%06lld", static_cast<long long>(a % kUsPerSecond));
        std::string f = frac;
        while (!f.empty() && f.back() == '0')
            f.pop_back();
        text += "." + f;
    }
    return text;
}

namespace {

std::string plural(i64 n, const char *unit) {
    return std::to_string(n) + " " + unit + (n == 1 || n == -1 ? "" : "s");
}

std::string time_part_text(Rng &rng, i64 us) {
    const i64 a = us < 0 ? -us : us;
    std::vector<std::string> forms;
    if (a % kUsPerHour == 0)
        forms.push_back(plural(us / kUsPerHour, "hour"));
    if (a % kUsPerMinute == 0)
        forms.push_back(plural(us / kUsPerMinute, "minute"));
    if (a % kUsPerSecond == 0)
        forms.push_back(plural(us / kUsPerSecond, "second"));
    if (a % 1000 == 0 && a < 1000 * kUsPerSecond)
        forms.push_back(plural(us / 1000, "millisecond"));
    forms.push_back(seconds_text(us) + " seconds");
    if (a < 1000 * kUsPerSecond)
        forms.push_back(plural(us, "microsecond"));
    char hms[64];
    std::snprintf(hms, sizeof hms, "%s%02lld:%02lld:%02lld", us < 0 ? "-" : "",
                  static_cast<long long>(a / kUsPerHour),
                  static_cast<long long>(a / kUsPerMinute % 60),
                  static_cast<long long>(a / kUsPerSecond % 60));
    forms.push_back(hms + seconds_text(a % kUsPerSecond).substr(1));  // "01:30:00", ".25"
    return rng.pick(forms);
}

}  // namespace

std::string interval_text(Rng &rng, const Interval &iv) {
    if (is_zero(iv))
        return rng.pick(
            std::vector<std::string>{"0 days", "00:00:00", "PT0S", "0 mons", "0 seconds"});
    const bool same_sign = (iv.months >= 0 && iv.days >= 0 && iv.us >= 0) ||
                           (iv.months <= 0 && iv.days <= 0 && iv.us <= 0);
    if (same_sign && rng.chance(0.2)) {  // ISO 8601
        std::string text = "P";
        if (iv.months != 0)
            text += iv.months % 12 == 0 && rng.chance(0.5) ? std::to_string(iv.months / 12) + "Y"
                                                           : std::to_string(iv.months) + "M";
        if (iv.days != 0)
            text += iv.days % 7 == 0 && iv.days > 0 && rng.chance(0.5)
                        ? std::to_string(iv.days / 7) + "W"
                        : std::to_string(iv.days) + "D";
        if (iv.us != 0) {
            text += "T";
            if (iv.us % kUsPerHour == 0)
                text += std::to_string(iv.us / kUsPerHour) + "H";
            else if (iv.us % kUsPerMinute == 0)
                text += std::to_string(iv.us / kUsPerMinute) + "M";
            else
                text += seconds_text(iv.us) + "S";
        }
        return text;
    }
    std::vector<std::string> parts;
    if (iv.months != 0)
        parts.push_back(iv.months % 12 == 0 && rng.chance(0.5) ? plural(iv.months / 12, "year")
                        : rng.chance(0.5)                      ? plural(iv.months, "mon")
                                                               : plural(iv.months, "month"));
    if (iv.days != 0)
        parts.push_back(iv.days % 7 == 0 && rng.chance(0.4) ? plural(iv.days / 7, "week")
                                                            : plural(iv.days, "day"));
    if (iv.us != 0)
        parts.push_back(time_part_text(rng, iv.us));
    std::string text;
    for (const std::string &part : parts)
        text += (text.empty() ? "" : " ") + part;
    return text;
}

}  // namespace seqint_oracle
