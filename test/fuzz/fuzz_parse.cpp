// fuzz_parse.cpp — parse_int64 of any bytes against a reference that follows PostgreSQL 15's
// bigint input (pg_strtoint64) step by step, written plainly with __int128. The input is the
// text itself, so the corpus (corpus/fuzz_parse/) is plain text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_common.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/parse.hpp"

namespace {

using fuzz::i128;
using fuzz::str;
using seqint::ParseResult;
using seqint::ParseStatus;

// isspace() in the "C" locale.
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

ParseResult reference(std::string_view s) {
    const i128 two_to_63 = i128{1} << 63;
    std::size_t i = 0;
    while (i < s.size() && is_space(s[i]))
        ++i;
    if (i == s.size())
        return {ParseStatus::empty, 0};  // PostgreSQL says invalid syntax; seqint says more
    bool negative = false;
    if (s[i] == '-') {
        negative = true;
        ++i;
    } else if (s[i] == '+') {
        ++i;
    }
    if (i == s.size() || !is_digit(s[i]))
        return {ParseStatus::not_integer, 0};
    // PostgreSQL accumulates −magnitude in an int64 and stops at the first digit that takes
    // it below −2^63, whatever follows.
    i128 magnitude = 0;
    for (; i < s.size() && is_digit(s[i]); ++i) {
        magnitude = magnitude * 10 + (s[i] - '0');
        if (magnitude > two_to_63)
            return {ParseStatus::out_of_range, 0};
    }
    while (i < s.size() && is_space(s[i]))
        ++i;
    if (i != s.size())
        return {ParseStatus::not_integer, 0};
    // Only then does it negate, which fails for +2^63.
    if (!negative && magnitude == two_to_63)
        return {ParseStatus::out_of_range, 0};
    return {ParseStatus::ok, static_cast<std::int64_t>(negative ? -magnitude : magnitude)};
}

std::string_view current_text;

std::string describe_text() {
    std::string s = "\"";
    for (unsigned char c : current_text) {
        if (c >= 32 && c < 127 && c != '"' && c != '\\') {
            s += static_cast<char>(c);
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            s += hex;
        }
    }
    return s + "\"";
}

const char *name(ParseStatus status) {
    const char *const names[] = {"ok", "empty", "not_integer", "out_of_range"};
    return names[static_cast<int>(status)];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    // libFuzzer's buffer holds exactly `size` bytes, with no NUL after them: AddressSanitizer
    // catches a read past the view.
    current_text = std::string_view(reinterpret_cast<const char *>(data), size);
    fuzz::describe_input = describe_text;
    const ParseResult got = seqint::parse_int64(current_text);
    const ParseResult want = reference(current_text);
    FUZZ_CHECK(got.status == want.status,
               std::string("status ") + name(got.status) + ", not " + name(want.status));
    if (want.status == ParseStatus::ok)
        FUZZ_CHECK(got.value == want.value, "value " + str(got.value) + ", not " + str(want.value));
    return 0;
}
