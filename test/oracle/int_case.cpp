// int_case.cpp — integer cases: the column types, and a case drawn whole: its spec
// (int_spec.cpp), its column type, where its options go and its query (int_query.cpp).
#include "int_case.hpp"

#include <algorithm>

#include "options.hpp"

namespace seqint_oracle {

namespace {

const i64 kDefaults[3] = {0, 64, 1};

}  // namespace

bool invalid(const Spec &s) {
    return s.step == 0 || (s.step > 0 && s.end < s.start) || (s.step < 0 && s.end > s.start);
}

i128 count_of(const Spec &s) {
    if (s.start == s.end)
        return 0;
    const i128 span = abs128(static_cast<i128>(s.end) - s.start);
    const i128 step = abs128(s.step);
    return (span + step - 1) / step;
}

const std::vector<Type> &types() {
    static const std::vector<Type> all = {
        {"smallint", false, 32767},
        {"integer", false, 2147483647},
        {"bigint", false, kMax},
        {"real", true, kMax},
        {"double precision", true, kMax},
        {"numeric", false, kMax},
        {"numeric(6,0)", false, 999999},
        {"numeric(8,2)", false, 999999},
        {"numeric(4,1)", false, 999},
        {"numeric(3,-2)", false, 99949, 150000},  // negative scales arrived in 15
        {"numeric(1,0)", false, 9},
        {"numeric(18,0)", false, 999999999999999999},
        {"numeric(19,0)", false, kMax},
        {"numeric(20,3)", false, 99999999999999999},
        {"seqint_oracle_dint", false, 2147483647},
        {"seqint_oracle_dnum", false, 999999},
        {"seqint_oracle_dfloat", true, kMax},
    };
    return all;
}

IntGenerator::IntGenerator(Rng &rng, int server_version) : rng_(rng) {
    for (const Type &type : types())
        if (server_version >= type.since)
            types_.push_back(type);
}

Case IntGenerator::make(int number) {
    Case c;
    c.number = number;
    c.spec = spec();
    c.is_invalid = invalid(c.spec);
    c.count = c.is_invalid ? 0 : count_of(c.spec);
    c.last = c.spec.start + (c.count - 1) * c.spec.step;
    c.type = rng_.pick(types_);
    if (rng_.chance(0.6)) {  // most often a type that holds every value, to compare rows
        const i128 reach = std::max(abs128(c.spec.start), abs128(c.last));
        std::vector<Type> holding;
        for (const Type &type : types_)
            if (c.count == 0 || type.largest == kMax || reach <= type.largest)
                holding.push_back(type);
        c.type = rng_.pick(holding);
    }
    options(c);
    query(c);
    return c;
}

// Where each option goes (options.hpp): nowhere only when it is the default; decoys that
// would make the server's spec invalid are left out.
void IntGenerator::options(Case &c) {
    OptionDraw<i64> draw;
    const i64 vals[3] = {c.spec.start, c.spec.end, c.spec.step};
    for (int j = 0; j < 3; ++j) {
        draw.values[j] = vals[j];
        draw.defaultable[j] = vals[j] == kDefaults[j];
    }
    draw.column = c.type.name;
    draw.alter_chance = 0.25;
    draw.decoy = [&](int j) { return decoy_value(j); };
    draw.refused = [](i64 start, i64 end, i64 step) { return invalid(Spec{start, end, step}); };
    place_options(rng_, draw, c.setup);
}

i64 IntGenerator::decoy_value(int field) {
    if (field == 2)
        return static_cast<i64>(rng_.sign() * rng_.range(1, 9));
    return static_cast<i64>(rng_.range(-100, 100));
}

}  // namespace seqint_oracle
