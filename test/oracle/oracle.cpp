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
// Time cases (date, timestamp, timestamptz columns; see "time sequences" below) come after the
// integer cases, from a generator of their own seeded from the same seed.
//
// Usage: seqint_oracle [--seed N] [--cases N] [--time-cases N] [--time]
//                      [--only-time-case N] [--verbose]
//   --cases N           integer cases (500)
//   --time-cases N      time cases (0)
//   --time              time cases only: --cases N counts time cases
//   --only-time-case N  runs time case N of the seed alone (the ones before it are drawn, not
//                       run), printing it with its replay SQL
// Connects with the PG* environment variables; the database needs CREATE EXTENSION
// seqint_fdw. Prints the seed first, every failure with SQL that replays it, and last one
// line "N passed, N failed" over both kinds (the line before it counts the time cases).
// Exits 0 only when nothing failed.
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
    "CREATE DOMAIN seqint_oracle_ddate AS date",
    "CREATE DOMAIN seqint_oracle_dts AS timestamp",
    "CREATE DOMAIN seqint_oracle_dtstz AS timestamptz",
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
        "SET DateStyle = 'ISO, MDY'",
        "SET IntervalStyle = 'postgres'",
        "DROP SERVER IF EXISTS seqint_oracle_srv CASCADE",
        "DROP DOMAIN IF EXISTS seqint_oracle_dint, seqint_oracle_dnum, seqint_oracle_dfloat, "
        "seqint_oracle_ddate, seqint_oracle_dts, seqint_oracle_dtstz",
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
    db.run(
        "DROP DOMAIN IF EXISTS seqint_oracle_dint, seqint_oracle_dnum, seqint_oracle_dfloat, "
        "seqint_oracle_ddate, seqint_oracle_dts, seqint_oracle_dtstz");
}

// ---- time sequences: date, timestamp, timestamptz ------------------------------------------
//
// A time case draws a column of type date, timestamp or timestamptz (or a domain over one),
// a session TimeZone, start and end in the column's input syntax and a step as interval text
// (fixed steps, calendar steps with months, and days on timestamptz), sometimes one fault
// (a zero, mixed-sign or too fine step, an infinite or out-of-range bound, a missing option,
// an option of the other kind, text that is neither, a step away from end), and a query. The
// oracle is PostgreSQL's own arithmetic, evaluated by the server:
//   fixed steps:   generate_series(start, end, step) minus a value equal to end
//   calendar steps (and fixed steps near the top of the range, where generate_series would
//   overflow past its last value): start + k * step for k = 0, 1, … while before end
//   date with day steps: start + k * days (date arithmetic, the whole date range)
// The start and end of the oracle are read at execution (text::timestamptz), as a zone-less
// option is. Some cases run the query twice, changing TimeZone in between, plainly or as a
// prepared statement with a generic or a custom plan; each execution is compared with the
// oracle run the same way under the then-current zone.

enum class Base { Date, Timestamp, Timestamptz };

const char *base_name(Base b) {
    switch (b) {
    case Base::Date:
        return "date";
    case Base::Timestamp:
        return "timestamp";
    default:
        return "timestamptz";
    }
}

struct TimeType {
    std::string name;
    Base base;
};

const std::vector<TimeType> &time_types() {
    static const std::vector<TimeType> all = {
        {"date", Base::Date},
        {"timestamp", Base::Timestamp},
        {"timestamptz", Base::Timestamptz},
        {"timestamp without time zone", Base::Timestamp},
        {"timestamp with time zone", Base::Timestamptz},
        {"seqint_oracle_ddate", Base::Date},
        {"seqint_oracle_dts", Base::Timestamp},
        {"seqint_oracle_dtstz", Base::Timestamptz},
    };
    return all;
}

const std::vector<std::string> &zones() {
    static const std::vector<std::string> all = {
        "UTC",
        "Europe/Berlin",
        "America/New_York",
        "Australia/Lord_Howe",
        "Asia/Kolkata",
        "Pacific/Apia",
        "America/Santiago",
        "Pacific/Chatham",
        "America/St_Johns",
        "Asia/Kathmandu",
        "America/Sao_Paulo",
        "Pacific/Kiritimati",
        "Pacific/Pago_Pago",
        "EST5EDT",
        "Europe/London",
    };
    return all;
}

constexpr i64 kUsPerSecond = 1000000;
constexpr i64 kUsPerMinute = 60 * kUsPerSecond;
constexpr i64 kUsPerHour = 60 * kUsPerMinute;
constexpr i64 kUsPerDay = 24 * kUsPerHour;

// An interval as PostgreSQL holds it: months, days and microseconds, each with its sign.
struct Interval {
    i64 months = 0, days = 0, us = 0;
};

bool is_zero(const Interval &iv) { return iv.months == 0 && iv.days == 0 && iv.us == 0; }

Interval scaled(const Interval &iv, i64 m) { return {iv.months * m, iv.days * m, iv.us * m}; }

Interval magnitude(const Interval &iv) {
    return {std::abs(iv.months), std::abs(iv.days), std::abs(iv.us)};
}

std::string plural(i64 n, const char *unit) {
    return std::to_string(n) + " " + unit + (n == 1 || n == -1 ? "" : "s");
}

// seconds as decimal text: 1500000 -> "1.5"
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

// Interval text in one of the input syntaxes PostgreSQL reads: "2 mons 3 days", "1 year",
// "1 week", "01:30:00", "1.5 seconds", "250 milliseconds", ISO 8601 "P1DT2H".
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

// A civil date and time of the proleptic Gregorian calendar; year 0 is 1 BC.
struct Civil {
    i64 year = 2026;
    int month = 1, day = 1, hour = 0, minute = 0, second = 0;
    i64 us = 0;
};

