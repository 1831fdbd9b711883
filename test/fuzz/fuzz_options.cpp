// fuzz_options.cpp — option names (field_named, field_name), PartialSpec, and resolve(): table
// options override server options, which override the defaults 0, 64, 1; and every value
// survives the catalog's text form (parse_int64 of its decimal).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fuzz_common.hpp"
#include "seqint/no_postgres.hpp"
#include "seqint/options.hpp"
#include "seqint/parse.hpp"

namespace {

using fuzz::kMax;
using fuzz::kMin;
using fuzz::str;
using seqint::Field;
using seqint::Origin;
using seqint::PartialSpec;

struct Input {
    std::string name;  // an option name as written in OPTIONS (…)
    PartialSpec server, table;
};

template <class IO>
void partial(IO &io, PartialSpec &spec) {
    for (std::optional<std::int64_t> *option : {&spec.start, &spec.end, &spec.step}) {
        bool set = option->has_value();
        io.flag(set);
        if (!set)
            continue;
        std::int64_t v = option->value_or(0);
        fuzz::value(io, v);
        *option = v;
    }
}

template <class IO>
void layout(IO &io, Input &in) {
    io.text(in.name, 16);
    partial(io, in.server);
    partial(io, in.table);
}

std::string str(const PartialSpec &spec) {
    std::string s;
    for (Field field : seqint::all_fields)
        if (spec[field])
            s += std::string(s.empty() ? "" : ", ") + seqint::field_name(field) + " " +
                 str(*spec[field]);
    return "{" + s + "}";
}

std::string describe(const Input &in) {
    std::string name;
    for (unsigned char c : in.name) {
        if (c >= 32 && c < 127 && c != '\\') {
            name += static_cast<char>(c);
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            name += hex;
        }
    }
    return "name \"" + name + "\", server " + str(in.server) + ", table " + str(in.table);
}

void check(const Input &in) {
    // Names are exact and case-sensitive.
    std::optional<Field> want;
    if (in.name == "start")
        want = Field::start;
    else if (in.name == "end")
        want = Field::end;
    else if (in.name == "step")
        want = Field::step;
    FUZZ_CHECK(seqint::field_named(in.name) == want, "field_named is wrong");
    std::string list;
    for (Field field : seqint::all_fields) {
        FUZZ_CHECK(seqint::field_named(seqint::field_name(field)) == field,
                   std::string("field_named(field_name(") + seqint::field_name(field) + "))");
        list += (list.empty() ? "" : ", ") + std::string(seqint::field_name(field));
    }
    FUZZ_CHECK(list == seqint::field_names_list, "field_names_list is " + list);

    // operator[] is the member of the same name.
    const PartialSpec &server = in.server;
    PartialSpec copy = in.table;
    FUZZ_CHECK(&server[Field::start] == &server.start && &server[Field::end] == &server.end &&
                   &server[Field::step] == &server.step,
               "const operator[] is wrong");
    FUZZ_CHECK(&copy[Field::start] == &copy.start && &copy[Field::end] == &copy.end &&
                   &copy[Field::step] == &copy.step,
               "operator[] is wrong");
    FUZZ_CHECK(in.table.is_complete() == (in.table.start && in.table.end && in.table.step),
               "is_complete is wrong");

    // The table's option, else the server's, else the default.
    const seqint::ResolvedSpec resolved = seqint::resolve(in.server, in.table);
    const struct {
        const std::optional<std::int64_t> &server, &table;
        std::int64_t fallback, got;
        Origin origin;
    } fields[] = {
        {in.server.start, in.table.start, 0, resolved.spec.start, resolved.start_origin},
        {in.server.end, in.table.end, 64, resolved.spec.end, resolved.end_origin},
        {in.server.step, in.table.step, 1, resolved.spec.step, resolved.step_origin},
    };
    for (const auto &f : fields) {
        const std::int64_t value = f.table ? *f.table : f.server ? *f.server : f.fallback;
        const Origin origin = f.table    ? Origin::table
                              : f.server ? Origin::server
                                         : Origin::built_in_default;
        FUZZ_CHECK(f.got == value && f.origin == origin,
                   "resolved to " + str(f.got) + " from " + seqint::origin_name(f.origin));
        // The catalog keeps the option as text; its decimal reads back as the value.
        const seqint::ParseResult parsed = seqint::parse_int64(std::to_string(value));
        FUZZ_CHECK(parsed.status == seqint::ParseStatus::ok && parsed.value == value,
                   "the decimal of " + str(value) + " does not parse back");
    }
    const std::string origins[] = {seqint::origin_name(Origin::built_in_default),
                                   seqint::origin_name(Origin::server),
                                   seqint::origin_name(Origin::table)};
    FUZZ_CHECK(origins[0] != origins[1] && origins[1] != origins[2] && origins[0] != origins[2],
               "two origins have the same name");
}

PartialSpec partial(std::optional<std::int64_t> start, std::optional<std::int64_t> end,
                    std::optional<std::int64_t> step) {
    PartialSpec spec;
    spec.start = start, spec.end = end, spec.step = step;
    return spec;
}

std::vector<fuzz::Seed<Input>> seeds() {
    const auto none = std::nullopt;
    return {
        {"defaults", {"start", {}, {}}},
        {"server-only", {"end", partial(kMin, kMax, -1), {}}},
        {"table-overrides", {"step", partial(1, 2, 3), partial(kMax, none, kMin)}},
        {"mixed", {"Start", partial(none, 10, none), partial(5, none, none)}},
        {"backslash-name", {"st\\ep", partial(0, 0, 0), partial(none, none, 1)}},
        {"empty-name", {"", {}, partial(-1, kMin, kMax)}},
    };
}

}  // namespace

SEQINT_FUZZ_TARGET()
