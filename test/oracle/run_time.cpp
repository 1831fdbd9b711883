// run_time.cpp — running a time case, once or twice under different zones, plainly or
// prepared, and comparing each execution with the oracle's.
#include <algorithm>
#include <sstream>
#include <utility>

#include "run.hpp"
#include "sql_text.hpp"

namespace seqint_oracle {

namespace {

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

}  // namespace

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

}  // namespace seqint_oracle
