// time_types.cpp — the time cases' column types and zones (see time_types.hpp).
#include "time_types.hpp"

namespace seqint_oracle {

const char *base_name(Base b) {
    switch (b) {
    case Base::Date:
        return "date";
    case Base::Timestamp:
        return "timestamp";
    default:
        return "timestamptz";
    }
}

const std::vector<TimeType> &time_types() {
    static const std::vector<TimeType> all = {
        {"date", Base::Date},
        {"timestamp", Base::Timestamp},
        {"timestamptz", Base::Timestamptz},
        {"timestamp without time zone", Base::Timestamp},
        {"timestamp with time zone", Base::Timestamptz},
        {"seqint_oracle_ddate", Base::Date},
        {"seqint_oracle_dts", Base::Timestamp},
        {"seqint_oracle_dtstz", Base::Timestamptz},
    };
    return all;
}

const std::vector<std::string> &zones() {
    static const std::vector<std::string> all = {
        "UTC",
        "Europe/Berlin",
        "America/New_York",
        "Australia/Lord_Howe",
        "Asia/Kolkata",
        "Pacific/Apia",
        "America/Santiago",
        "Pacific/Chatham",
        "America/St_Johns",
        "Asia/Kathmandu",
        "America/Sao_Paulo",
        "Pacific/Kiritimati",
        "Pacific/Pago_Pago",
        "EST5EDT",
        "Europe/London",
    };
    return all;
}

}  // namespace seqint_oracle
