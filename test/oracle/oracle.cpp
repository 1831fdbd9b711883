// oracle.cpp — seqint_oracle: randomized comparison of seqint_fdw tables with generate_series.
//
// Each case draws a sequence (small ranges both ways, empty and single-value ones, counts up
// to ~10^5, huge steps across the whole int64 range, ranges across the bounds of smallint,
// integer, numeric(p,s) and of exact float precision, and specs that never reach end), a
// column type (domains included), a split of the options between the server and the table
// (sometimes altered after a first query) and a query (rows with WHERE / ORDER BY / LIMIT /
// OFFSET / DISTINCT, aggregates, GROUP BY, window functions, joins and semi-joins with
// generate_series). The query runs on the seqint table and, as the oracle, on
//   (SELECT g::TYPE AS val FROM generate_series(start, last, step) g)
// and both must give the same rows as text (in order when the query orders them, else as
// multisets) or fail with the same SQLSTATE. A spec that never reaches end must fail with
// 22023; a sequence whose first or last value does not cast to the column must fail with the
// SQLSTATE of that cast (22003), whatever the query.
//
// Usage: seqint_oracle [--seed N] [--cases N] [--verbose]
// Connects with the PG* environment variables; the database needs CREATE EXTENSION
// seqint_fdw. Prints the seed first, every failure with SQL that replays it, and last one
// line "N passed, N failed". Exits 0 only when nothing failed.
#include <libpq-fe.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using i64 = std::int64_t;
using u64 = std::uint64_t;
using i128 = __int128;
using u128 = unsigned __int128;

constexpr i64 kMin = INT64_MIN;
constexpr i64 kMax = INT64_MAX;

const char *const kServer = "seqint_oracle_srv";
const char *const kTable = "seqint_oracle_t";

std::string str(i128 v) {
    if (v == 0)
        return "0";
    const bool negative = v < 0;
    u128 magnitude = negative ? -static_cast<u128>(v) : static_cast<u128>(v);
    std::string digits;
    while (magnitude != 0) {
        digits.push_back(static_cast<char>('0' + static_cast<int>(magnitude % 10)));
        magnitude /= 10;
    }
    if (negative)
        digits.push_back('-');
    std::reverse(digits.begin(), digits.end());
    return digits;
}

i64 clamp64(i128 v) { return static_cast<i64>(std::clamp<i128>(v, kMin, kMax)); }

i128 abs128(i128 v) { return v < 0 ? -v : v; }

// splitmix64: small, and the same sequence on every platform, so a seed always replays.
class Rng {
public:
    explicit Rng(u64 seed) : state_(seed) {}

    u64 next() {
        u64 z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [lo, hi] (the bias of the modulo is below 2^-60 for every span we use).
    i128 range(i128 lo, i128 hi) {
        const u128 span = static_cast<u128>(hi - lo) + 1;
        const u128 wide = (static_cast<u128>(next()) << 64) | next();
        return lo + static_cast<i128>(wide % span);
    }

    bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }

    int sign() { return chance(0.5) ? -1 : 1; }

    template <typename T>
    const T &pick(const std::vector<T> &items) {
        return items[static_cast<std::size_t>(range(0, static_cast<i128>(items.size()) - 1))];
    }

private:
    u64 state_;
};

// ---- libpq, with RAII ----------------------------------------------------------------------

