// time_types.hpp — the column types of the time cases (date, timestamp, timestamptz and
// domains over them) and the session time zones they run in.
#pragma once

#include <string>
#include <vector>

namespace seqint_oracle {

enum class Base { Date, Timestamp, Timestamptz };

// The SQL name of a base type: "date", "timestamp", "timestamptz".
const char *base_name(Base b);

struct TimeType {
    std::string name;  // as written in CREATE FOREIGN TABLE and in the casts
    Base base;
};

const std::vector<TimeType> &time_types();

// The TimeZone settings a case draws: DST changes, half-hour and 45-minute offsets, the
// dateline.
const std::vector<std::string> &zones();

}  // namespace seqint_oracle
