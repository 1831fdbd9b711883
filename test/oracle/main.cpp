// main.cpp — seqint_oracle: randomized comparison of seqint_fdw tables with generate_series.
//
// Each case draws a sequence (small ranges both ways, empty and single-value ones, counts up
// to ~10^5, huge steps across the whole int64 range, ranges across the bounds of smallint,
// integer, numeric(p,s) and of exact float precision, and specs that never reach end), a
// column type (domains included), a split of the options between the server and the table
// (sometimes altered after a first query) and a query (rows with WHERE / ORDER BY / LIMIT /
// OFFSET / DISTINCT, aggregates, GROUP BY, window functions, joins and semi-joins with
// generate_series). The query runs on the seqint table and, as the oracle, on
//   (SELECT g::TYPE AS val FROM generate_series(start, last, step) g)
// and both must give the same rows as text (in order when the query orders them, else as
// multisets) or fail with the same SQLSTATE. A spec that never reaches end must fail with
// 22023; a sequence whose first or last value does not cast to the column must fail with the
// SQLSTATE of that cast (22003), whatever the query.
//
// Time cases (date, timestamp, timestamptz columns; see time_case.hpp) come after the
// integer cases, from a generator of their own seeded from the same seed.
//
// Usage: seqint_oracle [--seed N] [--cases N] [--time-cases N] [--time]
//                      [--only-time-case N] [--verbose]
//   --cases N           integer cases (500)
//   --time-cases N      time cases (0)
//   --time              time cases only: --cases N counts time cases
//   --only-time-case N  runs time case N of the seed alone (the ones before it are drawn, not
//                       run), printing it with its replay SQL
// Connects with the PG* environment variables; the database needs CREATE EXTENSION
// seqint_fdw. Prints the seed first, every failure with SQL that replays it, and last one
// line "N passed, N failed" over both kinds (the line before it counts the time cases).
// Exits 0 only when nothing failed.
//
// The files, by what they hold:
//   numbers, rng            128-bit helpers; splitmix64 draws and the time cases' seed
//   db                      the libpq session and a statement's Answer
//   sql_text, objects       SQL literals and {T} templates; the server, domains and table
//   options, query_shapes   what both kinds of case draw alike: where the options go, and
//                           lists, conditions, rows / window / join / semi-join queries
//   int_case, int_spec,     integer cases: the case and its column type, its sequence,
//   int_query               its query
//   interval, civil,        time values as text: intervals, civil dates and times, the
//   time_types              column types and zones
//   time_case, time_step,   time cases: the case, its step and count, its spec, its fault,
//   time_spec, time_fault,  the oracle's relation, the constants of its query, its query,
//   time_oracle,            and huge sequences answered in closed form
//   time_constants,
//   time_query, time_huge
//   run_int, run_time,      running a case of each kind, its setup statements, and the
//   run_setup, compare      comparison of the table's answer with the oracle's
//   report, args, main      the report of a case, the command line, the run
#include <iostream>
#include <string>

#include "args.hpp"
#include "db.hpp"
#include "int_case.hpp"
#include "objects.hpp"
#include "report.hpp"
#include "rng.hpp"
#include "run.hpp"
#include "time_case.hpp"

using namespace seqint_oracle;

namespace {

// After a case: when the connection was lost, says so, reconnects and makes the objects
// again; false, saying so, when that fails.
bool connection_kept(Db &db, const std::string &where) {
    if (db.alive())
        return true;
    std::cout << "seqint_oracle: the connection was lost (did the server crash?) at " << where
              << "\n";
    if (db.reconnect() && setup(db))
        return true;
    std::cout << "seqint_oracle: cannot reconnect; the remaining cases fail\n";
    return false;
}

}  // namespace

int main(int argc, char **argv) {
    const Arguments args = parse_arguments(argc, argv);
    const u64 seed = args.seed;
    long cases = args.cases, time_cases = args.time_cases;
    const long only_time_case = args.only_time_case;
    const bool verbose = args.verbose;
    const long total = cases + (only_time_case > 0 ? 1 : time_cases);
    std::cout << "seqint_oracle: seed " << seed << " (replay with --seed " << seed << " --cases "
              << cases << " --time-cases " << time_cases << ")" << std::endl;

    Db db;
    const bool connected = db.connect();
    if (!connected)
        std::cerr << "seqint_oracle: cannot connect: " << db.error_message();
    if (!connected || !setup(db)) {
        std::cout << "0 passed, " << total << " failed" << std::endl;
        return 1;
    }

    Rng rng(seed);
    IntGenerator generator(rng, db.server_version());
    long passed = 0, failed = 0;
    u128 rows = 0;
    for (long i = 1; i <= cases; ++i) {
        const Case c = generator.make(static_cast<int>(i));
        const Outcome o = run_case(db, c);
        if (o.passed) {
            ++passed;
            rows += o.gen.rows.size();
        } else {
            ++failed;
        }
        if (!o.passed || verbose)
            print_case(std::cout, c, o, seed, !o.passed);
        if (!connection_kept(db, "case " + std::to_string(i))) {
            failed += total - i;
            cases = time_cases = 0;
            break;
        }
    }

    // Time cases draw from a generator of their own, so that a seed's integer cases stay the
    // same whatever the number of time cases.
    Rng time_rng(time_seed(seed));
    TimeGenerator time_generator(time_rng, db);
    long time_passed = 0, time_failed = 0;
    for (long i = 1; i <= time_cases; ++i) {
        const TimeCase c = time_generator.make(static_cast<int>(i));
        if (only_time_case > 0 && i != only_time_case)
            continue;
        const TimeOutcome o = run_time_case(db, c);
        if (o.passed) {
            ++passed;
            ++time_passed;
            for (const Answer &a : o.gen)
                rows += a.rows.size();
        } else {
            ++failed;
            ++time_failed;
        }
        if (!o.passed || verbose || only_time_case > 0)
            print_time_case(std::cout, c, o, seed, !o.passed);
        if (!connection_kept(db, "time case " + std::to_string(i))) {
            failed += time_cases - i;
            break;
        }
    }
    teardown(db);
    if (time_cases > 0)
        std::cout << "seqint_oracle: time cases: " << time_passed << " passed, " << time_failed
                  << " failed\n";
    if (verbose)
        std::cout << "seqint_oracle: " << str(static_cast<i128>(rows)) << " rows compared\n";
    std::cout << passed << " passed, " << failed << " failed" << std::endl;
    return failed == 0 ? 0 : 1;
}
