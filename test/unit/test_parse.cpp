// test_parse.cpp — parse_int64 accepts exactly PostgreSQL 15's bigint syntax: optional
// whitespace, an optional sign, decimal digits.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <ostream>
#include <string_view>

#include "seqint/no_postgres.hpp"
#include "seqint/parse.hpp"

namespace seqint {
// Readable failure messages instead of "4-byte object".
void PrintTo(ParseStatus s, std::ostream *os) {
    const char *names[] = {"ok", "empty", "not_integer", "out_of_range"};
    *os << names[static_cast<int>(s)];
}
}  // namespace seqint

namespace {

using seqint::parse_int64;
using seqint::ParseStatus;
using namespace std::string_literals;

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

void expect_ok(std::string_view text, std::int64_t value) {
    const auto r = parse_int64(text);
    EXPECT_EQ(r.status, ParseStatus::ok) << '"' << text << '"';
    EXPECT_EQ(r.value, value) << '"' << text << '"';
}

void expect_status(std::string_view text, ParseStatus status) {
    EXPECT_EQ(parse_int64(text).status, status) << '"' << text << '"';
}

TEST(ParseInt64, Ok) {
    expect_ok("0", 0);
    expect_ok("-0", 0);
    expect_ok("+0", 0);
    expect_ok("+5", 5);
    expect_ok(" 42 ", 42);
    expect_ok("\t-7\n", -7);
    expect_ok(" \r\f\v9\v\f\r ", 9);  // all of C isspace()
    expect_ok("007", 7);
    expect_ok("9223372036854775807", kMax);
    expect_ok("-9223372036854775808", kMin);
    expect_ok("+9223372036854775807", kMax);
    expect_ok("0000000000000000000000009223372036854775807", kMax);  // leading zeros don't count
}

TEST(ParseInt64, OnlyTheViewIsRead) {
    // Option values arrive as string_views into larger buffers.
    expect_ok(std::string_view("123456", 3), 123);
    expect_ok(std::string_view("-1x", 2), -1);
}

TEST(ParseInt64, Empty) {
    expect_status("", ParseStatus::empty);
    expect_status("   ", ParseStatus::empty);
    expect_status("\t\n\r\f\v ", ParseStatus::empty);
}

TEST(ParseInt64, NotInteger) {
    for (std::string_view text :
         {"1.5", "1e3", "abc", "0x10", "1_000", "-+5", "--5", "++5", "+", "-", "5 5", "12abc", "5-",
          "- 5", "+ 5", ".5", "5.", "1,000", "\xd9\xa1" /* Arabic-Indic one */})
        expect_status(text, ParseStatus::not_integer);
    expect_status("5\0"s, ParseStatus::not_integer);  // an embedded NUL is not whitespace
}

TEST(ParseInt64, GarbageAfterOverlongNumberIsOutOfRange) {
    // As in PostgreSQL, which stops at the first overflowing digit.
    expect_status("99999999999999999999abc", ParseStatus::out_of_range);
    expect_status("-99999999999999999999 x", ParseStatus::out_of_range);
}

// PostgreSQL 15 accumulates the digits as a negative number: 2^63 overflows only when it is
// negated, after the check for trailing garbage, so 2^63 then garbage is invalid syntax while
// 2^63 + 1 then garbage is out of range (found by test/fuzz/fuzz_parse; checked on 15.20).
TEST(ParseInt64, TwoToThe63ThenGarbageIsNotInteger) {
    expect_status("9223372036854775808abc", ParseStatus::not_integer);
    expect_status(" +0009223372036854775808 x ", ParseStatus::not_integer);
    expect_status("9223372036854775808.0", ParseStatus::not_integer);
    expect_status("-9223372036854775808abc", ParseStatus::not_integer);
    expect_status("9223372036854775808", ParseStatus::out_of_range);
    expect_status(" +9223372036854775808 ", ParseStatus::out_of_range);
    expect_status("9223372036854775809abc", ParseStatus::out_of_range);
    expect_status("92233720368547758080abc", ParseStatus::out_of_range);
    expect_status("-9223372036854775809abc", ParseStatus::out_of_range);
}

// A '+' stripped before std::from_chars must not let a '-' through as the sign.
TEST(ParseInt64, PlusThenMinusIsNotInteger) {
    expect_status("+-5", ParseStatus::not_integer);
    expect_status("+-9223372036854775808", ParseStatus::not_integer);
    expect_status(" +-0 ", ParseStatus::not_integer);
}

TEST(ParseInt64, OutOfRange) {
    for (std::string_view text :
         {"9223372036854775808", "-9223372036854775809", "99999999999999999999",
          "+9223372036854775808", " -99999999999999999999 ", "18446744073709551616",
          "00000000000000000009223372036854775808"})
        expect_status(text, ParseStatus::out_of_range);
}

}  // namespace
