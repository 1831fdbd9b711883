// run_time.cpp — running a time case, once or twice under different zones, plainly or
// prepared, and comparing each execution with the oracle's.
#include <utility>

#include "run.hpp"
#include "sql_text.hpp"

namespace seqint_oracle {

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
            a = Answer::failure(c.expect_error, "(expected for this spec)");
        } else if (!c.fit_sql.empty() && (a = db.run(c.fit_sql)).error) {
        } else if (!c.fit_sql.empty() && a.rows.size() == 1 && a.rows[0].size() > 2 &&
                   a.rows[0].compare(a.rows[0].size() - 2, 2, "|t") == 0) {
            a = Answer::failure("22023",
                                "(expected: in this zone the sequence never reaches its end)");
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
    Answer failed = run_setup(db, c.setup);
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
