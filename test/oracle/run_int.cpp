// run_int.cpp — running an integer case and comparing its two answers.
#include "numbers.hpp"
#include "run.hpp"

namespace seqint_oracle {

Outcome run_case(Db &db, const Case &c) {
    Outcome out;
    // the oracle
    if (c.is_invalid) {
        out.gen = Answer::failure("22023", "(expected: the spec never reaches end or steps by 0)");
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
    out.seq = run_setup(db, c.setup);
    if (!out.seq.error)
        out.seq = db.run(c.seq_query);
    if (db.alive())
        db.run("ROLLBACK");

    out.passed = same_answer(out.seq, out.gen, c.ordered, out.why);
    return out;
}

}  // namespace seqint_oracle