struct ConnDeleter {
    void operator()(PGconn *conn) const { PQfinish(conn); }
};
struct ResultDeleter {
    void operator()(PGresult *res) const { PQclear(res); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

// A statement's outcome: its rows (columns joined by '|') or its error.
struct Answer {
    bool error = false;
    std::string sqlstate;
    std::string message;
    std::vector<std::string> rows;

    std::string summary(std::size_t max_rows = 12) const {
        if (error)
            return "ERROR " + sqlstate + ": " + message;
        std::ostringstream out;
        out << rows.size() << " row(s)";
        for (std::size_t i = 0; i < rows.size() && i < max_rows; ++i)
            out << (i == 0 ? ": " : ", ") << rows[i];
        if (rows.size() > max_rows)
            out << ", …";
        return out.str();
    }
};

class Db {
public:
    bool connect() {
        conn_.reset(PQconnectdb(""));
        if (!conn_ || PQstatus(conn_.get()) != CONNECTION_OK)
            return false;
        PQsetNoticeProcessor(
            conn_.get(), [](void *, const char *) {}, nullptr);
        return true;
    }

    bool alive() const { return conn_ && PQstatus(conn_.get()) == CONNECTION_OK; }

    int server_version() const { return PQserverVersion(conn_.get()); }

    bool reconnect() {
        if (!conn_)
            return connect();
        PQreset(conn_.get());
        if (!alive())
            return false;
        PQsetNoticeProcessor(
            conn_.get(), [](void *, const char *) {}, nullptr);
        return true;
    }

    std::string error_message() const {
        return conn_ ? PQerrorMessage(conn_.get()) : "out of memory";
    }

    Answer run(const std::string &sql) {
        Answer answer;
        ResultPtr res(PQexec(conn_.get(), sql.c_str()));
        const ExecStatusType status = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            const int nrows = PQntuples(res.get());
            const int ncols = PQnfields(res.get());
            answer.rows.reserve(static_cast<std::size_t>(nrows));
            for (int r = 0; r < nrows; ++r) {
                std::string row;
                for (int c = 0; c < ncols; ++c) {
                    if (c > 0)
                        row += '|';
                    row += PQgetisnull(res.get(), r, c) ? "NULL" : PQgetvalue(res.get(), r, c);
                }
                answer.rows.push_back(std::move(row));
            }
            return answer;
        }
        answer.error = true;
        const char *state = res ? PQresultErrorField(res.get(), PG_DIAG_SQLSTATE) : nullptr;
        const char *primary =
            res ? PQresultErrorField(res.get(), PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        answer.sqlstate = state ? state : (alive() ? "?????" : "connection lost");
        answer.message = primary ? primary : PQerrorMessage(conn_.get());
        while (!answer.message.empty() && answer.message.back() == '\n')
            answer.message.pop_back();
        return answer;
    }

private:
    std::unique_ptr<PGconn, ConnDeleter> conn_;
};

// ---- the cases -----------------------------------------------------------------------------

struct Spec {
    i64 start = 0, end = 64, step = 1;
};

bool invalid(const Spec &s) {
    return s.step == 0 || (s.step > 0 && s.end < s.start) || (s.step < 0 && s.end > s.start);
}

// The number of values; requires a valid spec.
i128 count_of(const Spec &s) {
    if (s.start == s.end)
        return 0;
    const i128 span = abs128(static_cast<i128>(s.end) - s.start);
    const i128 step = abs128(s.step);
    return (span + step - 1) / step;
}

struct Type {
    std::string name;  // as written in CREATE FOREIGN TABLE and in the cast
    bool is_float;
    i64 largest;    // it holds [-largest, largest], or every int64 if kMax (guides the draw)
    int since = 0;  // the first server_version_num that has the type; 0: every one
};

const std::vector<Type> &types() {
    static const std::vector<Type> all = {
        {"smallint", false, 32767},
        {"integer", false, 2147483647},
        {"bigint", false, kMax},
        {"real", true, kMax},
        {"double precision", true, kMax},
        {"numeric", false, kMax},
        {"numeric(6,0)", false, 999999},
        {"numeric(8,2)", false, 999999},
        {"numeric(4,1)", false, 999},
        {"numeric(3,-2)", false, 99949, 150000},  // negative scales arrived in 15
        {"numeric(1,0)", false, 9},
        {"numeric(18,0)", false, 999999999999999999},
        {"numeric(19,0)", false, kMax},
        {"numeric(20,3)", false, 99999999999999999},
        {"seqint_oracle_dint", false, 2147483647},
        {"seqint_oracle_dnum", false, 999999},
        {"seqint_oracle_dfloat", true, kMax},
    };
    return all;
}

const char *const kOptionNames[3] = {"start", "end", "step"};
const i64 kDefaults[3] = {0, 64, 1};

struct Case {
    int number = 0;
    Spec spec;
    bool is_invalid = false;
    i128 count = 0;
    i128 last = 0;
    Type type;
    std::vector<std::string> setup;  // run in the transaction before the query
    std::string seq_query, gen_query;
    bool ordered = false;
};

class Generator {
public:
    // Draws only the types the server (PQserverVersion) has.
    Generator(Rng &rng, int server_version) : rng_(rng) {
        for (const Type &type : types())
            if (server_version >= type.since)
                types_.push_back(type);
    }

    Case make(int number) {
        Case c;
        c.number = number;
        c.spec = spec();
        c.is_invalid = invalid(c.spec);
        c.count = c.is_invalid ? 0 : count_of(c.spec);
        c.last = c.spec.start + (c.count - 1) * c.spec.step;
        c.type = rng_.pick(types_);
        if (rng_.chance(0.6)) {  // most often a type that holds every value, to compare rows
            const i128 reach = std::max(abs128(c.spec.start), abs128(c.last));
            std::vector<Type> holding;
            for (const Type &type : types_)
                if (c.count == 0 || type.largest == kMax || reach <= type.largest)
                    holding.push_back(type);
            c.type = rng_.pick(holding);
        }
        options(c);
        query(c);
        return c;
    }

private:
    Rng &rng_;
    std::vector<Type> types_;

    // A sequence from the spec's start, `dir` steps of `step` at most `n` values long.
    Spec spec() {
        const int dir = rng_.sign();
        const i128 r = rng_.range(1, 100);
        Spec s;
        if (r <= 3) {
            return s;          // the defaults
        } else if (r <= 35) {  // small, both ways, empty and single-value ones
            s.start = clamp64(rng_.range(-40, 40));
            s.step = static_cast<i64>(dir * rng_.range(1, 9));
            const i128 kind = rng_.range(1, 10);
            const i128 dist = kind == 1   ? 0
                              : kind == 2 ? rng_.range(1, abs128(s.step))
                                          : rng_.range(2, 100);
            s.end = clamp64(s.start + dir * dist);
        } else if (r <= 55) {  // near the int64 edges
            const i128 kind = rng_.range(1, 6);
            if (kind <= 2) {  // across everything, huge steps
                s.start =
                    dir > 0 ? clamp64(kMin + rng_.range(0, 9)) : clamp64(kMax - rng_.range(0, 9));
                s.end =
                    dir > 0 ? clamp64(kMax - rng_.range(0, 9)) : clamp64(kMin + rng_.range(0, 9));
                const i128 n = rng_.chance(0.3) ? rng_.range(1, 100000) : rng_.range(1, 2000);
                s.step = clamp64(
                    dir * (abs128(static_cast<i128>(s.end) - s.start) / n + rng_.range(0, 5)));
                if (s.step == 0)
                    s.step = dir;
            } else if (kind == 3) {  // the extreme steps
                s.start =
                    dir > 0 ? clamp64(kMin + rng_.range(0, 3)) : clamp64(kMax - rng_.range(0, 3));
                s.end =
                    dir > 0 ? clamp64(kMax - rng_.range(0, 3)) : clamp64(kMin + rng_.range(0, 3));
                s.step =
                    dir > 0 ? clamp64(kMax - rng_.range(0, 3)) : clamp64(kMin + rng_.range(0, 3));
            } else if (kind == 4) {  // up to an edge
                s.step = static_cast<i64>(dir * rng_.range(1, 20));
                const i128 edge = dir > 0 ? kMax : kMin;
                s.end = clamp64(edge - dir * rng_.range(0, 1) * rng_.range(0, 30));
                s.start = clamp64(s.end - dir * rng_.range(0, 2000));
            } else if (kind == 5) {  // away from an edge
                s.step = static_cast<i64>(dir * rng_.range(1, 1000));
                s.start =
                    dir > 0 ? clamp64(kMin + rng_.range(0, 9)) : clamp64(kMax - rng_.range(0, 9));
                s.end = clamp64(s.start + dir * rng_.range(0, abs128(s.step) * 3000));
            } else {  // anywhere, any step, few values
                s.start = clamp64(rng_.range(kMin, kMax));
                s.step = clamp64(dir * rng_.range(1, static_cast<i128>(1) << rng_.range(1, 62)));
                s.end = clamp64(s.start + s.step * rng_.range(0, 500) + rng_.range(-3, 3));
                if (invalid(s))
                    s.end = s.start;
            }
        } else if (r <= 75) {  // across a type's bound
            static const std::vector<i128> bounds = {32767,
                                                     32768,
                                                     -32768,
                                                     -32769,
                                                     2147483647,
                                                     2147483648,
                                                     -2147483648,
                                                     -2147483649,
                                                     9,
                                                     10,
                                                     -9,
                                                     -10,
                                                     999,
                                                     1000,
                                                     99949,
                                                     99950,
                                                     -99949,
                                                     -99950,
                                                     99999,
                                                     100000,
                                                     999999,
                                                     1000000,
                                                     -999999,
                                                     -1000000,
                                                     16777216,
                                                     16777217,
                                                     -16777217,
                                                     9007199254740992,
                                                     9007199254740993,
                                                     -9007199254740993,
                                                     999999999999999999,
                                                     1000000000000000000,
                                                     -999999999999999999,
                                                     -1000000000000000000,
                                                     99999999999999999,
                                                     100000000000000000};
            const i128 bound = rng_.pick(bounds);
            if (rng_.chance(0.6)) {
                s.step = static_cast<i64>(dir * rng_.range(1, 9));
                s.start = clamp64(bound + rng_.range(-60, 60));
                s.end = clamp64(s.start + dir * rng_.range(0, 150));
            } else {
                s.step = static_cast<i64>(dir * rng_.range(1, 100000));
                s.start =
                    clamp64(bound - dir * abs128(s.step) * rng_.range(0, 500) + rng_.range(-5, 5));
                s.end = clamp64(s.start + dir * rng_.range(0, abs128(s.step) * 1000));
            }
        } else if (r <= 95) {  // many values: up to ~10^5
            s.step = static_cast<i64>(
                dir * (rng_.chance(0.5) ? rng_.range(1, 3) : rng_.range(1, 1000000)));
            const i128 n = rng_.range(0, 100000);
            if (rng_.chance(0.7))
                s.start = clamp64(rng_.range(-1000000000000LL, 1000000000000LL));
            else
                s.start = clamp64(dir > 0 ? kMax - abs128(s.step) * n - rng_.range(0, 5)
                                          : kMin + abs128(s.step) * n + rng_.range(0, 5));
            s.end = clamp64(s.start + s.step * n + dir * rng_.range(0, abs128(s.step)));
        } else {  // never reaches end, or steps by 0
            s.start = clamp64(rng_.chance(0.7) ? rng_.range(-50, 50) : rng_.range(kMin, kMax));
            const int way = s.start == (dir > 0 ? kMax : kMin) ? -dir : dir;
            s.end = clamp64(s.start + way * rng_.range(1, 1000));
            s.step = rng_.chance(0.2) ? 0 : static_cast<i64>(-way * rng_.range(1, 9));
        }
        return s;
    }

    // Where each option goes: the table, the server, both (the server's value is a decoy the
    // table overrides) or nowhere when it is the default; sometimes the table is created
    // with decoy options, read once, and altered to its real options.
    void options(Case &c) {
        const i64 vals[3] = {c.spec.start, c.spec.end, c.spec.step};
        std::optional<i64> srv[3], tbl[3];
        bool decoy[3] = {false, false, false};
        for (int j = 0; j < 3; ++j) {
            const i128 r = rng_.range(1, 100);
            if (vals[j] == kDefaults[j] && r <= 30) {
            } else if (r <= 55) {
                tbl[j] = vals[j];
            } else if (r <= 80) {
                srv[j] = vals[j];
            } else {
                tbl[j] = vals[j];
                srv[j] = decoy_value(j);
                decoy[j] = true;
            }
        }
        if (srv[0] && srv[1] && srv[2] && invalid(Spec{*srv[0], *srv[1], *srv[2]})) {
            for (int j = 0; j < 3; ++j)
                if (decoy[j])
                    srv[j].reset();
        }
        std::string server_sql;
        for (int j = 0; j < 3; ++j)
            if (srv[j])
                server_sql += std::string(server_sql.empty() ? "" : ", ") + "ADD \"" +
                              kOptionNames[j] + "\" '" + str(*srv[j]) + "'";
        if (!server_sql.empty())
            c.setup.push_back(std::string("ALTER SERVER ") + kServer + " OPTIONS (" + server_sql +
                              ")");

        std::optional<i64> first[3];
        const bool alter = rng_.chance(0.25);
        for (int j = 0; j < 3; ++j)
            first[j] = alter
                           ? (rng_.chance(0.5) ? std::optional<i64>(decoy_value(j)) : std::nullopt)
                           : tbl[j];
        if (alter && first[0] && first[1] && first[2] &&
            invalid(Spec{*first[0], *first[1], *first[2]}))
            first[1].reset();
        std::string table_sql;
        for (int j = 0; j < 3; ++j)
            if (first[j])
                table_sql += std::string(table_sql.empty() ? "" : ", ") + "\"" + kOptionNames[j] +
                             "\" '" + str(*first[j]) + "'";
        c.setup.push_back(std::string("CREATE FOREIGN TABLE ") + kTable + " (val " + c.type.name +
                          ") SERVER " + kServer +
                          (table_sql.empty() ? "" : " OPTIONS (" + table_sql + ")"));
        if (!alter)
            return;
        // read it once with the decoys (an error is fine: the savepoint undoes it)
        c.setup.push_back("SAVEPOINT decoys");
        c.setup.push_back(std::string("SELECT val FROM ") + kTable + " LIMIT 3");
        c.setup.push_back("ROLLBACK TO SAVEPOINT decoys");
        std::string alter_sql;
        for (int j = 0; j < 3; ++j) {
            std::string action;
            if (first[j] && tbl[j])
                action = std::string("SET \"") + kOptionNames[j] + "\" '" + str(*tbl[j]) + "'";
            else if (tbl[j])
                action = std::string("ADD \"") + kOptionNames[j] + "\" '" + str(*tbl[j]) + "'";
            else if (first[j])
                action = std::string("DROP \"") + kOptionNames[j] + "\"";
            if (!action.empty())
                alter_sql += (alter_sql.empty() ? "" : ", ") + action;
        }
        if (!alter_sql.empty())
            c.setup.push_back(std::string("ALTER FOREIGN TABLE ") + kTable + " OPTIONS (" +
                              alter_sql + ")");
    }

    i64 decoy_value(int field) {
        if (field == 2)
            return static_cast<i64>(rng_.sign() * rng_.range(1, 9));
        return static_cast<i64>(rng_.range(-100, 100));
    }

    // A constant near the sequence: one of its values, nudged, just outside it, or anywhere.
    i128 near(const Case &c) {
        const Spec &s = c.spec;
        const i128 r = rng_.range(1, 20);
        i128 v;
        if (c.count == 0)
            v = s.start + rng_.range(-3, 3);
        else if (r <= 9)
            v = s.start + rng_.range(0, c.count - 1) * s.step;
        else if (r <= 14)
            v = s.start + rng_.range(0, c.count - 1) * s.step + rng_.range(-2, 2);
        else if (r <= 16)
            v = s.start - s.step * rng_.range(0, 2) + rng_.range(-1, 1);
        else if (r <= 18)
            v = c.last + s.step * rng_.range(-1, 1) + rng_.range(-1, 1);
        else if (r == 19)
            v = rng_.range(kMin, kMax);
        else
            v = rng_.pick(std::vector<i128>{kMin, kMax, 0, 32767, -32768, 2147483647});
        return clamp64(v);
    }

    std::string constant(const Case &c) {
        const std::string k = str(near(c));
        if (rng_.chance(0.07))
            return k + ".5";  // a numeric constant between two integers
        return k;
    }

    std::string in_list(const Case &c) {
        std::string list = constant(c);
        for (i128 n = rng_.range(0, 6); n > 0; --n)
            list += ", " + constant(c);
        return list;
    }

    std::string atom(const Case &c) {
        const std::string v = c.type.is_float ? "val::numeric" : "val";
        switch (static_cast<int>(rng_.range(0, 17))) {
        case 0:
            return "val < " + constant(c);
        case 1:
            return "val <= " + constant(c);
        case 2:
            return "val > " + constant(c);
        case 3:
            return "val >= " + constant(c);
        case 4:
            return "val = " + constant(c);
        case 5:
            return "val <> " + constant(c);
        case 6:
            return "val BETWEEN " + constant(c) + " AND " + constant(c);
        case 7:
            return "val NOT BETWEEN " + constant(c) + " AND " + constant(c);
        case 8:
            return "val BETWEEN SYMMETRIC " + constant(c) + " AND " + constant(c);
        case 9: {
            // A remainder filter: =, <>, an IN list of remainders or = ANY(array), by a divisor
            // of either sign (ORs and ANDs of them come from condition()).
            const i128 m = (rng_.chance(0.8) ? rng_.range(2, 10) : rng_.range(11, 1000000)) *
                           (rng_.chance(0.2) ? -1 : 1);
            const i128 top = abs128(m) - 1;
            auto remainder = [&] { return str(rng_.range(-top, top)); };
            switch (static_cast<int>(rng_.range(0, 3))) {
            case 0:
                return v + " % " + str(m) + " = " + remainder();
            case 1:
                return v + " % " + str(m) + " <> " + remainder();
            case 2: {
                std::string list = remainder();
                for (i128 n = rng_.range(0, 3); n > 0; --n)
                    list += ", " + remainder();
                return v + " % " + str(m) + " IN (" + list + ")";
            }
            default:
                return "mod(" + v + ", " + str(m) + ") = ANY (ARRAY[" + remainder() + ", " +
                       remainder() + "])";
            }
        }
        case 10:
            return "val IN (" + in_list(c) + ")";
        case 11:
            return "val NOT IN (" + in_list(c) + ")";
        case 12:
            return "val IS NOT NULL";
        case 13:
            return "val IS NULL";
        case 14:
            return "val = ANY (ARRAY[" + in_list(c) + "]::numeric[])";
        case 15:
            return "abs(val::numeric) < " + constant(c);
        case 16:
            return "NOT (val > " + constant(c) + ")";
        default:
            return "val::numeric * 2 + 1 > " + constant(c);
        }
    }

    std::string condition(const Case &c, int depth) {
        if (depth > 0 && rng_.chance(0.3))
            return "(" + condition(c, depth - 1) + (rng_.chance(0.5) ? " AND " : " OR ") +
                   condition(c, depth - 1) + ")";
        if (depth > 0 && rng_.chance(0.1))
            return "NOT (" + condition(c, depth - 1) + ")";
        return atom(c);
    }

    std::string where(const Case &c) {
        return rng_.chance(0.25) ? "" : " WHERE " + condition(c, 2);
    }

    // generate_series near the sequence, with at most ~10^4 values, for joins.
    std::string other_series(const Case &c) {
        const i128 a = near(c), b = near(c);
        const i128 lo = std::min(a, b), hi = std::max(a, b);
        i128 step = std::max<i128>(1, (hi - lo) / rng_.range(1, 10000));
        if (rng_.chance(0.5) && c.count > 0)
            step = std::max(step, abs128(c.spec.step) * rng_.range(1, 3));
        step = std::max(step, (hi - lo) / 10000 + 1);
        return "generate_series('" + str(lo) + "'::bigint, '" + str(hi) + "'::bigint, '" +
               str(clamp64(step)) + "'::bigint)";
    }

    void query(Case &c) {
        std::string tmpl;  // {T} is the table, aliased t
        const i128 form = rng_.range(1, 100);
        c.ordered = false;
        if (form <= 55) {
            const bool distinct = rng_.chance(0.1);
            tmpl =
                std::string("SELECT ") + (distinct ? "DISTINCT " : "") + "val FROM {T}" + where(c);
            if (rng_.chance(0.6)) {
                c.ordered = true;
                tmpl += rng_.chance(0.5) ? " ORDER BY val" : " ORDER BY val DESC";
                if (rng_.chance(0.5)) {
                    if (rng_.chance(0.7))
                        tmpl += " LIMIT " +
                                str(rng_.chance(0.8) ? rng_.range(0, 20) : rng_.range(0, 200000));
                    if (rng_.chance(0.5))
                        tmpl += " OFFSET " +
                                str(rng_.chance(0.8) ? rng_.range(0, 20) : rng_.range(0, 200000));
                }
            }
        } else if (form <= 65) {
            tmpl =
                "SELECT count(*), count(val), min(val), max(val), sum(val::numeric), "
                "count(DISTINCT val), avg(val::numeric)::numeric(40,6) FROM {T}" +
                where(c);
        } else if (form <= 70) {
            // The aggregates a seqint scan may answer in closed form, in the column's own
            // type: their text must match PostgreSQL's to the last digit.
            tmpl = "SELECT count(*), count(val), sum(val), avg(val), min(val), max(val) FROM {T}" +
                   where(c);
        } else if (form <= 75) {
            const std::string v = c.type.is_float ? "val::numeric" : "val";
            tmpl = "SELECT " + v + " % 3 AS r, count(*), min(val), max(val) FROM {T}" + where(c) +
                   " GROUP BY 1";
        } else if (form <= 82) {
            tmpl =
                "SELECT val, row_number() OVER w, lag(val) OVER w, lead(val, 2) OVER w FROM {T}" +
                where(c) + " WINDOW w AS (ORDER BY val" + (rng_.chance(0.5) ? " DESC" : "") + ")";
        } else if (form <= 92) {
            tmpl = "SELECT t.val, x.x FROM {T} JOIN " + other_series(c) + " x(x) ON t.val = x.x" +
                   where(c);
        } else {
            tmpl = "SELECT val FROM {T} WHERE val " + std::string(rng_.chance(0.5) ? "" : "NOT ") +
                   "IN (SELECT x FROM " + other_series(c) + " x)";
        }

        std::string series;
        if (c.count == 0)
            series = "generate_series(1::bigint, 0::bigint)";
        else
            series = "generate_series('" + str(c.spec.start) + "'::bigint, '" + str(c.last) +
                     "'::bigint, '" + str(c.spec.step) + "'::bigint)";
        c.seq_query = render(tmpl, std::string(kTable) + " t");
        c.gen_query =
            render(tmpl, "(SELECT g::" + c.type.name + " AS val FROM " + series + " g) t");
    }

    static std::string render(const std::string &tmpl, const std::string &table) {
        const std::size_t at = tmpl.find("{T}");
        return tmpl.substr(0, at) + table + tmpl.substr(at + 3);
    }
};

// ---- running and comparing -----------------------------------------------------------------

struct Outcome {
    Answer seq, gen;
    bool passed = false;
    std::string why;
};

Outcome run_case(Db &db, const Case &c) {
    Outcome out;
    // the oracle
    if (c.is_invalid) {
        out.gen.error = true;
        out.gen.sqlstate = "22023";
        out.gen.message = "(expected: the spec never reaches end or steps by 0)";
    } else {
        if (c.count > 0) {
            // A value the column cannot hold fails every query; the sequence is monotonic, so
            // its first and last values decide.
            const Answer fit = db.run("SELECT '" + str(c.spec.start) + "'::bigint::" + c.type.name +
                                      ", '" + str(c.last) + "'::bigint::" + c.type.name);
            if (fit.error)
                out.gen = fit;
        }
        if (!out.gen.error)
            out.gen = db.run(c.gen_query);
    }
    // the seqint table, in a transaction that is always rolled back
    db.run("BEGIN");
    for (const std::string &sql : c.setup) {
        Answer a = db.run(sql);
        if (a.error && sql.rfind("SELECT", 0) != 0) {
            out.seq = std::move(a);
            break;
        }
    }
    if (!out.seq.error)
        out.seq = db.run(c.seq_query);
    if (db.alive())
        db.run("ROLLBACK");

    if (out.seq.error || out.gen.error) {
        out.passed = out.seq.error && out.gen.error && out.seq.sqlstate == out.gen.sqlstate;
        if (!out.passed)
            out.why = "outcomes differ";
        return out;
    }
    std::vector<std::string> a = out.seq.rows, b = out.gen.rows;
    if (!c.ordered) {
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
    }
    out.passed = a == b;
    if (!out.passed) {
        std::ostringstream why;
        why << "seqint has " << a.size() << " row(s), the oracle " << b.size();
        const auto diff = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
        if (diff.first != a.end() || diff.second != b.end())
            why << "; first difference at " << (c.ordered ? "row " : "sorted row ")
                << (diff.first - a.begin()) + 1 << ": seqint "
                << (diff.first != a.end() ? *diff.first : "(none)") << ", oracle "
                << (diff.second != b.end() ? *diff.second : "(none)");
        out.why = why.str();
    }
    return out;
}

// The objects every case uses, made once per run.
const char *const kPreamble[] = {
    "CREATE SERVER seqint_oracle_srv FOREIGN DATA WRAPPER seqint_fdw",
    "CREATE DOMAIN seqint_oracle_dint AS integer",
    "CREATE DOMAIN seqint_oracle_dnum AS numeric(6,0)",
    "CREATE DOMAIN seqint_oracle_dfloat AS real",
};

void print_case(std::ostream &os, const Case &c, const Outcome &o, u64 seed, bool failed) {
    os << (failed ? "FAIL" : "ok") << " case " << c.number << " (seed " << seed << "): start "
       << c.spec.start << ", end " << c.spec.end << ", step " << c.spec.step << " ("
       << (c.is_invalid ? "invalid" : "count " + str(c.count)) << ", last "
       << (c.count > 0 ? str(c.last) : "-") << "), column " << c.type.name << "\n";
    if (failed)
        os << "  why: " << o.why << "\n";
    os << "  -- replay, after:\n";
    for (const char *sql : kPreamble)
        os << "  --   " << sql << ";\n";
    os << "  BEGIN;\n";
    for (const std::string &sql : c.setup)
        os << "  " << sql << ";\n";
    os << "  " << c.seq_query << ";\n  ROLLBACK;\n";
    os << "  -- oracle:\n  " << c.gen_query << ";\n";
    os << "  seqint: " << o.seq.summary() << "\n";
    os << "  oracle: " << o.gen.summary() << "\n";
}

bool setup(Db &db) {
    const char *const cleanup[] = {
        "SET statement_timeout = '120s'",
        "DROP SERVER IF EXISTS seqint_oracle_srv CASCADE",
        "DROP DOMAIN IF EXISTS seqint_oracle_dint, seqint_oracle_dnum, seqint_oracle_dfloat",
    };
    std::vector<const char *> statements(std::begin(cleanup), std::end(cleanup));
    statements.insert(statements.end(), std::begin(kPreamble), std::end(kPreamble));
    for (const char *sql : statements) {
        const Answer a = db.run(sql);
        if (a.error) {
            std::cerr << "seqint_oracle: " << sql << ": " << a.message
                      << " (is the extension created? CREATE EXTENSION seqint_fdw)\n";
            return false;
        }
    }
    return true;
}

void teardown(Db &db) {
    db.run("DROP SERVER IF EXISTS seqint_oracle_srv CASCADE");
    db.run("DROP DOMAIN IF EXISTS seqint_oracle_dint, seqint_oracle_dnum, seqint_oracle_dfloat");
}

[[noreturn]] void usage() {
    std::cerr << "usage: seqint_oracle [--seed N] [--cases N] [--verbose]\n";
    std::exit(2);
}

u64 parse_number(const char *text) {
    char *end = nullptr;
    errno = 0;
    const unsigned long long v = std::strtoull(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || text[0] == '-')
        usage();
    return v;
}

}  // namespace

int main(int argc, char **argv) {
    u64 seed = static_cast<u64>(std::chrono::system_clock::now().time_since_epoch().count() %
                                1000000000000LL);
    long cases = 500;
    bool verbose = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
            seed = parse_number(argv[++i]);
        else if (std::strcmp(argv[i], "--cases") == 0 && i + 1 < argc)
            cases = static_cast<long>(parse_number(argv[++i]));
        else if (std::strcmp(argv[i], "--verbose") == 0)
            verbose = true;
        else
            usage();
    }
    std::cout << "seqint_oracle: seed " << seed << " (replay with --seed " << seed << " --cases "
              << cases << ")" << std::endl;

