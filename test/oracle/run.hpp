// run.hpp — running a case: the oracle's query and the seqint table's (in a transaction that
// is always rolled back), and their comparison.
#pragma once

#include <string>
#include <vector>

#include "db.hpp"
#include "int_case.hpp"
#include "time_case.hpp"

namespace seqint_oracle {

struct Outcome {
    Answer seq, gen;
    bool passed = false;
    std::string why;
};

struct TimeOutcome {
    std::vector<Answer> seq, gen;  // one per execution
    bool passed = true;
    std::string why;
};

Outcome run_case(Db &db, const Case &c);

TimeOutcome run_time_case(Db &db, const TimeCase &c);

// Runs a case's setup statements in its transaction: the first that fails, but a SELECT (of
// the table with decoy options, undone by its savepoint) or an ANALYZE (under a savepoint of
// its own: it may fail in one zone and not in the next), is returned; else an Answer
// without error.
Answer run_setup(Db &db, const std::vector<std::string> &setup);

// Whether the table's answer, seq, is the oracle's, gen: the same rows as text (in order
// when the query orders them, else as multisets) or errors of the same SQLSTATE; if not,
// why says how they differ.
bool same_answer(const Answer &seq, const Answer &gen, bool ordered, std::string &why);

}  // namespace seqint_oracle
