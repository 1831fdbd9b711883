// test_options.cpp — option names (field_name/field_named), PartialSpec, and resolve's
// table > server > default merge with the origin of every field.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "seqint/no_postgres.hpp"
#include "seqint/options.hpp"
#include "seqint/spec.hpp"

namespace seqint {
// Readable failure messages instead of "4-byte object".
void PrintTo(Field f, std::ostream *os) { *os << field_name(f); }
void PrintTo(Origin o, std::ostream *os) { *os << origin_name(o); }
}  // namespace seqint

namespace {

using seqint::Field;
using seqint::Origin;
using seqint::PartialSpec;
using seqint::resolve;

TEST(Options, FieldNames) {
    EXPECT_STREQ(seqint::field_name(Field::start), "start");
    EXPECT_STREQ(seqint::field_name(Field::end), "end");
    EXPECT_STREQ(seqint::field_name(Field::step), "step");
}

TEST(Options, FieldNamedRoundTrips) {
    for (Field f : seqint::all_fields)
        EXPECT_EQ(seqint::field_named(seqint::field_name(f)), f);
}

TEST(Options, FieldNamedRejectsOtherNames) {
    // Case-sensitive and exact, like every FDW's option validator.
    for (std::string_view name :
         {"", "Start", "END", "Step", "start ", " end", "steps", "sta", "increment", "?"})
        EXPECT_EQ(seqint::field_named(name), std::nullopt) << '"' << name << '"';
    // Only the view counts, not what follows it in memory.
    EXPECT_EQ(seqint::field_named(std::string_view("stepx", 4)), Field::step);
}

TEST(Options, FieldNamesListMatchesAllFields) {
    std::string joined;
    for (Field f : seqint::all_fields)
        joined += (joined.empty() ? "" : ", ") + std::string(seqint::field_name(f));
    EXPECT_EQ(joined, seqint::field_names_list);
}

TEST(Options, OriginNames) {
    EXPECT_STREQ(seqint::origin_name(Origin::built_in_default), "default");
    EXPECT_STREQ(seqint::origin_name(Origin::server), "server");
    EXPECT_STREQ(seqint::origin_name(Origin::table), "foreign table");
}

TEST(PartialSpec, IsComplete) {
    EXPECT_FALSE(PartialSpec{}.is_complete());
    EXPECT_FALSE((PartialSpec{1, 2, std::nullopt}.is_complete()));
    EXPECT_FALSE((PartialSpec{std::nullopt, 2, 3}.is_complete()));
    EXPECT_TRUE((PartialSpec{1, 2, 3}.is_complete()));
    // Set-to-zero is set: the check must test presence, not the values.
    EXPECT_TRUE((PartialSpec{0, 0, 0}.is_complete()));
}

TEST(PartialSpec, IndexByField) {
    PartialSpec p;
    p[Field::start] = 1;
    p[Field::end] = 2;
    p[Field::step] = 3;
    EXPECT_EQ(p.start, 1);
    EXPECT_EQ(p.end, 2);
    EXPECT_EQ(p.step, 3);
    EXPECT_EQ(&p[Field::start], &p.start);
    EXPECT_EQ(&p[Field::end], &p.end);
    EXPECT_EQ(&p[Field::step], &p.step);

    const PartialSpec &cp = p;
    EXPECT_EQ(&cp[Field::start], &p.start);
    EXPECT_EQ(&cp[Field::end], &p.end);
    EXPECT_EQ(&cp[Field::step], &p.step);
}

TEST(Resolve, NothingSetGivesDefaults) {
    const auto r = resolve({}, {});
    EXPECT_EQ(r.spec.start, 0);
    EXPECT_EQ(r.spec.end, 64);
    EXPECT_EQ(r.spec.step, 1);
    EXPECT_EQ(r.start_origin, Origin::built_in_default);
    EXPECT_EQ(r.end_origin, Origin::built_in_default);
    EXPECT_EQ(r.step_origin, Origin::built_in_default);
}

TEST(Resolve, MixedOrigins) {
    const auto r = resolve(PartialSpec{10, 20, std::nullopt}, PartialSpec{std::nullopt, 30, 0});
    EXPECT_EQ(r.spec.start, 10);
    EXPECT_EQ(r.start_origin, Origin::server);
    EXPECT_EQ(r.spec.end, 30);
    EXPECT_EQ(r.end_origin, Origin::table);
    // resolve merges only; a zero step is find_problem's to report, with its origin.
    EXPECT_EQ(r.spec.step, 0);
    EXPECT_EQ(r.step_origin, Origin::table);
}

TEST(Resolve, EveryCombinationPerField) {
    // Per field: unset, server only, table only, or both (table wins). 4^3 combinations.
    const std::int64_t defaults[] = {0, 64, 1};
    for (int combo = 0; combo < 64; ++combo) {
        PartialSpec server, table;
        int code[3];
        for (int f = 0; f < 3; ++f) {
            code[f] = (combo >> (2 * f)) & 3;
            const Field field = seqint::all_fields[f];
            if (code[f] & 1)
                server[field] = 100 + f;
            if (code[f] & 2)
                table[field] = -100 - f;
        }
        const auto r = resolve(server, table);
        const std::int64_t got[] = {r.spec.start, r.spec.end, r.spec.step};
        const Origin origins[] = {r.start_origin, r.end_origin, r.step_origin};
        for (int f = 0; f < 3; ++f) {
            SCOPED_TRACE(::testing::Message() << "combo " << combo << " field " << f);
            switch (code[f]) {
            case 0:
                EXPECT_EQ(got[f], defaults[f]);
                EXPECT_EQ(origins[f], Origin::built_in_default);
                break;
            case 1:
                EXPECT_EQ(got[f], 100 + f);
                EXPECT_EQ(origins[f], Origin::server);
                break;
            default:
                EXPECT_EQ(got[f], -100 - f);
                EXPECT_EQ(origins[f], Origin::table);
                break;
            }
        }
    }
}

TEST(Resolve, ExplicitZeroOverridesServer) {
    // A table option of 0 is a setting, not an absence.
    const auto r = resolve(PartialSpec{5, 50, 5}, PartialSpec{0, std::nullopt, std::nullopt});
    EXPECT_EQ(r.spec.start, 0);
    EXPECT_EQ(r.start_origin, Origin::table);
    EXPECT_EQ(r.spec.end, 50);
    EXPECT_EQ(r.end_origin, Origin::server);
}

}  // namespace
