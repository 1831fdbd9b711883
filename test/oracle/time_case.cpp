// time_case.cpp — a time case drawn whole: its column type, zones and mode of execution, its
// spec (time_spec.cpp) and maybe a fault (time_fault.cpp), the oracle's relation
// (time_oracle.cpp), where its options go and its query (time_query.cpp), or a huge sequence
// (time_huge.cpp); and the helpers the draws share.
#include "time_case.hpp"

#include "objects.hpp"
#include "sql_text.hpp"

namespace seqint_oracle {

TimeCase TimeGenerator::make(int number) {
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

// The arithmetic type of the sequence: dates step as timestamps (but DateDays).
const char *TimeGenerator::arith(const TimeCase &c) {
    return c.type.base == Base::Timestamptz ? "timestamptz" : "timestamp";
}

std::optional<std::string> TimeGenerator::eval(const std::string &sql) {
    const Answer a = db_.run("SELECT (" + sql + ")::text");
    if (a.error || a.rows.size() != 1)
        return std::nullopt;
    return a.rows[0];
}

Civil TimeGenerator::random_civil(i64 year_lo, i64 year_hi, bool with_time) {
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
std::string TimeGenerator::offset() {
    if (rng_.chance(0.55))
        return "";
    return rng_.pick(
        std::vector<std::string>{"+00", "+00", "Z", "+05:30", "-08", "+01", "-03:30", "+13"});
}

// Where each option goes, as the integer cases place them: the table, the server, both
// (the server's is a decoy) or, for date's step '1 day', nowhere; sometimes the table is
// made with decoys, read once and altered to its real options.
void TimeGenerator::options(TimeCase &c) {
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
            server_sql += std::string(server_sql.empty() ? "" : ", ") + "ADD \"" + kOptionNames[j] +
                          "\" " + quoted(*srv[j]);
    if (!server_sql.empty())
        c.setup.push_back(std::string("ALTER SERVER ") + kServer + " OPTIONS (" + server_sql + ")");
    std::optional<std::string> first[3];
    const bool alter = rng_.chance(0.2);
    for (int j = 0; j < 3; ++j)
        first[j] =
            alter ? (rng_.chance(0.5) ? std::optional<std::string>(decoy_value(j)) : std::nullopt)
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
        c.setup.push_back(std::string("ALTER FOREIGN TABLE ") + kTable + " OPTIONS (" + alter_sql +
                          ")");
    if (analyze)
        c.setup.push_back(std::string("ANALYZE ") + kTable);
}

std::string TimeGenerator::decoy_value(int field) {
    if (field == 2)
        return rng_.pick(std::vector<std::string>{"1 hour", "2 days", "3", "1 mon"});
    return rng_.pick(std::vector<std::string>{"2000-01-01", "1999-12-31 12:00", "7", "-3"});
}

}  // namespace seqint_oracle
