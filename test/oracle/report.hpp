// report.hpp — a case's report: what was drawn, why it failed, SQL that replays it and both
// answers.
#pragma once

#include <ostream>

#include "int_case.hpp"
#include "numbers.hpp"
#include "run.hpp"
#include "time_case.hpp"

namespace seqint_oracle {

void print_case(std::ostream &os, const Case &c, const Outcome &o, u64 seed, bool failed);

void print_time_case(std::ostream &os, const TimeCase &c, const TimeOutcome &o, u64 seed,
                     bool failed);

}  // namespace seqint_oracle
