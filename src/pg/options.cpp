// options.cpp — reading, checking and merging the start/end/step options.
//
// The validator and the planner share this code: the validator checks each object as it is
// created or altered, and the planner re-checks the merged result, because only then are
// server defaults and table overrides seen together.
#include "pg/options.hpp"

#include "seqint/parse.hpp"

using seqint::Field;
using seqint::PartialSpec;

namespace {

// "server" or "foreign table", for messages: the validator is not told the object's name.
const char *
object_kind(Oid catalog)
{
    switch (catalog) {
    case ForeignServerRelationId:
        return "server";
    case ForeignTableRelationId:
        return "foreign table";
    case ForeignDataWrapperRelationId:
        return "foreign-data wrapper";
    case UserMappingRelationId:
        return "user mapping";
    default:
        return "object";
    }
}

bool
takes_options(Oid catalog)
{
    return catalog == ForeignServerRelationId || catalog == ForeignTableRelationId;
}

[[noreturn]] void
report_unknown_option(const char *name, Oid catalog)
{
    if (takes_options(catalog))
        ereport(ERROR,
                (errcode(ERRCODE_FDW_INVALID_OPTION_NAME),
                 errmsg("invalid option \"%s\" for a seqint_fdw %s", name, object_kind(catalog)),
                 errhint("Valid options in this context are: %s.", seqint::field_names_list)));
    ereport(ERROR, (errcode(ERRCODE_FDW_INVALID_OPTION_NAME),
                    errmsg("invalid option \"%s\" for a seqint_fdw %s", name, object_kind(catalog)),
                    errhint("A seqint_fdw %s takes no options; set %s on the server or the "
                            "foreign table.",
                            object_kind(catalog), seqint::field_names_list)));
    pg_unreachable();
}

int64
parse_value(const char *name, const char *text, Oid catalog)
{
    const seqint::ParseResult parsed = seqint::parse_int64(text);
    switch (parsed.status) {
    case seqint::ParseStatus::ok:
        break;
    case seqint::ParseStatus::empty:
    case seqint::ParseStatus::not_integer:
        ereport(ERROR, (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
                        errmsg("invalid value \"%s\" for option \"%s\" of a seqint_fdw %s", text,
                               name, object_kind(catalog)),
                        errdetail("Values are decimal integers such as 0, 64 or -1.")));
        break;
    case seqint::ParseStatus::out_of_range:
        ereport(ERROR, (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
                        errmsg("value \"%s\" for option \"%s\" of a seqint_fdw %s is out of "
                               "range for type bigint",
                               text, name, object_kind(catalog)),
                        errdetail("Values range from %lld to %lld.", (long long)PG_INT64_MIN,
                                  (long long)PG_INT64_MAX)));
        break;
    }
    if (parsed.value == 0 && strcmp(name, "step") == 0)
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("option \"step\" of a seqint_fdw %s must not be zero",
                               object_kind(catalog)),
                        errhint("Use a positive step to count up or a negative one to count "
                                "down.")));
    return parsed.value;
}

// The hint for a step that walks away from end.
const char *
direction_hint(const seqint::Spec &spec)
{
    return spec.step > 0 ? "Use a negative step to count down from start to end."
                         : "Use a positive step to count up from start to end.";
}

}  // namespace

PartialSpec
seqint_parse_options(List *options, Oid catalog)
{
    PartialSpec result;
    ListCell *cell;
    foreach (cell, options) {
        DefElem *def = lfirst_node(DefElem, cell);
        const std::optional<Field> field = seqint::field_named(def->defname);
        if (!field || !takes_options(catalog))
            report_unknown_option(def->defname, catalog);
        result[*field] = parse_value(def->defname, defGetString(def), catalog);
    }
    return result;
}

void
seqint_check_object_spec(const PartialSpec &options, Oid catalog)
{
    if (!options.is_complete())
        return;
    const seqint::Spec spec{*options.start, *options.end, *options.step};
    if (seqint::find_problem(spec) == seqint::SpecProblem::wrong_direction)
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("seqint_fdw %s options start %lld, end %lld, step %lld never "
                               "reach end",
                               object_kind(catalog), (long long)spec.start, (long long)spec.end,
                               (long long)spec.step),
                        errhint("%s", direction_hint(spec))));
}

seqint::Spec
seqint_table_spec(Relation rel)
{
    return seqint_table_resolved_spec(rel).spec;
}

seqint::ResolvedSpec
seqint_table_resolved_spec(Relation rel)
{
    ForeignTable *table = GetForeignTable(RelationGetRelid(rel));
    ForeignServer *server = GetForeignServer(table->serverid);
    const seqint::ResolvedSpec merged =
        seqint::resolve(seqint_parse_options(server->options, ForeignServerRelationId),
                        seqint_parse_options(table->options, ForeignTableRelationId));
    const seqint::Spec &spec = merged.spec;

    // Zero steps are rejected per object, so only the direction can be wrong here.
    if (seqint::find_problem(spec) != seqint::SpecProblem::none)
        ereport(ERROR,
                (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                 errmsg("sequence of foreign table \"%s\" never reaches its end",
                        RelationGetRelationName(rel)),
                 errdetail("start %lld (from the %s), end %lld (from the %s), step %lld (from "
                           "the %s); server \"%s\".",
                           (long long)spec.start, seqint::origin_name(merged.start_origin),
                           (long long)spec.end, seqint::origin_name(merged.end_origin),
                           (long long)spec.step, seqint::origin_name(merged.step_origin),
                           server->servername),
                 errhint("%s", direction_hint(spec))));
    return merged;
}
