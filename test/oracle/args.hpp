// args.hpp — the command line of seqint_oracle (see main.cpp).
#pragma once

#include "numbers.hpp"

namespace seqint_oracle {

struct Arguments {
    u64 seed = 0;             // --seed, else drawn from the clock
    long cases = 500;         // integer cases to run
    long time_cases = 0;      // time cases to draw (and run, but with only_time_case)
    long only_time_case = 0;  // the one time case to run, or 0
    bool verbose = false;     // every case reported, and the rows compared counted
};

// Reads the command line; --time and --only-time-case are resolved into the counts of cases.
// Prints the usage and exits 2 when it is not understood.
Arguments parse_arguments(int argc, char **argv);

}  // namespace seqint_oracle
