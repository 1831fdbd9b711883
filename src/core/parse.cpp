// parse.cpp — option text to int64, by PostgreSQL's bigint input rules.
#include "seqint/parse.hpp"

#include <charconv>

#include "seqint/no_postgres.hpp"

namespace seqint {

namespace {

// The characters C's isspace() accepts in the "C" locale, as PostgreSQL's scanner does.
bool is_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// Whether decimal digits spell 2^63, leading zeros aside.
bool is_two_to_the_63(std::string_view digits) noexcept {
    while (!digits.empty() && digits.front() == '0')
        digits.remove_prefix(1);
    return digits == "9223372036854775808";
}

std::string_view trim(std::string_view text) noexcept {
    while (!text.empty() && is_space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && is_space(text.back()))
        text.remove_suffix(1);
    return text;
}

}  // namespace

ParseResult parse_int64(std::string_view text) noexcept {
    text = trim(text);
    if (text.empty())
        return {ParseStatus::empty, 0};

    // A sign, then digits: std::from_chars takes a '-' itself but not a '+', and must not
    // see a second sign after a stripped '+' ("+-5").
    std::string_view digits = text;
    if (digits.front() == '+' || digits.front() == '-')
        digits.remove_prefix(1);
    if (digits.empty() || !is_digit(digits.front()))
        return {ParseStatus::not_integer, 0};
    const std::string_view number = text.front() == '+' ? digits : text;

    std::int64_t value = 0;
    const char *const end = number.data() + number.size();
    const auto [stop, error] = std::from_chars(number.data(), end, value, 10);
    // Like PostgreSQL, overflowing digits are out of range even if garbage follows them. But
    // PostgreSQL 15 accumulates them as a negative number, which holds −2^63, and negates it
    // only after the check for trailing garbage: +2^63 then garbage is invalid syntax.
    if (error == std::errc::result_out_of_range) {
        const bool positive = text.front() != '-';
        if (positive && stop != end &&
            is_two_to_the_63(
                std::string_view(number.data(), static_cast<std::size_t>(stop - number.data()))))
            return {ParseStatus::not_integer, 0};
        return {ParseStatus::out_of_range, 0};
    }
    if (error != std::errc() || stop != end)
        return {ParseStatus::not_integer, 0};
    return {ParseStatus::ok, value};
}

}  // namespace seqint
