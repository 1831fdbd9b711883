// describe.cpp — seqint_fdw_describe(regclass): a foreign table's sequence, where each of its
// options came from, how many values it has and the last one.
//
// It reads the options and checks the column through the planner's own code (column.cpp,
// options.cpp, time_spec.cpp), in the planner's order, so it shows exactly the sequence a
// query would scan, and it fails where and as a query would: for a sequence that never reaches
// its end (the error names where each value came from), a table without exactly one column
// seqint can fill, or a value the column cannot hold. A table it describes is a table every
// query can read.
//
// From 1.2 start, end, step and last are text in the output syntax of the column's type (a
// time sequence's step as an interval); 1.1 declared them bigint. A database still at 1.1
// calls this same module with 1.1's definition: the type of the first result column tells the
// two apart, and under 1.1 a time table is refused with a hint to update the extension.
#include <type_traits>

#include "pg/column.hpp"
#include "pg/is_seqint.hpp"
#include "pg/options.hpp"
#include "pg/time_spec.hpp"
#include "pg/wide_numeric.hpp"

extern "C" {
PG_FUNCTION_INFO_V1(seqint_fdw_describe);
}

// An ereport may longjmp out of seqint_fdw_describe's frame, which holds these.
static_assert(std::is_trivially_destructible_v<SeqintColumn>);
static_assert(std::is_trivially_destructible_v<SeqintOptionTexts>);
static_assert(std::is_trivially_destructible_v<seqint::Spec>);

namespace {

// The positions of seqint_fdw_describe's OUT parameters: start, end, step and last are text
// from 1.2 (seqint_fdw--1.1--1.2.sql), bigint in 1.1 (seqint_fdw--1.0--1.1.sql).
enum class Out { start, start_origin, end, end_origin, step, step_origin, count, last, columns };

// A value of the sequence for the result: text in the column type's syntax, or under 1.1's
// definition the bigint itself (integer columns only).
Datum
value_datum(const SeqintColumn &column, int64 value, bool bigint_result)
{
    if (bigint_result)
        return Int64GetDatum(value);
    if (!seqint_is_time(column.kind))
        return CStringGetTextDatum(psprintf(INT64_FORMAT, value));
    return CStringGetTextDatum(seqint_time_text(column, value));
}

// Opens `relid` for reading; errors unless it is a foreign table of a seqint wrapper.
Relation
open_seqint_table(Oid relid)
{
    Relation rel = try_relation_open(relid, AccessShareLock);
    if (rel == nullptr)
        ereport(ERROR, (errcode(ERRCODE_UNDEFINED_TABLE),
                        errmsg("relation with OID %u does not exist", relid)));
    if (rel->rd_rel->relkind != RELKIND_FOREIGN_TABLE)
        ereport(ERROR, (errcode(ERRCODE_WRONG_OBJECT_TYPE),
                        errmsg("\"%s\" is not a foreign table", RelationGetRelationName(rel)),
                        errhint("seqint_fdw_describe() describes the foreign tables of "
                                "seqint_fdw servers.")));
    ForeignServer *server = GetForeignServer(GetForeignTable(relid)->serverid);
    ForeignDataWrapper *fdw = GetForeignDataWrapper(server->fdwid);
    if (!seqint_wrapper_is_ours(fdw))
        ereport(ERROR, (errcode(ERRCODE_WRONG_OBJECT_TYPE),
                        errmsg("foreign table \"%s\" is not a seqint_fdw table",
                               RelationGetRelationName(rel)),
                        errdetail("Its server \"%s\" uses foreign-data wrapper \"%s\".",
                                  server->servername, fdw->fdwname)));
    return rel;
}

}  // namespace

/*
 * seqint_fdw_describe
 *		One row: start, end and step as a query on the table uses them, each with where it
 *		came from ("foreign table", "server" or "default"), the number of values (numeric)
 *		and the last value (NULL when there is none). STRICT: a NULL table gives NULL.
 */
