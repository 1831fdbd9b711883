// options.cpp — reading, checking and merging the start/end/step options.
//
// The validator and the planner share this code: the validator checks each object as it is
// created or altered, and the planner re-checks the merged result, because only then are
// server defaults and table overrides seen together.
#include "pg/options.hpp"

#include "seqint/parse.hpp"

#include "pg/time_spec.hpp"

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

// How an option's text reads in time form: a date or timestamp for start and end (the input
// syntax of timestamptz, which reads all three types' literals), an interval for step.
enum class TimeForm {
    valid,
    invalid,       // in no form
    out_of_range,  // a field past its range (month 13, Feb 30, hour 25), as the type reads it
    infinite,      // infinity or -infinity: an infinite sequence is not a table
    moving,        // now, today, tomorrow or yesterday: a table's values do not change by the day
};

// Whether a datetime word makes a literal's value depend on when it is read.
bool
is_moving_word(const char *word)
{
    for (const char *moving : {"now", "today", "tomorrow", "yesterday"})
        if (pg_strcasecmp(word, moving) == 0)
            return true;
    return false;
}

// How a DTERR_ code of PostgreSQL's datetime parsing reads: a field out of range, or no form.
TimeForm
form_of_error(int error)
{
    switch (error) {
    case DTERR_FIELD_OVERFLOW:
    case DTERR_MD_FIELD_OVERFLOW:
    case DTERR_INTERVAL_OVERFLOW:
    case DTERR_TZDISP_OVERFLOW:
        return TimeForm::out_of_range;
    default:
        return TimeForm::invalid;
    }
}

// The SQLSTATE PostgreSQL's input functions raise for a DTERR_ code of a field out of range.
int
sqlstate_of_error(int error)
{
    switch (error) {
    case DTERR_INTERVAL_OVERFLOW:
        return ERRCODE_INTERVAL_FIELD_OVERFLOW;
    case DTERR_TZDISP_OVERFLOW:
        return ERRCODE_INVALID_TIME_ZONE_DISPLACEMENT_VALUE;
    default:
        return ERRCODE_DATETIME_FIELD_OVERFLOW;
    }
}

// Reads `text` as PostgreSQL's datetime and interval input functions do, without raising;
// sets *error to the DTERR_ code of a text that does not read.
TimeForm
time_form(seqint::Field field, const char *text, int *error)
{
    char workbuf[MAXDATELEN + MAXDATEFIELDS];
    char *fields[MAXDATEFIELDS];
    int ftype[MAXDATEFIELDS];
    int nf, dtype;
    *error = ParseDateTime(text, workbuf, sizeof(workbuf), fields, ftype, MAXDATEFIELDS, &nf);
    if (field == Field::step) {
        if (*error == 0)
            *error = seqint_decode_interval(fields, ftype, nf, &dtype);
        if (*error == DTERR_BAD_FORMAT)  // as interval_in: perhaps ISO 8601 (P1D)
            *error = seqint_decode_iso8601_interval(pstrdup(text), &dtype);
        if (*error != 0)
            return form_of_error(*error);
        return dtype == DTK_DELTA ? TimeForm::valid : TimeForm::infinite;
    }
    if (*error != 0)
        return form_of_error(*error);
    for (int i = 0; i < nf; ++i)
        if (ftype[i] == DTK_STRING && is_moving_word(fields[i]))
            return TimeForm::moving;
    if ((*error = seqint_decode_datetime(fields, ftype, nf, &dtype)) != 0)
        return form_of_error(*error);
    if (dtype == DTK_LATE || dtype == DTK_EARLY)
        return TimeForm::infinite;
    return dtype == DTK_DATE || dtype == DTK_EPOCH ? TimeForm::valid : TimeForm::invalid;
}

[[noreturn]] void
report_invalid_value(const char *name, const char *text, Oid catalog)
{
    ereport(ERROR,
            (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
             errmsg("invalid value \"%s\" for option \"%s\" of a seqint_fdw %s", text, name,
                    object_kind(catalog)),
             strcmp(name, "step") == 0
                 ? errdetail("A step is a decimal integer such as 1 or -1, or, for a date or "
                             "timestamp column, an interval such as '1 day'.")
                 : errdetail("Values are decimal integers such as 0, 64 or -1, or, for a "
                             "date or timestamp column, dates and timestamps such as "
                             "'2026-01-01' or '2026-01-01 00:00'.")));
    pg_unreachable();
}

// Whether `text` is a number written wrong ("1.5", "1e3", "1_000"): a sign, then digits, dots,
// underscores and exponents only. It is not a date with a field out of range, whatever
// PostgreSQL's datetime parser makes of it.
bool
is_malformed_number(const char *text)
{
    while (isspace(static_cast<unsigned char>(*text)))
        ++text;
    if (*text == '+' || *text == '-')
        ++text;
    if (!isdigit(static_cast<unsigned char>(*text)))
        return false;
    for (; *text != '\0'; ++text)
        if (!isdigit(static_cast<unsigned char>(*text)) && strchr("._eE", *text) == nullptr &&
            !isspace(static_cast<unsigned char>(*text)))
            return false;
    return true;
}

