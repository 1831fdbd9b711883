// int_case.cpp — integer cases: the column types, and a case drawn whole: its spec
// (int_spec.cpp), its column type, where its options go and its query (int_query.cpp).
#include "int_case.hpp"

#include <algorithm>
#include <optional>

#include "objects.hpp"

namespace seqint_oracle {

namespace {

const i64 kDefaults[3] = {0, 64, 1};

}  // namespace

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

IntGenerator::IntGenerator(Rng &rng, int server_version) : rng_(rng) {
    for (const Type &type : types())
        if (server_version >= type.since)
            types_.push_back(type);
}

Case IntGenerator::make(int number) {
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

// Where each option goes: the table, the server, both (the server's value is a decoy the
// table overrides) or nowhere when it is the default; sometimes the table is created
// with decoy options, read once, and altered to its real options.
void IntGenerator::options(Case &c) {
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
            server_sql += std::string(server_sql.empty() ? "" : ", ") + "ADD \"" + kOptionNames[j] +
                          "\" '" + str(*srv[j]) + "'";
    if (!server_sql.empty())
        c.setup.push_back(std::string("ALTER SERVER ") + kServer + " OPTIONS (" + server_sql + ")");

    std::optional<i64> first[3];
    const bool alter = rng_.chance(0.25);
    for (int j = 0; j < 3; ++j)
        first[j] =
            alter ? (rng_.chance(0.5) ? std::optional<i64>(decoy_value(j)) : std::nullopt) : tbl[j];
    if (alter && first[0] && first[1] && first[2] && invalid(Spec{*first[0], *first[1], *first[2]}))
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
        c.setup.push_back(std::string("ALTER FOREIGN TABLE ") + kTable + " OPTIONS (" + alter_sql +
                          ")");
}

i64 IntGenerator::decoy_value(int field) {
    if (field == 2)
        return static_cast<i64>(rng_.sign() * rng_.range(1, 9));
    return static_cast<i64>(rng_.range(-100, 100));
}

}  // namespace seqint_oracle
