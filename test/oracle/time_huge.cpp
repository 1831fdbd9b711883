// time_huge.cpp — huge time sequences: closed forms far beyond what can be listed.
//
// A fixed step over years or the whole range of the type (up to ~10^19 values), queried by
// what a scan answers without walking: count/min/max, a window of ≤ ~1500 values, OFFSET,
// IN lists, counts above a bound. The oracle is exact integer arithmetic on microseconds
// (days for date) since 1970, rendered by the server; a count past 2^63 must fail as
// PostgreSQL's count does (bigint out of range, 22003).
#include <algorithm>
#include <utility>
#include <vector>

#include "objects.hpp"
#include "sql_text.hpp"
#include "time_case.hpp"

namespace seqint_oracle {

namespace {

constexpr i64 kDayUs = 86400000000LL;
constexpr i128 kTsMin = static_cast<i128>(-2440588) * kDayUs;       // 4714-11-24 BC
constexpr i128 kTsMax = static_cast<i128>(106762940) * kDayUs - 1;  // 294276-12-31 …
constexpr i128 kDateMin = -2440588, kDateMax = 2145042905;          // 5874897-12-31

}  // namespace

// The texts of values (microseconds or days since 1970) as the column's base type prints
// them in this session.
std::vector<std::string> TimeGenerator::render_times(Base b, const std::vector<i128> &xs) {
    if (xs.empty())
        return {};
    std::string qs, rs;
    for (const i128 x : xs) {
        const i128 q = b == Base::Date ? x : floor_div(x, kDayUs);
        qs += (qs.empty() ? "" : ",") + str(q);
        rs += (rs.empty() ? "" : ",") + str(b == Base::Date ? 0 : x - q * kDayUs);
    }
    std::string value;
    if (b == Base::Date)
        value = "(date '1970-01-01' + q::int)";
    else if (b == Base::Timestamp)
        value = "('epoch'::timestamp + q * '1 day'::interval + r * '1 microsecond'::interval)";
    else
        value =
            "(('epoch'::timestamp + q * '1 day'::interval + r * '1 microsecond'::interval)"
            " AT TIME ZONE 'UTC')";
    const Answer a =
        db_.run("SELECT " + value + "::text FROM unnest(ARRAY[" + qs + "]::bigint[], ARRAY[" + rs +
                "]::bigint[]) WITH ORDINALITY u(q, r, o) ORDER BY o");
    std::vector<std::string> out = a.rows;
    out.resize(xs.size(), "2026-01-01");
    return out;
}

// A SELECT of the values xs, in their order, as the column's type.
std::string TimeGenerator::unnest_values(Base b, const std::vector<i128> &xs,
                                         const std::string &type) {
    std::string items;
    for (const std::string &t : render_times(b, xs))
        items += (items.empty() ? "" : ", ") + quoted(t);
    return "SELECT unnest(ARRAY[" + items + "]::" + base_name(b) + "[])::" + type;
}

void TimeGenerator::huge(TimeCase &c) {
    c.what = "huge";
    c.mode = 0;
    c.zone2.clear();
    const Base b = c.type.base;
    const bool date = b == Base::Date;
    const i128 lo_type = date ? kDateMin : kTsMin, hi_type = date ? kDateMax : kTsMax;
    const int dir = rng_.sign();
    c.negative = dir < 0;
    i128 st;  // the step's magnitude, in microseconds or days
    if (date)
        st = rng_.pick(std::vector<i128>{1, 1, 2, 7, 13, 365});
    else
        st = rng_.pick(std::vector<i128>{1, 1, 7, 1000, 1000000, 1500000, 60000000, 3600000000LL,
                                         kDayUs, 1234567});
    i128 lo, hi;
    if (rng_.chance(0.3)) {  // the whole range, or nearly
        lo = lo_type + (rng_.chance(0.5) ? 0 : rng_.range(0, 1000000));
        hi = hi_type - (rng_.chance(0.5) ? 0 : rng_.range(0, 1000000));
    } else {
        lo = rng_.range(lo_type, hi_type - 1);
        const i128 room = hi_type - lo;
        const int bits = static_cast<int>(rng_.range(1, 63));
        hi = lo + std::min<i128>(room, rng_.range(1, static_cast<i128>(1) << bits));
    }
    const i128 s = dir > 0 ? lo : hi, e = dir > 0 ? hi : lo;
    // the end: the bound exclusive, so the values are [lo, hi) upward, (lo, hi] downward
    const i128 n = (hi - lo + st - 1) / st;
    const i128 a = dir > 0 ? s : s - (n - 1) * st;          // the smallest value
    const auto value = [&](i128 j) { return a + j * st; };  // j-th smallest

    const std::vector<std::string> bounds = render_times(b, {s, e});
    c.start = bounds[0];
    c.end = bounds[1];
    c.step_iv = date ? Interval{0, static_cast<i64>(dir * st), 0}
                     : Interval{0, 0, static_cast<i64>(dir * st)};
    c.step = interval_text(rng_, c.step_iv);
    c.n = static_cast<i64>(std::min<i128>(n, kMax));
    const std::string T = c.type.name, B = base_name(b);
    // A constant of the column's type, or for a date within the timestamp range, sometimes
    // its midnight as a timestamp or (zone-less) timestamptz: the same comparisons.
    const std::string cross = date && rng_.chance(0.4)
                                  ? rng_.pick(std::vector<std::string>{"timestamp", "timestamptz"})
                                  : "";
    const auto own = [&](const std::string &t) { return quoted(t) + "::" + B; };
    const auto lit = [&](const std::string &t) {
        const bool in_range = t.size() >= 10 && t[4] == '-' && t.find(" BC") == std::string::npos;
        return quoted(t) + "::" + (cross.empty() || !in_range ? B : cross);
    };
    const auto count_text = [](i128 k) { return "'" + str(k) + "'::bigint"; };

    // a point near the sequence: a value, or next to one
    const auto near = [&]() {
        i128 v = value(rng_.range(0, n - 1));
        const i128 r = rng_.range(1, 6);
        if (r == 1)
            v += rng_.sign();
        else if (r == 2)
            v += rng_.sign() * (st / 2);
        return std::clamp(v, lo_type, hi_type);
    };
    // the indexes j of the values in [w1, w2]
    const auto members = [&](i128 w1, i128 w2) {
        const i128 j1 = std::max<i128>(0, floor_div(w1 - a + st - 1, st));
        const i128 j2 = std::min<i128>(n - 1, floor_div(w2 - a, st));
        return std::make_pair(j1, j2);
    };
    const i128 form = rng_.range(1, 100);
    std::string tmpl;
    c.ordered = false;
    if (form <= 20) {
        tmpl = "SELECT count(*), min(val), max(val) FROM {T}";
        const auto t = render_times(b, {value(0), value(n - 1)});
        c.gen_query = "SELECT " + count_text(n) + ", " + own(t[0]) + ", " + own(t[1]);
    } else if (form <= 65) {  // a window
        const i128 w1 = near();
        const i128 w2 = std::min(
            hi_type, w1 + st * rng_.range(0, 1500) + (rng_.chance(0.5) ? 0 : rng_.range(0, st)));
        const auto w = render_times(b, {w1, w2});
        const std::string W1 = lit(w[0]), W2 = lit(w[1]);
        const i128 shape = rng_.range(1, 4);
        std::string where = shape == 1   ? "val >= " + W1 + " AND val <= " + W2
                            : shape == 2 ? "val BETWEEN " + W1 + " AND " + W2
                            : shape == 3 ? "val > " + W1 + " AND val < " + W2
                                         : "val >= " + W1 + " AND val < " + W2;
        const auto [j1, j2] = members(w1, w2);
        std::vector<i128> xs;
        for (i128 j = j1; j <= j2; ++j)
            xs.push_back(value(j));
        const std::string rel = "(" + unnest_values(b, xs, T) + " AS val) t";
        if (form <= 50) {
            tmpl = "SELECT val FROM {T} WHERE " + where;
            if (rng_.chance(0.6)) {
                c.ordered = true;
                tmpl += rng_.chance(0.5) ? " ORDER BY val" : " ORDER BY val DESC";
                if (rng_.chance(0.5))
                    tmpl += " LIMIT " + str(rng_.range(0, 30));
            }
        } else {
            tmpl = "SELECT count(*), min(val), max(val) FROM {T} WHERE " + where;
        }
        c.gen_query = render(tmpl, rel);
    } else if (form <= 82) {  // OFFSET, in either order
        const bool desc = rng_.chance(0.5);
        const i128 o = rng_.chance(0.2) ? rng_.range(std::max<i128>(0, n - 5), n + 2)
                                        : rng_.range(0, std::min<i128>(n, kMax));
        const i128 l = rng_.range(0, 8);
        const i128 off = std::min<i128>(o, kMax);
        tmpl = "SELECT val FROM {T} ORDER BY val" + std::string(desc ? " DESC" : "") + " OFFSET " +
               str(off) + " LIMIT " + str(l);
        c.ordered = true;
        std::vector<i128> xs;
        for (i128 p = off; p < off + l && p < n; ++p)
            xs.push_back(value(desc ? n - 1 - p : p));
        c.gen_query = unnest_values(b, xs, T);
    } else if (form <= 92) {  // IN, = ANY
        std::vector<i128> points, in;
        for (i128 k = rng_.range(1, 6); k > 0; --k)
            points.push_back(near());
        for (const i128 p : points)
            if (p >= a && p <= value(n - 1) && (p - a) % st == 0 &&
                std::find(in.begin(), in.end(), p) == in.end())
                in.push_back(p);
        const auto texts = render_times(b, points);
        std::string list;
        for (const std::string &t : texts)
            list += (list.empty() ? "" : ", ") + lit(t);
        tmpl = rng_.chance(0.5) ? "SELECT val FROM {T} WHERE val IN (" + list + ")"
                                : "SELECT val FROM {T} WHERE val = ANY (ARRAY[" + list + "])";
        c.gen_query = unnest_values(b, in, T);
    } else if (form <= 95) {  // seqint_fdw_describe(): the count may pass 2^63
        c.seq_query = describe_query();
        const auto t = render_times(b, {dir > 0 ? value(n - 1) : value(0)});
        c.gen_query = "SELECT " + str(n) + "::numeric, " + own(t[0]) + "::" + T + "::text";
        return;
    } else {  // a count above or below a bound
        const i128 w = near();
        const auto t = render_times(b, {w});
        const i128 op = rng_.range(1, 4);
        const char *ops[] = {"", " >= ", " > ", " <= ", " < "};
        tmpl = "SELECT count(*) FROM {T} WHERE val" + std::string(ops[op]) + lit(t[0]);
        const auto [j1, j2] = members(op <= 2 ? (op == 1 ? w : w + 1) : lo_type,
                                      op >= 3 ? (op == 3 ? w : w - 1) : hi_type);
        c.gen_query = "SELECT " + count_text(std::max<i128>(0, j2 - j1 + 1));
    }
    c.seq_query = on_table(tmpl);
}

}  // namespace seqint_oracle
