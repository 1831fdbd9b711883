// objects.cpp — the objects of a run (see objects.hpp).
#include "objects.hpp"

#include <iostream>
#include <iterator>
#include <vector>

#include "sql_text.hpp"

namespace seqint_oracle {

const char *const kServer = "seqint_oracle_srv";
const char *const kTable = "seqint_oracle_t";
const char *const kOptionNames[3] = {"start", "end", "step"};

namespace {

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

const char *const kDropServer = "DROP SERVER IF EXISTS seqint_oracle_srv CASCADE";
const char *const kDropDomains =
    "DROP DOMAIN IF EXISTS seqint_oracle_dint, seqint_oracle_dnum, seqint_oracle_dfloat, "
    "seqint_oracle_ddate, seqint_oracle_dts, seqint_oracle_dtstz";

}  // namespace

bool setup(Db &db) {
    const char *const cleanup[] = {
        "SET statement_timeout = '120s'",
        "SET DateStyle = 'ISO, MDY'",
        "SET IntervalStyle = 'postgres'",
        kDropServer,
        kDropDomains,
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

std::string on_table(const std::string &tmpl) { return render(tmpl, std::string(kTable) + " t"); }

std::string describe_query() {
    return std::string("SELECT count, last FROM seqint_fdw_describe('") + kTable + "')";
}

void teardown(Db &db) {
    db.run(kDropServer);
    db.run(kDropDomains);
}

void print_preamble(std::ostream &os) {
    os << "  -- replay, after:\n";
    for (const char *sql : kPreamble)
        os << "  --   " << sql << ";\n";
}

}  // namespace seqint_oracle
