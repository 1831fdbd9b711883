// int_case.hpp — integer cases: a sequence (start, end, step as int64), a column type
// (integer, numeric, floating point, domains), where its options go, and a query, drawn
// together; the query runs on the seqint table and, as the oracle, on
//   (SELECT g::TYPE AS val FROM generate_series(start, last, step) g)
#pragma once

#include <string>
#include <vector>

#include "numbers.hpp"
#include "rng.hpp"

namespace seqint_oracle {

struct Spec {
    i64 start = 0, end = 64, step = 1;
};

// The spec never reaches end, or steps by 0.
bool invalid(const Spec &s);

// The number of values; requires a valid spec.
i128 count_of(const Spec &s);

struct Type {
    std::string name;  // as written in CREATE FOREIGN TABLE and in the cast
    bool is_float;
    i64 largest;    // it holds [-largest, largest], or every int64 if kMax (guides the draw)
    int since = 0;  // the first server_version_num that has the type; 0: every one
};

// The column types an integer case draws from.
const std::vector<Type> &types();

struct Case {
    int number = 0;
    Spec spec;
    bool is_invalid = false;
    i128 count = 0;
    i128 last = 0;
    Type type;
    std::vector<std::string> setup;  // run in the transaction before the query
    std::string seq_query, gen_query;
    bool ordered = false;
};

class IntGenerator {
public:
    // Draws only the types the server (PQserverVersion) has.
    IntGenerator(Rng &rng, int server_version);

    Case make(int number);

private:
    Rng &rng_;
    std::vector<Type> types_;

    // int_spec.cpp
    Spec spec();

    // int_case.cpp
    void options(Case &c);
    i64 decoy_value(int field);

    // int_query.cpp
    i128 near(const Case &c);
    std::string constant(const Case &c);
    std::string atom(const Case &c);
    std::string remainder_filter(const Case &c);
    std::string where(const Case &c);
    std::string other_series(const Case &c);
    void query(Case &c);
};

}  // namespace seqint_oracle
