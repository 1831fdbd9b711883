// options.cpp — option names, and the merge of defaults, server options and table options.
#include "seqint/options.hpp"

#include "seqint/no_postgres.hpp"

namespace seqint {

const char *field_name(Field field) noexcept {
    switch (field) {
    case Field::start:
        return "start";
    case Field::end:
        return "end";
    case Field::step:
        return "step";
    }
    return "?";
}

std::optional<Field> field_named(std::string_view name) noexcept {
    for (Field field : all_fields)
        if (name == field_name(field))
            return field;
    return std::nullopt;
}

std::optional<std::int64_t> &PartialSpec::operator[](Field field) noexcept {
    switch (field) {
    case Field::start:
        return start;
    case Field::end:
        return end;
    case Field::step:
        break;
    }
    return step;
}

const std::optional<std::int64_t> &PartialSpec::operator[](Field field) const noexcept {
    return const_cast<PartialSpec &>(*this)[field];
}

const char *origin_name(Origin origin) noexcept {
    switch (origin) {
    case Origin::built_in_default:
        return "default";
    case Origin::server:
        return "server";
    case Origin::table:
        return "foreign table";
    }
    return "?";
}

namespace {

// The most specific setting wins: table, then server, then the built-in default.
std::int64_t pick(const std::optional<std::int64_t> &server,
                  const std::optional<std::int64_t> &table, std::int64_t fallback,
                  Origin &origin) noexcept {
    if (table) {
        origin = Origin::table;
        return *table;
    }
    if (server) {
        origin = Origin::server;
        return *server;
    }
    origin = Origin::built_in_default;
    return fallback;
}

}  // namespace

ResolvedSpec resolve(const PartialSpec &server, const PartialSpec &table) noexcept {
    const Spec defaults;
    ResolvedSpec r{};
    r.spec.start = pick(server.start, table.start, defaults.start, r.start_origin);
    r.spec.end = pick(server.end, table.end, defaults.end, r.end_origin);
    r.spec.step = pick(server.step, table.step, defaults.step, r.step_origin);
    return r;
}

}  // namespace seqint
