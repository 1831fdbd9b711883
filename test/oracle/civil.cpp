// civil.cpp — civil dates and times as text (see civil.hpp).
#include "civil.hpp"

#include <cstdio>

#include "interval.hpp"

namespace seqint_oracle {

namespace {

bool leap(i64 y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

}  // namespace

int days_in(i64 y, int m) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

std::string civil_text(const Civil &c, bool with_time, const std::string &offset) {
    char buf[128];
    const bool bc = c.year <= 0;
    std::snprintf(buf, sizeof buf, "%04lld-%02d-%02d",
                  static_cast<long long>(bc ? 1 - c.year : c.year), c.month, c.day);
    std::string text = buf;
    if (with_time) {
        std::snprintf(buf, sizeof buf, " %02d:%02d", c.hour, c.minute);
        text += buf;
        if (c.second != 0 || c.us != 0) {
            std::snprintf(buf, sizeof buf, ":%02d", c.second);
            text += buf;
            if (c.us != 0)
                text += seconds_text(c.us).substr(1);  // ".5"
        }
        text += offset;
    }
    if (bc)
        text += " BC";
    return text;
}

std::string zone_less(const std::string &text) {
    std::string body = text, suffix;
    if (body.size() > 3 && body.compare(body.size() - 3, 3, " BC") == 0) {
        suffix = " BC";
        body.resize(body.size() - 3);
    }
    const std::size_t space = body.find(' ');
    const std::size_t at = body.find_last_of("+-");
    if (space != std::string::npos && at != std::string::npos && at > space)
        body.resize(at);
    return body + suffix;
}

}  // namespace seqint_oracle
