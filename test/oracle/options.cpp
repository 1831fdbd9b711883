// options.cpp — where a case's options go (see options.hpp).
#include "options.hpp"

#include "numbers.hpp"
#include "objects.hpp"
#include "sql_text.hpp"

namespace seqint_oracle {

namespace {

std::string literal(i64 value) { return quoted(str(value)); }
std::string literal(const std::string &value) { return quoted(value); }

// "name" 'value', option j as OPTIONS clauses write it.
template <typename T>
std::string option(int j, const T &value) {
    return std::string("\"") + kOptionNames[j] + "\" " + literal(value);
}

}  // namespace

template <typename T>
void place_options(Rng &rng, const OptionDraw<T> &draw, std::vector<std::string> &setup) {
    std::optional<T> srv[3], tbl[3];
    bool decoy[3] = {false, false, false};
    for (int j = 0; j < 3; ++j) {
        const i128 r = rng.range(1, 100);
        if (!draw.values[j] || (draw.defaultable[j] && r <= 30)) {
        } else if (r <= 55) {
            tbl[j] = draw.values[j];
        } else if (r <= 80) {
            srv[j] = draw.values[j];
        } else {
            tbl[j] = draw.values[j];
            srv[j] = draw.decoy(j);
            decoy[j] = true;
        }
    }
    const auto refused = [&](const std::optional<T>(&v)[3]) {
        return v[0] && v[1] && v[2] && draw.refused(*v[0], *v[1], *v[2]);
    };
    if (refused(srv))
        for (int j = 0; j < 3; ++j)
            if (decoy[j])
                srv[j].reset();
    std::string server_sql;
    for (int j = 0; j < 3; ++j)
        if (srv[j])
            server_sql += (server_sql.empty() ? "ADD " : ", ADD ") + option(j, *srv[j]);
    if (!server_sql.empty())
        setup.push_back(std::string("ALTER SERVER ") + kServer + " OPTIONS (" + server_sql + ")");

    std::optional<T> first[3];
    const bool alter = rng.chance(draw.alter_chance);
    for (int j = 0; j < 3; ++j)
        first[j] =
            alter ? (rng.chance(0.5) ? std::optional<T>(draw.decoy(j)) : std::nullopt) : tbl[j];
    if (alter && refused(first))
        first[1].reset();
    std::string table_sql;
    for (int j = 0; j < 3; ++j)
        if (first[j])
            table_sql += (table_sql.empty() ? "" : ", ") + option(j, *first[j]);
    setup.push_back(std::string("CREATE FOREIGN TABLE ") + kTable + " (val " + draw.column +
                    ") SERVER " + kServer +
                    (table_sql.empty() ? "" : " OPTIONS (" + table_sql + ")"));
    const bool analyze = draw.may_analyze && rng.chance(0.1);
    if (alter) {
        // read it once with the decoys (an error is fine: the savepoint undoes it)
        setup.push_back("SAVEPOINT decoys");
        setup.push_back(std::string("SELECT val FROM ") + kTable + " LIMIT 3");
        setup.push_back("ROLLBACK TO SAVEPOINT decoys");
        std::string alter_sql;
        for (int j = 0; j < 3; ++j) {
            std::string action;
            if (first[j] && tbl[j])
                action = "SET " + option(j, *tbl[j]);
            else if (tbl[j])
                action = "ADD " + option(j, *tbl[j]);
            else if (first[j])
                action = std::string("DROP \"") + kOptionNames[j] + "\"";
            if (!action.empty())
                alter_sql += (alter_sql.empty() ? "" : ", ") + action;
        }
        if (!alter_sql.empty())
            setup.push_back(std::string("ALTER FOREIGN TABLE ") + kTable + " OPTIONS (" +
                            alter_sql + ")");
    }
    if (analyze)
        setup.push_back(std::string("ANALYZE ") + kTable);
}

template void place_options<i64>(Rng &, const OptionDraw<i64> &, std::vector<std::string> &);
template void place_options<std::string>(Rng &, const OptionDraw<std::string> &,
                                         std::vector<std::string> &);

}  // namespace seqint_oracle
