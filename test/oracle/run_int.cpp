// run_int.cpp — running an integer case and comparing its two answers.
#include <algorithm>
#include <sstream>
#include <utility>

#include "numbers.hpp"
#include "run.hpp"

namespace seqint_oracle {

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

}  // namespace seqint_oracle