// Checks an option in time form: a finite date, timestamp or interval that means the same
// whenever it is read.
void
check_time_form(seqint::Field field, const char *name, const char *text, Oid catalog)
{
    int error;
    TimeForm form = time_form(field, text, &error);
    if (form == TimeForm::out_of_range && is_malformed_number(text))
        form = TimeForm::invalid;
    switch (form) {
    case TimeForm::valid:
        return;
    case TimeForm::invalid:
        report_invalid_value(name, text, catalog);
    case TimeForm::out_of_range:
        ereport(ERROR, (errcode(sqlstate_of_error(error)),
                        errmsg("value \"%s\" for option \"%s\" of a seqint_fdw %s is out of "
                               "range for %s",
                               text, name, object_kind(catalog),
                               field == Field::step ? "an interval" : "a date or timestamp"),
                        errdetail("A field of it is past its range, as PostgreSQL reads it: a "
                                  "month past 12, a day past the month's end, an hour past 24.")));
    case TimeForm::infinite:
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("option \"%s\" of a seqint_fdw %s must be finite, not \"%s\"", name,
                               object_kind(catalog), text),
                        errhint("An infinite sequence is not a table: give the date or timestamp "
                                "where it ends.")));
    case TimeForm::moving:
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("option \"%s\" of a seqint_fdw %s must be a fixed date or "
                               "timestamp, not \"%s\"",
                               name, object_kind(catalog), text),
                        errhint("A table's values do not change by the day: give a date, and "
                                "bound queries with WHERE … >= current_date instead.")));
    }
}

// Checks one option's value; an integer one (the common case) is returned.
std::optional<int64>
parse_value(seqint::Field field, const char *name, const char *text, Oid catalog)
{
    const seqint::ParseResult parsed = seqint::parse_int64(text);
    switch (parsed.status) {
    case seqint::ParseStatus::ok:
        break;
    case seqint::ParseStatus::empty:
        report_invalid_value(name, text, catalog);
    case seqint::ParseStatus::not_integer:
        check_time_form(field, name, text, catalog);
        return std::nullopt;
    case seqint::ParseStatus::out_of_range:
        ereport(ERROR, (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
                        errmsg("value \"%s\" for option \"%s\" of a seqint_fdw %s is out of "
                               "range for type bigint",
                               text, name, object_kind(catalog)),
                        errdetail("Values range from %lld to %lld.", (long long)PG_INT64_MIN,
                                  (long long)PG_INT64_MAX)));
        break;
    }
    if (parsed.value == 0 && field == Field::step)
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

// The sequence of an integer-valued column: the merged texts as integers, the defaults where
// unset. Errors on an option in time form.
seqint::Spec
integer_spec(const SeqintOptionTexts &texts)
{
    seqint::PartialSpec merged;
    for (Field field : seqint::all_fields) {
        const char *text = texts.text[int(field)];
        if (text == nullptr)
            continue;
        if (!seqint_is_integer_option(text))
            ereport(ERROR,
                    (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                     errmsg("option \"%s\" of foreign table \"%s\" is \"%s\", but its column "
                            "holds numbers",
                            seqint::field_name(field), texts.table, text),
                     errdetail("The option comes from the %s; server \"%s\".",
                               seqint::origin_name(texts.origin[int(field)]), texts.server),
                     errhint("Dates, timestamps and intervals are options of date and timestamp "
                             "columns; set the option to an integer with ALTER FOREIGN TABLE … "
                             "OPTIONS.")));
        merged[field] = seqint::parse_int64(text).value;
    }
    const seqint::Spec spec = seqint::resolve({}, merged).spec;  // the defaults where unset
    auto origin = [&](Field field) { return seqint::origin_name(texts.origin[int(field)]); };

    // Zero steps are rejected per object, so only the direction can be wrong here.
    if (seqint::find_problem(spec) != seqint::SpecProblem::none)
        ereport(
            ERROR,
            (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
             errmsg("sequence of foreign table \"%s\" never reaches its end", texts.table),
             errdetail("start %lld (from the %s), end %lld (from the %s), step %lld (from "
                       "the %s); server \"%s\".",
                       (long long)spec.start, origin(Field::start), (long long)spec.end,
                       origin(Field::end), (long long)spec.step, origin(Field::step), texts.server),
             errhint("%s", direction_hint(spec))));
    return spec;
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
        result[*field] = parse_value(*field, def->defname, defGetString(def), catalog);
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

bool
seqint_is_integer_option(const char *text)
{
    return seqint::parse_int64(text).status == seqint::ParseStatus::ok;
}

SeqintOptionTexts
seqint_table_option_texts(Relation rel)
{
    ForeignTable *table = GetForeignTable(RelationGetRelid(rel));
    ForeignServer *server = GetForeignServer(table->serverid);
    SeqintOptionTexts texts{};
    texts.table = RelationGetRelationName(rel);
    texts.server = server->servername;
    for (Field field : seqint::all_fields)
        texts.origin[int(field)] = seqint::Origin::built_in_default;
    // The server's first, then the table's over them.
    for (List *options : {server->options, table->options}) {
        ListCell *cell;
        foreach (cell, options) {
            DefElem *def = lfirst_node(DefElem, cell);
            if (const std::optional<Field> field = seqint::field_named(def->defname)) {
                texts.text[int(*field)] = defGetString(def);
                texts.origin[int(*field)] =
                    options == table->options ? seqint::Origin::table : seqint::Origin::server;
            }
        }
    }
    return texts;
}

seqint::Spec
seqint_spec_of(const SeqintOptionTexts &texts, SeqintColumn &column)
{
    if (seqint_is_time(column.kind))
        return seqint_time_spec(texts, column);
    return integer_spec(texts);
}

seqint::Spec
seqint_table_spec(Relation rel, SeqintColumn &column)
{
    return seqint_spec_of(seqint_table_option_texts(rel), column);
}
