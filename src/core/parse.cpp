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

    // std::from_chars takes a '-' but not a '+', and would take "+-5" after a stripped '+':
    // demand a digit right after the optional sign.
    std::string_view number = text;
    if (number.front() == '+')
        number.remove_prefix(1);
    const std::size_t first_digit = !number.empty() && number.front() == '-' ? 1 : 0;
    if (number.size() <= first_digit || !is_digit(number[first_digit]))
        return {ParseStatus::not_integer, 0};

    std::int64_t value = 0;
    const char *const end = number.data() + number.size();
    const auto [stop, error] = std::from_chars(number.data(), end, value, 10);
    if (error == std::errc::result_out_of_range) {
        // from_chars stops at the end of the digits even when they overflow: garbage
        // after an overlong number is still a syntax error, as in PostgreSQL.
        return {stop == end ? ParseStatus::out_of_range : ParseStatus::not_integer, 0};
    }
    if (error != std::errc() || stop != end)
        return {ParseStatus::not_integer, 0};
    return {ParseStatus::ok, value};
}

}  // namespace seqint
