// options.hpp — where a case's options go, for both kinds of case: each of start, end and
// step to the table, to the server, to both (the server's value is a decoy the table
// overrides) or nowhere (when it is absent, or may be left to its default); sometimes the
// table is created with decoys, read once, and altered to its real options. The values are
// int64 (integer cases) or text (time cases).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "rng.hpp"

namespace seqint_oracle {

template <typename T>
struct OptionDraw {
    std::optional<T> values[3];   // start, end, step; nullopt: absent
    bool defaultable[3] = {};     // may be left out, as its default (three times in ten)
    std::string column;           // the column's type
    double alter_chance = 0;      // how often the table is made with decoys, then altered
    bool may_analyze = false;     // whether to draw an ANALYZE of the table (once in ten)
    std::function<T(int)> decoy;  // a decoy for option j (0 start, 1 end, 2 step)
    // Whether start, end and step together would be refused: then no decoy joins them.
    std::function<bool(const T &, const T &, const T &)> refused;
};

// Appends to setup the statements that give the server and the table their options and
// create the table (its column val of draw.column).
template <typename T>
void place_options(Rng &rng, const OptionDraw<T> &draw, std::vector<std::string> &setup);

}  // namespace seqint_oracle
