// run_setup.cpp — a case's setup statements, run in its transaction (see run.hpp).
#include "run.hpp"

namespace seqint_oracle {

Answer run_setup(Db &db, const std::vector<std::string> &setup) {
    for (const std::string &sql : setup) {
        if (sql.rfind("ANALYZE", 0) == 0) {  // may fail in this zone, not in the next one
            db.run("SAVEPOINT before_analyze");
            const Answer a = db.run(sql);
            db.run(a.error ? "ROLLBACK TO SAVEPOINT before_analyze"
                           : "RELEASE SAVEPOINT before_analyze");
            continue;
        }
        Answer a = db.run(sql);
        if (a.error && sql.rfind("SELECT", 0) != 0)
            return a;
    }
    return Answer();
}

}  // namespace seqint_oracle
