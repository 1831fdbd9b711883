// seqint/parse.hpp — reads an option value as a signed 64-bit decimal integer.
//
// The accepted text is what PostgreSQL 15's bigint input accepts: optional surrounding
// whitespace, an optional sign, and decimal digits. Everything else (empty, "1.5", "1e3",
// "0x10", "1_000", trailing garbage) is rejected, so an option means the same on every
// PostgreSQL version.
#pragma once

#include <cstdint>
#include <string_view>

namespace seqint {

enum class ParseStatus {
    ok,
    empty,         // nothing but whitespace
    not_integer,   // not a decimal integer
    out_of_range,  // a decimal integer outside INT64_MIN … INT64_MAX
};

struct ParseResult {
    ParseStatus status;
    std::int64_t value;  // meaningful only when status == ParseStatus::ok
};

ParseResult parse_int64(std::string_view text) noexcept;

}  // namespace seqint