extern "C" Datum
seqint_fdw_describe(PG_FUNCTION_ARGS)
{
    TupleDesc tupdesc;
    if (get_call_result_type(fcinfo, nullptr, &tupdesc) != TYPEFUNC_COMPOSITE)
        ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
                        errmsg("seqint_fdw_describe() must be called where a row type is "
                               "known")));
    tupdesc = BlessTupleDesc(tupdesc);
    if (tupdesc->natts != int(Out::columns))
        ereport(ERROR, (errcode(ERRCODE_INVALID_FUNCTION_DEFINITION),
                        errmsg("seqint_fdw_describe() returns %d columns, not %d", tupdesc->natts,
                               int(Out::columns)),
                        errhint("Update the extension: ALTER EXTENSION seqint_fdw UPDATE.")));
    // 1.1's definition returns start, end, step and last as bigint, 1.2's as text.
    const Oid value_type = TupleDescAttr(tupdesc, int(Out::start))->atttypid;
    if (value_type != INT8OID && value_type != TEXTOID)
        ereport(ERROR, (errcode(ERRCODE_INVALID_FUNCTION_DEFINITION),
                        errmsg("seqint_fdw_describe() returns start as %s, not text",
                               format_type_be(value_type)),
                        errhint("Update the extension: ALTER EXTENSION seqint_fdw UPDATE.")));
    const bool bigint_result = value_type == INT8OID;

    // What the planner does, in its order (seqintGetForeignRelSize).
    Relation rel = open_seqint_table(PG_GETARG_OID(0));
    SeqintColumn column = seqint_find_column(rel);
    const bool time = seqint_is_time(column.kind);
    if (time && bigint_result)
        ereport(ERROR,
                (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
                 errmsg("seqint_fdw_describe() of seqint_fdw 1.1 cannot describe foreign table "
                        "\"%s\", whose column is of type %s",
                        RelationGetRelationName(rel), format_type_be(column.type)),
                 errdetail("Version 1.1 of the function returns start, end, step and last as "
                           "bigint; from 1.2 they are text, in the syntax of the column's type."),
                 errhint("Update the extension: ALTER EXTENSION seqint_fdw UPDATE.")));
    const SeqintOptionTexts texts = seqint_table_option_texts(rel);
    const seqint::Spec spec = seqint_spec_of(texts, column);
    seqint_check_values_fit(rel, column, spec);
    relation_close(rel, AccessShareLock);

    const uint64 count = seqint::count(spec);
    Datum values[int(Out::columns)];
    bool nulls[int(Out::columns)] = {};
    if (time) {
        values[int(Out::start)] = value_datum(column, column.time.start, false);
        values[int(Out::end)] = value_datum(column, column.time.end, false);
        values[int(Out::step)] = CStringGetTextDatum(seqint_step_text(column.time.step));
    } else {
        values[int(Out::start)] = value_datum(column, spec.start, bigint_result);
        values[int(Out::end)] = value_datum(column, spec.end, bigint_result);
        values[int(Out::step)] = value_datum(column, spec.step, bigint_result);
    }
    values[int(Out::start_origin)] =
        CStringGetTextDatum(seqint::origin_name(texts.origin[int(seqint::Field::start)]));
    values[int(Out::end_origin)] =
        CStringGetTextDatum(seqint::origin_name(texts.origin[int(seqint::Field::end)]));
    values[int(Out::step_origin)] =
        CStringGetTextDatum(seqint::origin_name(texts.origin[int(seqint::Field::step)]));
    values[int(Out::count)] = seqint_int128_numeric(count);
    if (count > 0) {
        int64 last = seqint::last_value(spec);
        if (column.time.calendar)
            last = seqint_calendar_value(column, last);  // start + k·step, calendar arithmetic
        values[int(Out::last)] = value_datum(column, last, bigint_result);
    } else {
        values[int(Out::last)] = 0;
        nulls[int(Out::last)] = true;
    }
    return HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
}
