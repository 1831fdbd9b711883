// seqint/options.hpp — the three options, and how server defaults and table overrides merge.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "seqint/spec.hpp"

namespace seqint {

enum class Field { start, end, step };

inline constexpr Field all_fields[] = {Field::start, Field::end, Field::step};

// The option name of a field, as written in OPTIONS (…).
const char *field_name(Field field) noexcept;

// The field an option name denotes; names are case-sensitive, as in every FDW.
std::optional<Field> field_named(std::string_view name) noexcept;

// "start, end, step": for hints that list the valid options.
inline constexpr const char *field_names_list = "start, end, step";

// The options one catalog object (a server or a foreign table) sets; unset ones inherit.
struct PartialSpec {
    std::optional<std::int64_t> start, end, step;

    std::optional<std::int64_t> &operator[](Field field) noexcept;
    const std::optional<std::int64_t> &operator[](Field field) const noexcept;

    bool is_complete() const noexcept { return start && end && step; }
};

// Where a merged value came from, for error messages that tell the user what to ALTER.
enum class Origin { built_in_default, server, table };

const char *origin_name(Origin origin) noexcept;

struct ResolvedSpec {
    Spec spec;
    Origin start_origin, end_origin, step_origin;
};

// Table options override server options, which override the defaults 0, 64, 1.
ResolvedSpec resolve(const PartialSpec &server, const PartialSpec &table) noexcept;

}  // namespace seqint