    Db db;
    if (!db.connect()) {
        std::cerr << "seqint_oracle: cannot connect: " << db.error_message();
        std::cout << "0 passed, " << cases << " failed" << std::endl;
        return 1;
    }
    if (!setup(db)) {
        std::cout << "0 passed, " << cases << " failed" << std::endl;
        return 1;
    }

    Rng rng(seed);
    Generator generator(rng, db.server_version());
    long passed = 0, failed = 0;
    u128 rows = 0;
    for (long i = 1; i <= cases; ++i) {
        const Case c = generator.make(static_cast<int>(i));
        const Outcome o = run_case(db, c);
        if (o.passed) {
            ++passed;
            rows += o.gen.rows.size();
        } else {
            ++failed;
        }
        if (!o.passed || verbose)
            print_case(std::cout, c, o, seed, !o.passed);
        if (!db.alive()) {
            std::cout << "seqint_oracle: the connection was lost (did the server crash?) at case "
                      << i << "\n";
            if (!db.reconnect() || !setup(db)) {
                std::cout << "seqint_oracle: cannot reconnect; the remaining cases fail\n";
                failed += cases - i;
                break;
            }
        }
    }
    teardown(db);
    if (verbose)
        std::cout << "seqint_oracle: " << str(static_cast<i128>(rows)) << " rows compared\n";
    std::cout << passed << " passed, " << failed << " failed" << std::endl;
    return failed == 0 ? 0 : 1;
}