bool leap(i64 y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

int days_in(i64 y, int m) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

std::string civil_text(const Civil &c, bool with_time, const std::string &offset = "") {
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

// Removes the UTC offset of timestamptz output ("2026-03-29 03:00:00+02" or "… +05:53:28 BC").
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

std::string quoted(const std::string &text) {
    std::string out = "'";
    for (char ch : text) {
        if (ch == '\'')
            out += '\'';
        out += ch;
    }
    return out + "'";
}

// How the oracle computes the sequence.
enum class Form {
    Series,    // generate_series(start, end, step), minus end
    Calendar,  // start + k * step, k = 0 … n + 5, while before end
    Guarded,   // the same, the guard k * step < end - start (no value past the range)
    DateDays,  // start + k * days, k = 0 … count - 1 (date arithmetic)
};

struct TimeCase {
    int number = 0;
    TimeType type;
    bool integer_column = false;  // the fault "a time option on an integer column"
    std::string zone1, zone2;     // zone2: the zone of the second execution, if any
    int mode = 0;  // 0 once; 1 twice, plain; 2 twice, prepared, generic plan; 3 custom plan
    std::optional<std::string> start, end, step;
    std::string what;          // what was drawn, for the report
    std::string expect_error;  // the SQLSTATE every query must fail with, or ""
    Form form = Form::Series;
    i64 n = 0;      // about how many values (the end is start + n * step + a jitter)
    i64 count = 0;  // DateDays: the exact number of values
    i64 ddays = 0;  // DateDays: the step in days
    bool negative = false;
    Interval step_iv;
    std::vector<std::string> setup, settings;
    std::string seq_query, gen_query, fit_sql;
    std::string exec_args;  // prepared with parameters: "('…', '…')"
    bool ordered = false;

    std::vector<std::string> zones_run() const {
        return zone2.empty() ? std::vector<std::string>{zone1}
                             : std::vector<std::string>{zone1, zone2};
    }
};

class TimeGenerator {
public:
    TimeGenerator(Rng &rng, Db &db) : rng_(rng), db_(db) {}

    TimeCase make(int number) {
        TimeCase c;
        c.number = number;
        c.type = rng_.pick(time_types());
        c.zone1 = rng_.pick(zones());
        const i128 m = rng_.range(1, 100);
        c.mode = m <= 64 ? 0 : m <= 73 ? 1 : m <= 86 ? 2 : 3;
        if (c.mode > 0)
            do
                c.zone2 = rng_.pick(zones());
            while (c.zone2 == c.zone1);
        db_.run("SET TimeZone = " + quoted(c.zone1));  // what the draws below evaluate in
        if (rng_.chance(0.12)) {
            huge(c);
            options(c);
            return c;
        }
        spec(c);
        if (rng_.chance(0.16) && c.what != "range edge")  // (an edge may be a fault already)
            fault(c);
        oracle(c);
        options(c);
        query(c);
        return c;
    }

private:
    Rng &rng_;
    Db &db_;
    struct Pending {
        std::string expr, type;
        bool fixed;  // a timestamptz keeps its UTC offset (not read in the session's zone)
    };
    std::vector<Pending> pending_;  // the constants of the query being drawn
    // No range-edge constants: they meet arithmetic (o.x + interval), which a scan evaluates as
    // a bound where a join would not reach it (as an index scan does; the README says so).
    bool no_edges_ = false;

    // The arithmetic type of the sequence: dates step as timestamps (but DateDays).
    static const char *arith(const TimeCase &c) {
        return c.type.base == Base::Timestamptz ? "timestamptz" : "timestamp";
    }

    std::optional<std::string> eval(const std::string &sql) {
        const Answer a = db_.run("SELECT (" + sql + ")::text");
        if (a.error || a.rows.size() != 1)
            return std::nullopt;
        return a.rows[0];
    }

    Civil random_civil(i64 year_lo, i64 year_hi, bool with_time) {
        Civil c;
        c.year = static_cast<i64>(rng_.range(year_lo, year_hi));
        c.month = static_cast<int>(rng_.range(1, 12));
        c.day = static_cast<int>(rng_.range(1, days_in(c.year, c.month)));
        if (with_time && rng_.chance(0.6)) {
            c.hour = static_cast<int>(rng_.range(0, 23));
            c.minute = rng_.chance(0.5) ? 0 : static_cast<int>(rng_.range(0, 59));
            c.second = rng_.chance(0.7) ? 0 : static_cast<int>(rng_.range(0, 59));
            c.us = rng_.chance(0.8) ? 0 : static_cast<i64>(rng_.range(0, 999999));
        }
        return c;
    }

    // A UTC offset for a timestamptz literal, or none (read in the session's TimeZone).
    std::string offset() {
        if (rng_.chance(0.55))
            return "";
        return rng_.pick(
            std::vector<std::string>{"+00", "+00", "Z", "+05:30", "-08", "+01", "-03:30", "+13"});
    }

    Interval draw_step(const TimeCase &c, int dir, bool fixed_only) {
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

    i64 draw_count() {
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
    std::string jitter(const TimeCase &c) {
        if (rng_.chance(0.35))
            return "'0 days'::interval";
        const int dir = c.negative ? -1 : 1;
        const Interval &s = c.step_iv;
        if (c.type.base == Base::Date) {
            const i64 d = s.months != 0 ? 27 : std::abs(s.days) - 1;
            return "'" + std::to_string(dir * static_cast<i64>(rng_.range(0, d))) +
                   " days'::interval";
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

    i64 day_jitter(const TimeCase &c) {
        if (rng_.chance(0.35))
            return 0;
        return (c.negative ? -1 : 1) * static_cast<i64>(rng_.range(0, std::abs(c.ddays) - 1));
    }

    // Draws a valid spec: start, step, about n values, end after them.
    void spec(TimeCase &c) {
        const Base b = c.type.base;
        const bool with_time = b != Base::Date;
        const int dir = rng_.sign();
        c.negative = dir < 0;
        const i128 r = rng_.range(1, 100);
        Civil start;
        bool edge = false, gap_step = false;
        std::string off = b == Base::Timestamptz ? offset() : "";
        if (r <= 30) {
            c.what = "modern";
            start = random_civil(1900, 2100, with_time);
            if (r <= 2) {
                c.what = "epoch";
                start = Civil{1970, 1, 1};
            }
        } else if (r <= 45) {  // around a DST change (or another zone's)
            c.what = "dst";
            static const std::vector<std::pair<const char *, Civil>> anchors = {
                {"Europe/Berlin", {2026, 3, 29, 2}},      {"Europe/Berlin", {2026, 10, 25, 3}},
                {"America/New_York", {2026, 3, 8, 2}},    {"America/New_York", {2026, 11, 1, 1}},
                {"Australia/Lord_Howe", {2026, 4, 5, 2}}, {"Australia/Lord_Howe", {2026, 10, 4, 2}},
                {"Pacific/Apia", {2011, 12, 29, 23}},     {"Pacific/Apia", {2011, 9, 24, 3}},
                {"America/Santiago", {2026, 9, 6, 0}},    {"America/Santiago", {2026, 4, 5, 0}},
                {"America/Sao_Paulo", {2018, 11, 4, 0}},  {"Pacific/Chatham", {2026, 4, 5, 3}},
                {"Europe/London", {2026, 3, 29, 1}},      {"America/St_Johns", {2026, 11, 1, 1}},
            };
            const auto &anchor = rng_.pick(anchors);
            if (rng_.chance(0.6) && b == Base::Timestamptz) {
                c.zone1 = anchor.first;
                if (c.zone2 == c.zone1)
                    c.zone2 = c.zone1 == "UTC" ? "Europe/Berlin" : "UTC";
                db_.run("SET TimeZone = " + quoted(c.zone1));
            }
            start = anchor.second;
            // a few hours or days before it (or after it, for descending steps)
            const i64 hours = static_cast<i64>(rng_.range(0, 50));
            start.hour = static_cast<int>((start.hour + 48 - dir * (hours % 24)) % 24);
            start.day = std::clamp<int>(start.day - dir * static_cast<int>(hours / 24), 1, 28);
            start.minute = rng_.chance(0.7) ? 0 : 30;
            if (rng_.chance(0.3)) {  // days (or months) later, into the gap or the fold itself
                start = anchor.second;
                start.day = std::max(1, start.day - static_cast<int>(rng_.range(1, 3)));
                start.minute = rng_.pick(std::vector<int>{0, 15, 30, 45});
                gap_step = true;
            }
            if (b == Base::Timestamptz && rng_.chance(0.7))
                off = "";
        } else if (r <= 60) {  // month ends, leap days
            c.what = "month end";
            static const std::vector<std::pair<int, int>> days = {
                {1, 31}, {2, 28}, {2, 29}, {3, 31}, {8, 31}, {12, 31}, {4, 30}, {1, 30}};
            const auto &md = rng_.pick(days);
            start.year = rng_.pick(
                std::vector<i64>{2024, 2000, 1900, 2100, 2026, 1600, 2023, 0, -4, 1, 2028});
            start.month = md.first;
            start.day = std::min(md.second, days_in(start.year, md.first));
            if (with_time && rng_.chance(0.5))
                start.hour = static_cast<int>(rng_.range(0, 23));
        } else if (r <= 72) {
            c.what = "anywhere";
            start = random_civil(rng_.chance(0.2) ? -4700 : 1, rng_.chance(0.3) ? 200000 : 3000,
                                 with_time);
        } else if (r <= 84) {
            c.what = "range edge";
            edge = true;
        } else {
            c.what = "many";
            start = random_civil(1950, 2050, with_time);
        }

        // day steps on a date column: date arithmetic, over the whole date range
        c.step_iv = draw_step(c, dir, edge);
        c.n = draw_count();
        if (c.what == "many")
            c.n = static_cast<i64>(rng_.range(20000, 100000));
        if (b == Base::Date && c.step_iv.months == 0) {
            c.form = Form::DateDays;
            c.ddays = c.step_iv.days;
        } else if (c.step_iv.months == 0 && (b == Base::Timestamp || c.step_iv.days == 0)) {
            c.form = Form::Series;
        } else {
            c.form = Form::Calendar;
        }
        if (gap_step && b != Base::Date) {  // whole days (or a month) onto the DST change
            c.step_iv = rng_.chance(0.8) ? Interval{0, dir, 0} : Interval{dir, 0, 0};
            c.form = b == Base::Timestamp && c.step_iv.months == 0 ? Form::Series : Form::Calendar;
        }
        c.step = interval_text(rng_, c.step_iv);
        // Other spellings PostgreSQL reads: fractions of a unit, "ago", "@", decades.
        static const std::vector<std::pair<const char *, Interval>> spelled = {
            {"1.5 months", {1, 15, 0}},
            {"0.5 mon", {0, 15, 0}},
            {"1.5 days", {0, 1, 12 * kUsPerHour}},
            {"P0.5D", {0, 0, 12 * kUsPerHour}},
            {"1 week 2 days", {0, 9, 0}},
            {"PT36H", {0, 0, 36 * kUsPerHour}},
            {"0.5 years", {6, 0, 0}},
            {"1 decade", {120, 0, 0}},
            {"1.25 hours", {0, 0, 75 * kUsPerMinute}},
            {"P1.5W", {0, 10, 12 * kUsPerHour}},
            {"@ 2 hours", {0, 0, 2 * kUsPerHour}},
            {"P1Y2M3DT4H5M6S", {14, 3, 14706 * kUsPerSecond}},
        };
        if (!gap_step && !edge && rng_.chance(0.08)) {
            const auto &[text, iv] = rng_.pick(spelled);
            if ((b != Base::Date || iv.us == 0) && (dir > 0 || text[0] != 'P')) {
                c.step_iv = scaled(iv, dir);
                c.step = dir > 0 ? std::string(text) : std::string(text) + " ago";
                const bool fixed =
                    c.step_iv.months == 0 && (b == Base::Timestamp || c.step_iv.days == 0);
                c.form = b == Base::Date && c.step_iv.months == 0 ? Form::DateDays
                         : fixed && b != Base::Date               ? Form::Series
                                                                  : Form::Calendar;
                c.ddays = c.step_iv.days;
            }
        }
        // A timestamptz bound without an offset is read in the zone of each execution: both
        // bounds so, or both with offsets, when a shift of hours would add too many values.
        const i64 shortest =
            c.step_iv.months != 0 || c.step_iv.days != 0 ? kUsPerDay : std::abs(c.step_iv.us);
        bool end_zone_less = rng_.chance(0.4);
        if (b == Base::Timestamptz && shortest < kUsPerHour) {
            if (shortest < kUsPerMinute && off.empty())
                off = "+00";
            end_zone_less = off.empty();
        }

        if (edge) {
            edge_spec(c);
            return;
        }
        const std::string s = c.what == "epoch" && (b != Base::Timestamptz || off.empty())
                                  ? "epoch"
                                  : civil_text(start, with_time, with_time ? off : "");
        c.start = s;
        // the end, start + n * step + jitter, by the server; fewer values if that overflows
        for (int attempt = 0; attempt < 4; ++attempt, c.n /= 20) {
            std::optional<std::string> e;
            if (c.form == Form::DateDays)
                e = eval(quoted(s) + "::date + " + std::to_string(c.n * c.ddays + day_jitter(c)));
            else
                e = eval("(" + quoted(s) + "::" + arith(c) + " + " + std::to_string(c.n) + " * " +
                         quoted(*c.step) + "::interval + " + jitter(c) +
                         ")::" + base_name(c.type.base));
            if (e) {
                c.end = b == Base::Timestamptz && end_zone_less ? zone_less(*e) : *e;
                restyle(c);
                return;
            }
        }
        c.n = 0;
        c.end = s;
    }

    // The same bounds in other input syntaxes: ISO 8601's T, a Julian day, a date with a time
    // of day (date input drops it), 'epoch'.
    void restyle(TimeCase &c) {
        const i128 r = rng_.range(1, 100);
        std::string &text = rng_.chance(0.5) ? *c.start : *c.end;
        if (text.find(" BC") != std::string::npos || text.size() < 5 || text[4] != '-')
            return;  // (years of more than four digits read only in ISO order)
        const std::size_t space = text.find(' ');
        if (r <= 6 && space != std::string::npos) {
            text[space] = 'T';
        } else if (r <= 10 && c.type.base == Base::Date) {
            if (const auto j = eval("to_char(" + quoted(text) + "::date, 'J')"))
                text = "J" + *j;
        } else if (r <= 14 && c.type.base == Base::Date) {
            text += rng_.pick(std::vector<std::string>{" 13:45", " 00:00:01", " 23:59:59.999999"});
        } else if (r <= 16 && c.type.base == Base::Date) {
            if (const auto d = eval("to_char(" + quoted(text) + "::date, 'Mon DD YYYY')"))
                text = *d;
        } else if (r <= 20 && c.type.base != Base::Timestamptz) {
            // a zone, which date and timestamp input read and drop
            text += std::string(c.type.base == Base::Date ? " 23:00" : "") +
                    rng_.pick(std::vector<std::string>{"+05", "-08", " America/New_York", "Z",
                                                       "+14", " UTC"});
        }
    }

    // A spec at an edge of the type's range: from one edge away, or toward one; fixed steps.
    void edge_spec(TimeCase &c) {
        const Base b = c.type.base;
        const bool toward = rng_.chance(0.5);
        const bool top = toward != c.negative;  // ascending toward the top, descending from it
        std::string anchor;
        if (b == Base::Date) {
            anchor = top ? rng_.pick(std::vector<std::string>{"5874897-12-31", "5874897-12-30",
                                                              "5874897-01-01", "294276-12-31"})
                         : rng_.pick(std::vector<std::string>{"4714-11-24 BC", "4714-11-25 BC",
                                                              "4713-01-01 BC"});
        } else {
            anchor = top ? rng_.pick(std::vector<std::string>{
                               "294276-12-31 23:59:59.999999", "294276-12-31 23:00",
                               "294276-12-31 00:00", "294276-12-30 12:34:56.789"})
                         : rng_.pick(std::vector<std::string>{
                               "4714-11-24 00:00 BC", "4714-11-24 00:00:00.000001 BC",
                               "4714-11-24 01:00 BC", "4714-11-25 00:00 BC"});
        }
        c.n = static_cast<i64>(rng_.range(0, rng_.chance(0.8) ? 30 : 3000));
        const std::string zero = "'0 days'::interval";
        std::optional<std::string> other;
        // the other bound, computed zone-less: toward the anchor from the other side
        const std::string sign = toward ? " - " : " + ";
        if (c.form == Form::DateDays) {
            other = eval(quoted(anchor) + "::date" + sign + "(" +
                         std::to_string(c.n * c.ddays + day_jitter(c)) + ")");
        } else {
            const std::string j = jitter(c);
            other = eval("(" + quoted(anchor) + "::timestamp" + sign + std::to_string(c.n) + " * " +
                         quoted(*c.step) + "::interval" + sign + j + ")::timestamp");
        }
        if (!other) {
            c.n = 0;
            other = anchor;
        }
        std::string s = toward ? *other : anchor, e = toward ? anchor : *other;
        if (b == Base::Timestamptz && rng_.chance(0.5)) {  // UTC, else the session's zone
            const auto utc = [](const std::string &t) {
                const std::size_t bc = t.find(" BC");
                return bc == std::string::npos ? t + "+00" : t.substr(0, bc) + "+00 BC";
            };
            s = utc(s);
            e = utc(e);
        }
        c.start = s;
        c.end = e;
        if (c.form != Form::DateDays)
            c.form = toward ? Form::Guarded : c.form;  // generate_series would step past it
    }

    // Replaces a valid spec by one with a single fault.
    void fault(TimeCase &c) {
        const Base b = c.type.base;
        const bool ts = b != Base::Date;
        static const std::vector<std::string> mixed = {"1 mon -1 day",    "-1 mon 1 day",
                                                       "1 day -1 hour",   "-1 day 01:00:00",
                                                       "1 mon -1 second", "P1M-1D"};
        static const std::vector<std::string> finer = {
            "1 hour", "1 day 1 second", "36 hours", "1 mon 00:00:01", "1.5 days", "1 day 01:00"};
        switch (static_cast<int>(rng_.range(1, 10))) {
        case 1:
            c.what += ", fault: zero step";
            c.step = interval_text(rng_, Interval{});
            c.expect_error = "22023";
            break;
        case 2:
            c.what += ", fault: mixed signs";
            c.step = rng_.pick(mixed);
            c.expect_error = "22023";
            break;
        case 3:
            if (ts) {
                c.what += ", fault: infinite bound";
                (rng_.chance(0.5) ? c.start : c.end) = rng_.chance(0.5) ? "infinity" : "-infinity";
            } else {
                c.what += ", fault: step finer than a day";
                c.step = rng_.pick(finer);
            }
            c.expect_error = "22023";
            break;
        case 4:  // infinite, or a value that changes by the day
            c.what += ", fault: infinite or moving bound";
            (rng_.chance(0.5) ? c.start : c.end) = rng_.pick(std::vector<std::string>{
                "infinity", "-infinity", "now", "today", "tomorrow", "yesterday", " Infinity"});
            c.expect_error = "22023";
            break;
        case 5: {
            c.what += ", fault: an integer option on a time column";
            const i128 which = rng_.range(0, 2);
            (which == 0   ? c.start
             : which == 1 ? c.end
                          : c.step) =
                rng_.pick(std::vector<std::string>{"5", "-3", "1000", "1", " 7"});
            c.expect_error = "22023";
            break;
        }
        case 6: {
            c.what += ", fault: a time option on an integer column";
            c.integer_column = true;
            c.start = "0";
            c.end = "100";
            c.step = "1";
            const i128 which = rng_.range(0, 2);
            if (which == 2)
                c.step = rng_.pick(std::vector<std::string>{"1 day", "P1D", "01:00:00"});
            else
                (which == 0 ? c.start : c.end) = rng_.pick(std::vector<std::string>{
                    "2026-01-01", "2026-01-01 00:00", "2026-01-01 00:00+00"});
            c.expect_error = "22023";
            break;
        }
        case 7:
            if (c.n > 0 && c.start != c.end) {
                c.what += ", fault: never reaches end";
                std::swap(c.start, c.end);
                c.expect_error = "22023";
                break;
            }
            [[fallthrough]];
        case 8: {
            c.what += ", fault: a missing option";
            const i128 which = rng_.range(0, ts ? 2 : 1);
            (which == 0 ? c.start : which == 1 ? c.end : c.step).reset();
            c.expect_error = "HV00J";
            break;
        }
        case 9: {
            c.what += ", fault: not a bigint, a date/timestamp nor an interval";
            const i128 which = rng_.range(0, 2);
            if (which == 2)
                c.step = rng_.pick(
                    std::vector<std::string>{"1 fortnight", "abc", "2026-01-01", "5 parsecs", ""});
            else
                (which == 0 ? c.start : c.end) = rng_.pick(std::vector<std::string>{
                    "abc", "2026-01-01 xyz", "1 day", "tomorrow-ish", "", "12:34:56:78"});
            c.expect_error = "22P02";
            break;
        }
        default: {
            c.what += ", fault: a bound outside the type's range";
            const bool high = rng_.chance(0.5);
            std::string text;
            if (ts)  // outside in every zone too
                text = high ? rng_.pick(std::vector<std::string>{"300000-01-01", "294277-01-02",
                                                                 "294277-01-02 00:00"})
                            : rng_.pick(std::vector<std::string>{
                                  "4714-11-22 BC", "4714-11-22 12:00 BC", "5000-01-01 BC"});
            else
                text = high ? "5874898-01-01" : "4714-11-23 BC";
            if (rng_.chance(0.3)) {  // a field out of range: 22008 from date/timestamp input
                text = rng_.pick(std::vector<std::string>{"2026-02-30", "2026-13-01", "2026-11-00",
                                                          "2025-02-29", "2026-01-01 25:00",
                                                          "2026-01-01 12:60"});
                if (!ts && text.find(' ') != std::string::npos)
                    text = "2026-04-31";
            }
            // keep the direction right: the far bound is the one outside
            (high != c.negative ? c.end : c.start) = text;
            c.expect_error = "22008";
            break;
        }
        }
    }

    // The oracle's relation, and the check that the bounds fit the column and that the
    // sequence reaches its end (its third column true when it does not): both are decided in
    // the zone of each execution, where a bound without an offset is read.
    void oracle(TimeCase &c) {
        if (!c.expect_error.empty() || !c.start || !c.end || !c.step)
            return;
        const std::string T = c.type.name;
        const std::string step = quoted(*c.step) + "::interval";
        const std::string cmp = c.negative ? " > " : " < ";
        const std::string order_type = c.type.base == Base::Date ? "date" : arith(c);
        c.fit_sql = "SELECT " + quoted(*c.start) + "::text::" + T + ", " + quoted(*c.end) +
                    "::text::" + T + ", " + quoted(*c.end) + "::text::" + order_type + cmp +
                    quoted(*c.start) + "::text::" + order_type + " AS never_reaches_end";
        if (c.form == Form::DateDays) {
            const std::string s = quoted(*c.start) + "::text::date";
            const std::string e = quoted(*c.end) + "::text::date";
            const auto n = eval("greatest(0, ceil((" + e + " - " + s + ")::numeric / " +
                                std::to_string(c.ddays) + "))::bigint");
            c.count = n ? std::stoll(*n) : 0;
            c.gen_query = "(SELECT (" + s + " + k * " + std::to_string(c.ddays) + ")::" + T +
                          " AS val FROM generate_series(0, " + std::to_string(c.count - 1) + ") k)";
            return;
        }
        const std::string TT = arith(c);
        const std::string via = c.type.base == Base::Date ? "::text::date::" : "::text::";
        const std::string s = quoted(*c.start) + via + TT;
        const std::string e = quoted(*c.end) + via + TT;
        if (c.form == Form::Series) {
            c.gen_query = "(SELECT g::" + T + " AS val FROM generate_series(" + s + ", " + e +
                          ", " + step + ") g WHERE g <> " + e + ")";
        } else {
            const std::string guard = c.form == Form::Guarded ? "k * " + step + cmp + e + " - " + s
                                                              : s + " + k * " + step + cmp + e;
            c.gen_query = "(SELECT (" + s + " + k * " + step + ")::" + T +
                          " AS val FROM generate_series(0, " + std::to_string(c.n + 5) +
                          ") k WHERE " + guard + " OFFSET 0)";
        }
    }

    // Where each option goes, as the integer cases place them: the table, the server, both
    // (the server's is a decoy) or, for date's step '1 day', nowhere; sometimes the table is
    // made with decoys, read once and altered to its real options.
    void options(TimeCase &c) {
        const std::optional<std::string> vals[3] = {c.start, c.end, c.step};
        std::optional<std::string> srv[3], tbl[3];
        bool decoy[3] = {false, false, false};
        const bool date_default = !c.integer_column && c.type.base == Base::Date && c.step &&
                                  (*c.step == "1 day" || *c.step == "1 days");
        for (int j = 0; j < 3; ++j) {
            const i128 r = rng_.range(1, 100);
            if (!vals[j] || (j == 2 && date_default && r <= 30)) {
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
        if (srv[0] && srv[1] && srv[2])
            for (int j = 0; j < 3; ++j)
                if (decoy[j])
                    srv[j].reset();
        std::string server_sql;
        for (int j = 0; j < 3; ++j)
            if (srv[j])
                server_sql += std::string(server_sql.empty() ? "" : ", ") + "ADD \"" +
                              kOptionNames[j] + "\" " + quoted(*srv[j]);
        if (!server_sql.empty())
            c.setup.push_back(std::string("ALTER SERVER ") + kServer + " OPTIONS (" + server_sql +
                              ")");
        std::optional<std::string> first[3];
        const bool alter = rng_.chance(0.2);
        for (int j = 0; j < 3; ++j)
            first[j] = alter ? (rng_.chance(0.5) ? std::optional<std::string>(decoy_value(j))
                                                 : std::nullopt)
                             : tbl[j];
        if (alter && first[0] && first[1] && first[2])
            first[1].reset();
        std::string table_sql;
        for (int j = 0; j < 3; ++j)
            if (first[j])
                table_sql += std::string(table_sql.empty() ? "" : ", ") + "\"" + kOptionNames[j] +
                             "\" " + quoted(*first[j]);
        const std::string column = c.integer_column ? "bigint" : c.type.name;
        c.setup.push_back(std::string("CREATE FOREIGN TABLE ") + kTable + " (val " + column +
                          ") SERVER " + kServer +
                          (table_sql.empty() ? "" : " OPTIONS (" + table_sql + ")"));
        const bool analyze = rng_.chance(0.1);
        if (!alter) {
            if (analyze)
                c.setup.push_back(std::string("ANALYZE ") + kTable);
            return;
        }
        c.setup.push_back("SAVEPOINT decoys");
        c.setup.push_back(std::string("SELECT val FROM ") + kTable + " LIMIT 3");
        c.setup.push_back("ROLLBACK TO SAVEPOINT decoys");
        std::string alter_sql;
        for (int j = 0; j < 3; ++j) {
            std::string action;
            if (first[j] && tbl[j])
                action = std::string("SET \"") + kOptionNames[j] + "\" " + quoted(*tbl[j]);
            else if (tbl[j])
                action = std::string("ADD \"") + kOptionNames[j] + "\" " + quoted(*tbl[j]);
            else if (first[j])
                action = std::string("DROP \"") + kOptionNames[j] + "\"";
            if (!action.empty())
                alter_sql += (alter_sql.empty() ? "" : ", ") + action;
        }
        if (!alter_sql.empty())
            c.setup.push_back(std::string("ALTER FOREIGN TABLE ") + kTable + " OPTIONS (" +
                              alter_sql + ")");
        if (analyze)
            c.setup.push_back(std::string("ANALYZE ") + kTable);
    }

    std::string decoy_value(int field) {
        if (field == 2)
            return rng_.pick(std::vector<std::string>{"1 hour", "2 days", "3", "1 mon"});
        return rng_.pick(std::vector<std::string>{"2000-01-01", "1999-12-31 12:00", "7", "-3"});
    }

    // ---- the query ----

    std::string other_type(const TimeCase &c) {
        if (rng_.chance(0.6))
            return base_name(c.type.base);
        return rng_.pick(std::vector<std::string>{"date", "timestamp", "timestamptz"});
    }

    // An expression for the k-th value of the sequence (any k), or nullopt.
    std::optional<std::string> value_expr(const TimeCase &c, i64 k) {
        if (!c.start || !c.step)
            return std::nullopt;
        if (c.form == Form::DateDays && c.expect_error.empty())
            return "(" + quoted(*c.start) + "::date + " + std::to_string(k * c.ddays) + ")";
        return "(" + quoted(*c.start) + (c.type.base == Base::Date ? "::date::" : "::") + arith(c) +
               " + " + std::to_string(k) + " * " + quoted(*c.step) + "::interval)";
    }

    // A constant of type `type` near the sequence: one of its values, nudged, just outside it
    // or anywhere; a placeholder the server's text of it replaces (resolve()).
    std::string constant(const TimeCase &c, const std::string &type) {
        const i128 r = rng_.range(1, 20);
        const i64 n = std::max<i64>(c.n, 1);
        std::optional<std::string> e;
        if (r <= 9)
            e = value_expr(c, static_cast<i64>(rng_.range(0, n - 1)));
        else if (r <= 14)
            e = value_expr(c, static_cast<i64>(rng_.range(0, n - 1)));
        else if (r <= 18)
            e = value_expr(c, rng_.chance(0.5) ? static_cast<i64>(rng_.range(-2, 0))
                                               : n + static_cast<i64>(rng_.range(-1, 1)));
        if (e && r >= 10 && r <= 18)
            *e += " + " +
                  quoted(rng_.pick(std::vector<std::string>{
                      "1 microsecond", "-1 microsecond", "1 second", "-1 second", "1 hour",
                      "-1 hour", "12 hours", "-12 hours", "1 day", "-1 day", "-30 minutes"})) +
                  "::interval";
        if (r == 20 && rng_.chance(0.6) && !no_edges_) {  // infinite, NULL, the range's edges
            const bool tz = type == "timestamptz";
            std::vector<std::string> special = {"'infinity'", "'-infinity'"};
            // A NULL may fold the WHERE clause to false: no scan, no error, so only where
            // the table cannot fail (README: a clause folded to false never reaches it).
            if (c.expect_error.empty() && c.type.base != Base::Timestamptz &&
                c.what != "range edge")
                special.push_back("NULL");
            if (type == "date")
                special.insert(special.end(), {"'5874897-12-31'", "'4714-11-24 BC'"});
            else
                special.insert(
                    special.end(),
                    {tz ? "'294276-12-31 23:59:59.999999+00'" : "'294276-12-31 23:59:59.999999'",
                     tz ? "'4714-11-24 00:00:00+00 BC'" : "'4714-11-24 00:00:00 BC'"});
            e = rng_.pick(special) + "::" + type;
        }
        if (!e)
            e = quoted(civil_text(random_civil(1990, 2040, true), true)) + "::timestamp";
        pending_.push_back({*e, type, false});
        return "\x01" + std::to_string(pending_.size() - 1) + "\x02";
    }

    // Replaces the placeholders by literals, the texts of their values in this zone, or by
    // stable expressions of them (text::timestamptz), or by parameters ($1::type), whose
    // values go to `args` for EXECUTE.
    std::string resolve(const std::string &text, bool params, std::string &args) {
        if (pending_.empty())
            return text;
        std::vector<std::string> values(pending_.size());
        std::string sql = "SELECT ";
        for (std::size_t i = 0; i < pending_.size(); ++i)
            sql += (i ? ", (" : "(") + pending_[i].expr + ")::" + pending_[i].type + "::text";
        Answer all = db_.run(sql);
        for (std::size_t i = 0; i < pending_.size(); ++i) {
            std::optional<std::string> v;
            if (!all.error && all.rows.size() == 1) {
                std::vector<std::string> cols;
                std::stringstream row(all.rows[0]);
                for (std::string col; std::getline(row, col, '|');)
                    cols.push_back(col);
                if (cols.size() == pending_.size())
                    v = cols[i];
            }
            if (!v)
                v = eval("(" + pending_[i].expr + ")::" + pending_[i].type);
            std::string lit = v ? *v : "2026-01-01";
            if (v && *v == "NULL") {  // (no date's text)
                values[i] = "NULL::" + pending_[i].type;
                if (params) {
                    values[i] = "$" + std::to_string(i + 1) + "::" + pending_[i].type;
                    args += (args.empty() ? "(" : ", ") + std::string("NULL");
                }
                continue;
            }
            // (not next to the range's edges: read in another zone, it may fall outside, and
            // a parameter's error comes before any the table has to raise)
            if (pending_[i].type == "timestamptz" && !pending_[i].fixed && rng_.chance(0.3) &&
                lit.find(" BC") == std::string::npos && lit.rfind("29427", 0) != 0)
                lit = zone_less(lit);
            const i128 form = rng_.range(1, 100);
            if (params) {
                values[i] = "$" + std::to_string(i + 1) + "::" + pending_[i].type;
                args += (args.empty() ? "(" : ", ") + quoted(lit);
            } else if (form <= 25) {
                values[i] = pending_[i].type + " " + quoted(lit);
            } else if (form <= 40) {
                values[i] = quoted(lit) + "::text::" + pending_[i].type;
            } else {
                values[i] = quoted(lit) + "::" + pending_[i].type;
            }
        }
        if (!args.empty())
            args += ")";
        std::string out;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] != '\x01') {
                out += text[i];
                continue;
            }
            const std::size_t close = text.find('\x02', i);
            out += values[static_cast<std::size_t>(std::stoul(text.substr(i + 1, close - i - 1)))];
            i = close;
        }
        pending_.clear();
        return out;
    }

    std::string list(const TimeCase &c, const std::string &type) {
        std::string items = constant(c, type);
        for (i128 n = rng_.range(0, 5); n > 0; --n)
            items += ", " + constant(c, type);
        return items;
    }

    std::string atom(const TimeCase &c) {
        const std::string t = other_type(c);
        switch (static_cast<int>(rng_.range(0, 15))) {
        case 0:
            return "val < " + constant(c, t);
        case 1:
            return "val <= " + constant(c, t);
        case 2:
            return "val > " + constant(c, t);
        case 3:
            return "val >= " + constant(c, t);
        case 4:
            return "val = " + constant(c, t);
        case 5:
            return "val <> " + constant(c, t);
        case 6:
            return "val BETWEEN " + constant(c, t) + " AND " + constant(c, t);
        case 7:
            return "val NOT BETWEEN " + constant(c, t) + " AND " + constant(c, t);
        case 8:
            return "val BETWEEN SYMMETRIC " + constant(c, t) + " AND " + constant(c, t);
        case 9:
            return "val IN (" + list(c, t) + ")";
        case 10:
            return "val NOT IN (" + list(c, t) + ")";
        case 11:
            return "val = ANY (ARRAY[" + list(c, t) + "]::" + t + "[])";
        case 12:
            return rng_.chance(0.5) ? "val IS NOT NULL" : "val IS NULL";
        case 13:
            if (rng_.chance(0.3))  // an initplan's parameter
                return "val >= (SELECT " + constant(c, t) + ")";
            return "NOT (val > " + constant(c, t) + ")";
        case 14:  // a filter (no arithmetic next to the range's edges: it would overflow)
            if (c.what.rfind("range edge", 0) == 0)
                return "val >= " + constant(c, t);
            if (rng_.chance(0.5))
                return "to_char(val, 'DD') <> '13'";
            return "date_trunc('day', val) >= " + constant(c, t);
        default:
            if (c.what.rfind("range edge", 0) == 0)
                return "val <= " + constant(c, t);
            return "val + '1 hour'::interval > " + constant(c, t);
        }
    }

    std::string condition(const TimeCase &c, int depth) {
        if (depth > 0 && rng_.chance(0.3))
            return "(" + condition(c, depth - 1) + (rng_.chance(0.5) ? " AND " : " OR ") +
                   condition(c, depth - 1) + ")";
        if (depth > 0 && rng_.chance(0.08))
            return "NOT (" + condition(c, depth - 1) + ")";
        return atom(c);
    }

    std::string where(const TimeCase &c) {
        return rng_.chance(0.25) ? "" : " WHERE " + condition(c, 2);
    }

    // generate_series of timestamps near the sequence, at most ~2000 values.
    std::string other_series(const TimeCase &c, const std::string &type) {
        const bool usable = c.expect_error.empty() && c.start && c.step;
        const i64 n = std::max<i64>(c.n, 1);
        const i64 k1 = static_cast<i64>(rng_.range(-2, n));
        const i64 m = static_cast<i64>(rng_.range(1, 3));
        const i64 k2 = k1 + m * static_cast<i64>(rng_.range(0, std::min<i64>(n, 2000 / m)));
        std::string lo, hi, step;
        if (usable) {
            lo = constant(c, type);
            // the two ends, in the order of the values
            const auto a = value_expr(c, c.negative ? k2 : k1);
            const auto b = value_expr(c, c.negative ? k1 : k2);
            pending_.back().expr = *a;
            pending_.back().fixed = true;
            hi = constant(c, type);
            pending_.back().expr = *b;
            pending_.back().fixed = true;
            const Interval mag =
                c.form == Form::DateDays ? Interval{0, std::abs(c.ddays), 0} : magnitude(c.step_iv);
            step = interval_text(rng_, scaled(mag, m));
        } else {
            lo = constant(c, type);
            pending_.back().fixed = true;
            hi = constant(c, type);
            pending_.back().fixed = true;
            step = "1 day";
        }
        return "generate_series(" + lo + ", " + hi + ", " + quoted(step) + "::interval)";
    }

    void query(TimeCase &c) {
        std::string tmpl;  // {T} is the table, aliased t
        bool describe = false;
        c.ordered = false;
        if (c.integer_column) {  // the fault is the point; a query on bigint
            tmpl = rng_.chance(0.5) ? "SELECT val FROM {T} ORDER BY val LIMIT 5"
                                    : "SELECT count(*) FROM {T}";
        } else {
            const i128 form = rng_.range(1, 100);
            const bool edge = c.what.rfind("range edge", 0) == 0;  // no arithmetic on val
            const std::string ts = c.type.base == Base::Timestamptz ? "timestamptz" : "timestamp";
            if (rng_.chance(0.04)) {  // seqint_fdw_describe(): its count and last value
                describe = true;
                tmpl = std::string("SELECT count(*)::numeric, ") + (c.negative ? "min" : "max") +
                       "(val)::text FROM {T}";
            } else if (form <= 42) {
                const bool distinct = rng_.chance(0.1);
                tmpl = std::string("SELECT ") + (distinct ? "DISTINCT " : "") + "val FROM {T}" +
                       where(c);
                if (rng_.chance(0.6)) {
                    c.ordered = true;
                    tmpl += rng_.chance(0.5) ? " ORDER BY val" : " ORDER BY val DESC";
                    if (rng_.chance(0.5)) {
                        if (rng_.chance(0.7))
                            tmpl += " LIMIT " + str(rng_.chance(0.8) ? rng_.range(0, 20)
                                                                     : rng_.range(0, 200000));
                        if (rng_.chance(0.5))
                            tmpl += " OFFSET " + str(rng_.chance(0.8) ? rng_.range(0, 20)
                                                                      : rng_.range(0, 200000));
                    }
                }
            } else if (form <= 50) {
                tmpl =
                    "SELECT count(*), count(val), min(val), max(val), count(DISTINCT val) "
                    "FROM {T}" +
                    where(c);
            } else if (form <= 57) {
                tmpl = "SELECT count(*), count(val), min(val), max(val) FROM {T}" + where(c);
            } else if (form <= 63 && !edge) {
                const std::string unit =
                    rng_.pick(std::vector<std::string>{"year", "month", "week", "day", "hour"});
                tmpl = "SELECT date_trunc('" + unit +
                       "', val) AS b, count(*), min(val), max(val) FROM {T}" + where(c) +
                       " GROUP BY 1";
            } else if (form <= 69) {
                tmpl =
                    "SELECT val, row_number() OVER w, lag(val) OVER w, lead(val, 2) OVER w "
                    "FROM {T}" +
                    where(c) + " WINDOW w AS (ORDER BY val" + (rng_.chance(0.5) ? " DESC" : "") +
                    ")";
            } else if (form <= 77 && !edge) {  // (generate_series overflows past an edge)
                tmpl = "SELECT t.val, x.x FROM {T} JOIN " + other_series(c, ts) +
                       " x(x) ON t.val = x.x" + where(c);
                const i128 method = rng_.range(1, 3);  // as planned, a merge join, a nested loop
                if (method >= 2)
                    c.settings.push_back("SET LOCAL enable_hashjoin = off");
                if (method == 3)
                    c.settings.push_back("SET LOCAL enable_mergejoin = off");
            } else if (form <= 81 && !edge) {
                tmpl = "SELECT val FROM {T} WHERE val " +
                       std::string(rng_.chance(0.5) ? "" : "NOT ") + "IN (SELECT x FROM " +
                       other_series(c, ts) + " x)";
            } else if (form <= 93 || edge) {  // a parameterized nested loop
                const std::string t = other_type(c);
                no_edges_ = true;
                std::string values = "(" + constant(c, t) + ")";
                for (i128 k = rng_.range(0, 6); k > 0; --k)
                    values += ", (" + constant(c, t) + ")";
                std::string on = "t.val = o.x";
                if (rng_.chance(0.3) && !edge)
                    on = "t.val >= o.x AND t.val < o.x + " +
                         quoted(rng_.pick(
                             std::vector<std::string>{"1 hour", "1 day", "7 days", "1 mon"})) +
                         "::interval";
                const i128 shape = rng_.range(1, 10);
                if (shape <= 6)
                    tmpl = "SELECT o.x, t.val FROM (VALUES " + values + ") o(x) JOIN {T} ON " + on;
                else if (shape <= 8)  // rescans with LIMIT, each its own bound
                    tmpl = "SELECT o.x, l.val FROM (VALUES " + values +
                           ") o(x) CROSS JOIN LATERAL (SELECT val FROM {T} WHERE " +
                           (rng_.chance(0.5) ? "val >= o.x ORDER BY val"
                                             : "val < o.x ORDER BY val DESC") +
                           " LIMIT " + str(rng_.range(0, 3)) + ") l";
                else
                    tmpl = "SELECT o.x FROM (VALUES " + values + ") o(x) WHERE " +
                           (rng_.chance(0.5) ? "" : "NOT ") + "EXISTS (SELECT 1 FROM {T} WHERE " +
                           on + ")";
                no_edges_ = false;
                c.settings.push_back("SET LOCAL enable_hashjoin = off");
                c.settings.push_back("SET LOCAL enable_mergejoin = off");
                if (rng_.chance(0.5))
                    c.settings.push_back("SET LOCAL enable_material = off");
            } else {  // gap filling
                const std::string t = other_type(c);
                no_edges_ = true;
                std::string values = "(" + constant(c, t) + ")";
                for (i128 k = rng_.range(0, 8); k > 0; --k)
                    values += ", (" + constant(c, t) + ")";
                const std::string width =
                    c.step && c.expect_error.empty() && c.form != Form::DateDays
                        ? quoted(*c.step) + "::interval"
                        : "'1 day'::interval";
                no_edges_ = false;
                tmpl = "SELECT t.val, count(o.x) FROM {T} LEFT JOIN (VALUES " + values +
                       ") o(x) ON o.x >= t.val AND o.x < t.val + " + width + where(c) +
                       " GROUP BY t.val";
            }
            if (rng_.chance(0.12)) {  // parallel, as far as the planner goes
                c.settings.push_back("SET LOCAL parallel_setup_cost = 0");
                c.settings.push_back("SET LOCAL parallel_tuple_cost = 0");
                c.settings.push_back("SET LOCAL min_parallel_table_scan_size = 0");
                c.settings.push_back("SET LOCAL max_parallel_workers_per_gather = 2");
            }
        }
        tmpl = resolve(tmpl, c.mode >= 2 && rng_.chance(0.5), c.exec_args);
        c.seq_query =
            describe ? std::string("SELECT count, last FROM seqint_fdw_describe('") + kTable + "')"
                     : render(tmpl, std::string(kTable) + " t");
        const std::string empty =
            "(SELECT NULL::" + std::string(c.integer_column ? "bigint" : c.type.name) +
            " AS val WHERE false)";
        c.gen_query = render(tmpl, (c.gen_query.empty() ? empty : c.gen_query) + " t");
        if (c.mode >= 2)
            c.settings.push_back(std::string("SET LOCAL plan_cache_mode = ") +
                                 (c.mode == 2 ? "force_generic_plan" : "force_custom_plan"));
    }

    // ---- huge sequences: closed forms far beyond what can be listed -------------------------
    //
    // A fixed step over years or the whole range of the type (up to ~10^19 values), queried by
    // what a scan answers without walking: count/min/max, a window of ≤ ~1500 values, OFFSET,
    // IN lists, counts above a bound. The oracle is exact integer arithmetic on microseconds
    // (days for date) since 1970, rendered by the server; a count past 2^63 must fail as
    // PostgreSQL's count does (bigint out of range, 22003).

    static constexpr i64 kDayUs = 86400000000LL;
    static constexpr i128 kTsMin = static_cast<i128>(-2440588) * kDayUs;       // 4714-11-24 BC
    static constexpr i128 kTsMax = static_cast<i128>(106762940) * kDayUs - 1;  // 294276-12-31 …
    static constexpr i128 kDateMin = -2440588, kDateMax = 2145042905;          // 5874897-12-31

    static i128 floor_div(i128 a, i128 b) {
        const i128 q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    }

    // The texts of values (microseconds or days since 1970) as the column's base type prints
    // them in this session.
    std::vector<std::string> render_times(Base b, const std::vector<i128> &xs) {
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
            db_.run("SELECT " + value + "::text FROM unnest(ARRAY[" + qs + "]::bigint[], ARRAY[" +
                    rs + "]::bigint[]) WITH ORDINALITY u(q, r, o) ORDER BY o");
        std::vector<std::string> out = a.rows;
        out.resize(xs.size(), "2026-01-01");
        return out;
    }

    std::string array_of(Base b, const std::vector<std::string> &texts) {
        std::string items;
        for (const std::string &t : texts)
            items += (items.empty() ? "" : ", ") + quoted(t);
        return "ARRAY[" + items + "]::" + base_name(b) + "[]";
    }

    void huge(TimeCase &c) {
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
            st = rng_.pick(std::vector<i128>{1, 1, 7, 1000, 1000000, 1500000, 60000000,
                                             3600000000LL, kDayUs, 1234567});
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
        const std::string cross =
            date && rng_.chance(0.4)
                ? rng_.pick(std::vector<std::string>{"timestamp", "timestamptz"})
                : "";
        const auto own = [&](const std::string &t) { return quoted(t) + "::" + B; };
        const auto lit = [&](const std::string &t) {
            const bool in_range =
                t.size() >= 10 && t[4] == '-' && t.find(" BC") == std::string::npos;
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
            const i128 w2 = std::min(hi_type, w1 + st * rng_.range(0, 1500) +
                                                  (rng_.chance(0.5) ? 0 : rng_.range(0, st)));
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
            const std::string rel =
                "(SELECT unnest(" + array_of(b, render_times(b, xs)) + ")::" + T + " AS val) t";
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
            tmpl = "SELECT val FROM {T} ORDER BY val" + std::string(desc ? " DESC" : "") +
                   " OFFSET " + str(off) + " LIMIT " + str(l);
            c.ordered = true;
            std::vector<i128> xs;
            for (i128 p = off; p < off + l && p < n; ++p)
                xs.push_back(value(desc ? n - 1 - p : p));
            c.gen_query = "SELECT unnest(" + array_of(b, render_times(b, xs)) + ")::" + T;
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
            c.gen_query = "SELECT unnest(" + array_of(b, render_times(b, in)) + ")::" + T;
        } else if (form <= 95) {  // seqint_fdw_describe(): the count may pass 2^63
            c.seq_query =
                std::string("SELECT count, last FROM seqint_fdw_describe('") + kTable + "')";
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
        c.seq_query = render(tmpl, std::string(kTable) + " t");
    }

    static std::string render(const std::string &tmpl, const std::string &table) {
        const std::size_t at = tmpl.find("{T}");
        return tmpl.substr(0, at) + table + tmpl.substr(at + 3);
    }
};

struct TimeOutcome {
    std::vector<Answer> seq, gen;
    bool passed = true;
    std::string why;
};

bool same_answer(const Answer &a, const Answer &b, bool ordered, std::string &why) {
    if (a.error || b.error) {
        if (a.error && b.error && a.sqlstate == b.sqlstate)
            return true;
        why = "outcomes differ";
        return false;
    }
    std::vector<std::string> x = a.rows, y = b.rows;
    if (!ordered) {
        std::sort(x.begin(), x.end());
        std::sort(y.begin(), y.end());
    }
    if (x == y)
        return true;
    std::ostringstream out;
    out << "seqint has " << x.size() << " row(s), the oracle " << y.size();
    const auto diff = std::mismatch(x.begin(), x.end(), y.begin(), y.end());
    out << "; first difference at " << (ordered ? "row " : "sorted row ")
        << (diff.first - x.begin()) + 1 << ": seqint "
        << (diff.first != x.end() ? *diff.first : "(none)") << ", oracle "
        << (diff.second != y.end() ? *diff.second : "(none)");
    why = out.str();
    return false;
}

TimeOutcome run_time_case(Db &db, const TimeCase &c) {
    TimeOutcome out;
    const std::vector<std::string> zones_run = c.zones_run();
    const bool prepared = c.mode >= 2;
    // the oracle, executed as the table's query is
    db.run("SET TimeZone = " + quoted(c.zone1));
    Answer prep;
    if (prepared && c.expect_error.empty())
        prep = db.run("PREPARE seqint_oracle_q AS " + c.gen_query);
    for (std::size_t i = 0; i < zones_run.size(); ++i) {
        if (i > 0)
            db.run("SET TimeZone = " + quoted(zones_run[i]));
        Answer a;
        if (!c.expect_error.empty()) {
            a.error = true;
            a.sqlstate = c.expect_error;
            a.message = "(expected for this spec)";
        } else if (!c.fit_sql.empty() && (a = db.run(c.fit_sql)).error) {
        } else if (!c.fit_sql.empty() && a.rows.size() == 1 && a.rows[0].size() > 2 &&
                   a.rows[0].compare(a.rows[0].size() - 2, 2, "|t") == 0) {
            a = Answer();
            a.error = true;
            a.sqlstate = "22023";
            a.message = "(expected: in this zone the sequence never reaches its end)";
        } else if (prepared) {
            a = prep.error ? prep : db.run("EXECUTE seqint_oracle_q" + c.exec_args);
        } else {
            a = db.run(c.gen_query);
        }
        out.gen.push_back(a);
    }
    db.run("SET TimeZone = " + quoted(c.zone1));
    if (prepared && c.expect_error.empty())
        db.run("DEALLOCATE seqint_oracle_q");

    // the seqint table, in a transaction that is always rolled back
    db.run("BEGIN");
    Answer failed;
    for (const std::string &sql : c.setup) {
        if (sql.rfind("ANALYZE", 0) == 0) {  // may fail in this zone, not in the next one
            db.run("SAVEPOINT before_analyze");
            const Answer a = db.run(sql);
            db.run(a.error ? "ROLLBACK TO SAVEPOINT before_analyze"
                           : "RELEASE SAVEPOINT before_analyze");
            continue;
        }
        Answer a = db.run(sql);
        if (a.error && sql.rfind("SELECT", 0) != 0) {
            failed = std::move(a);
            break;
        }
    }
    if (!failed.error)
        for (const std::string &sql : c.settings)
            db.run(sql);
    if (!failed.error && prepared) {
        Answer a = db.run("PREPARE seqint_oracle_p AS " + c.seq_query);
        if (a.error)
            failed = std::move(a);
    }
    for (std::size_t i = 0; i < zones_run.size(); ++i) {
        if (failed.error) {
            out.seq.push_back(failed);
            continue;
        }
        if (i > 0)
            db.run("SET LOCAL TimeZone = " + quoted(zones_run[i]));
        db.run("SAVEPOINT execution");
        Answer a = db.run(prepared ? "EXECUTE seqint_oracle_p" + c.exec_args : c.seq_query);
        db.run(a.error ? "ROLLBACK TO SAVEPOINT execution" : "RELEASE SAVEPOINT execution");
        out.seq.push_back(std::move(a));
    }
    if (db.alive())
        db.run("ROLLBACK");
    if (prepared && db.alive())
        db.run("DEALLOCATE seqint_oracle_p");

    for (std::size_t i = 0; i < zones_run.size(); ++i) {
        std::string why;
        if (!same_answer(out.seq[i], out.gen[i], c.ordered, why)) {
            out.passed = false;
            out.why += (out.why.empty() ? "" : "; ") + std::string("execution ") +
                       std::to_string(i + 1) + " (TimeZone " + zones_run[i] + "): " + why;
        }
    }
    return out;
}

void print_time_case(std::ostream &os, const TimeCase &c, const TimeOutcome &o, u64 seed,
                     bool failed) {
    const auto opt = [](const std::optional<std::string> &v) {
        return v ? quoted(*v) : std::string("(none)");
    };
    const char *modes[] = {"once", "twice, TimeZone changed", "prepared, generic plan",
                           "prepared, custom plan"};
    os << (failed ? "FAIL" : "ok") << " time case " << c.number << " (seed " << seed << "): column "
       << (c.integer_column ? "bigint" : c.type.name) << ", start " << opt(c.start) << ", end "
       << opt(c.end) << ", step " << opt(c.step) << " (" << c.what
       << (c.expect_error.empty() ? "" : ", expect " + c.expect_error) << "), TimeZone " << c.zone1
       << (c.zone2.empty() ? "" : " then " + c.zone2) << ", " << modes[c.mode] << "\n";
    if (failed)
        os << "  why: " << o.why << "\n";
    const bool prepared = c.mode >= 2;
    os << "  -- replay, after:\n";
    for (const char *sql : kPreamble)
        os << "  --   " << sql << ";\n";
    os << "  SET TimeZone = " << quoted(c.zone1) << ";\n  BEGIN;\n";
    for (const std::string &sql : c.setup)
        os << "  " << sql << ";\n";
    for (const std::string &sql : c.settings)
        os << "  " << sql << ";\n";
    if (prepared)
        os << "  PREPARE seqint_oracle_p AS " << c.seq_query << ";\n  EXECUTE seqint_oracle_p"
           << c.exec_args << ";\n";
    else
        os << "  " << c.seq_query << ";\n";
    if (!c.zone2.empty())
        os << "  SET LOCAL TimeZone = " << quoted(c.zone2) << ";\n  "
           << (prepared ? "EXECUTE seqint_oracle_p" + c.exec_args : c.seq_query) << ";\n";
    os << "  ROLLBACK;\n" << (prepared ? "  DEALLOCATE seqint_oracle_p;\n" : "");
    os << "  -- oracle" << (c.expect_error.empty() ? "" : " (not run: the spec must fail)")
       << ":\n  SET TimeZone = " << quoted(c.zone1) << ";\n";
    const std::string gen_exec = prepared ? "EXECUTE seqint_oracle_q" + c.exec_args : c.gen_query;
    if (prepared)
        os << "  PREPARE seqint_oracle_q AS " << c.gen_query << ";\n";
    for (std::size_t i = 0; i < c.zones_run().size(); ++i) {
        if (i > 0)
            os << "  SET TimeZone = " << quoted(c.zones_run()[i]) << ";\n";
        if (!c.fit_sql.empty())
            os << "  " << c.fit_sql << ";  -- the bounds fit the column, in order\n";
        os << "  " << gen_exec << ";\n";
    }
    if (prepared)
        os << "  DEALLOCATE seqint_oracle_q;\n";
    for (std::size_t i = 0; i < o.seq.size(); ++i) {
        os << "  seqint" << (o.seq.size() > 1 ? " " + std::to_string(i + 1) : "") << ": "
           << o.seq[i].summary() << "\n";
        os << "  oracle" << (o.gen.size() > 1 ? " " + std::to_string(i + 1) : "") << ": "
           << o.gen[i].summary() << "\n";
    }
}

[[noreturn]] void usage() {
    std::cerr << "usage: seqint_oracle [--seed N] [--cases N] [--time-cases N] [--time] "
                 "[--only-time-case N] [--verbose]\n";
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
    long cases = 500, time_cases = 0, only_time_case = 0;
    bool verbose = false, time_only = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
            seed = parse_number(argv[++i]);
        else if (std::strcmp(argv[i], "--cases") == 0 && i + 1 < argc)
            cases = static_cast<long>(parse_number(argv[++i]));
        else if (std::strcmp(argv[i], "--time-cases") == 0 && i + 1 < argc)
            time_cases = static_cast<long>(parse_number(argv[++i]));
        else if (std::strcmp(argv[i], "--time") == 0)
            time_only = true;
        else if (std::strcmp(argv[i], "--only-time-case") == 0 && i + 1 < argc)
            only_time_case = static_cast<long>(parse_number(argv[++i]));
        else if (std::strcmp(argv[i], "--verbose") == 0)
            verbose = true;
        else
            usage();
    }
    if (time_only) {  // --time: the cases are time cases
        if (time_cases == 0)
            time_cases = cases;
        cases = 0;
    }
    if (only_time_case > 0) {  // replays one time case: the draws before it are made, not run
        cases = 0;
        time_cases = std::max(time_cases, only_time_case);
    }
    const long total = cases + (only_time_case > 0 ? 1 : time_cases);
    std::cout << "seqint_oracle: seed " << seed << " (replay with --seed " << seed << " --cases "
              << cases << " --time-cases " << time_cases << ")" << std::endl;

    Db db;
    if (!db.connect()) {
        std::cerr << "seqint_oracle: cannot connect: " << db.error_message();
        std::cout << "0 passed, " << total << " failed" << std::endl;
        return 1;
    }
    if (!setup(db)) {
        std::cout << "0 passed, " << total << " failed" << std::endl;
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
                failed += total - i;
                cases = time_cases = 0;
                break;
            }
        }
    }

    // Time cases draw from a generator of their own, so that a seed's integer cases stay the
    // same whatever the number of time cases.
    Rng time_rng(seed ^ 0x74696d65ULL);
    TimeGenerator time_generator(time_rng, db);
    long time_passed = 0, time_failed = 0;
    for (long i = 1; i <= time_cases; ++i) {
        const TimeCase c = time_generator.make(static_cast<int>(i));
        if (only_time_case > 0 && i != only_time_case)
            continue;
        const TimeOutcome o = run_time_case(db, c);
        if (o.passed) {
            ++passed;
            ++time_passed;
            for (const Answer &a : o.gen)
                rows += a.rows.size();
        } else {
            ++failed;
            ++time_failed;
        }
        if (!o.passed || verbose || only_time_case > 0)
            print_time_case(std::cout, c, o, seed, !o.passed);
        if (!db.alive()) {
            std::cout << "seqint_oracle: the connection was lost (did the server crash?) at "
                         "time case "
                      << i << "\n";
            if (!db.reconnect() || !setup(db)) {
                std::cout << "seqint_oracle: cannot reconnect; the remaining cases fail\n";
                failed += time_cases - i;
                break;
            }
        }
    }
    teardown(db);
    if (time_cases > 0)
        std::cout << "seqint_oracle: time cases: " << time_passed << " passed, " << time_failed
                  << " failed\n";
    if (verbose)
        std::cout << "seqint_oracle: " << str(static_cast<i128>(rows)) << " rows compared\n";
    std::cout << passed << " passed, " << failed << " failed" << std::endl;
    return failed == 0 ? 0 : 1;
}
