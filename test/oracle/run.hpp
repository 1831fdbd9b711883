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

}  // namespace seqint_oracle
