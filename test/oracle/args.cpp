// args.cpp — the command line (see args.hpp).
#include "args.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>

namespace seqint_oracle {

namespace {

[[noreturn]] void usage() {
    std::cerr << "usage: seqint_oracle [--seed N] [--cases N] [--time-cases N] [--time] "
                 "[--only-time-case N] [--verbose]\n";
    std::exit(2);
}

u64 parse_number(const char *text) {
    char *end = nullptr;
    errno = 0;
    const unsigned long long v = std::strtoull(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || text[0] == '-')
        usage();
    return v;
}

}  // namespace

Arguments parse_arguments(int argc, char **argv) {
    Arguments args;
    args.seed = static_cast<u64>(std::chrono::system_clock::now().time_since_epoch().count() %
                                 1000000000000LL);
    bool time_only = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
            args.seed = parse_number(argv[++i]);
        else if (std::strcmp(argv[i], "--cases") == 0 && i + 1 < argc)
            args.cases = static_cast<long>(parse_number(argv[++i]));
        else if (std::strcmp(argv[i], "--time-cases") == 0 && i + 1 < argc)
            args.time_cases = static_cast<long>(parse_number(argv[++i]));
        else if (std::strcmp(argv[i], "--time") == 0)
            time_only = true;
        else if (std::strcmp(argv[i], "--only-time-case") == 0 && i + 1 < argc)
            args.only_time_case = static_cast<long>(parse_number(argv[++i]));
        else if (std::strcmp(argv[i], "--verbose") == 0)
            args.verbose = true;
        else
            usage();
    }
    if (time_only) {  // --time: the cases are time cases
        if (args.time_cases == 0)
            args.time_cases = args.cases;
        args.cases = 0;
    }
    if (args.only_time_case > 0) {  // replays one time case: the draws before it are made, not run
        args.cases = 0;
        args.time_cases = std::max(args.time_cases, args.only_time_case);
    }
    return args;
}

}  // namespace seqint_oracle
