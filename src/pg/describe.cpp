// describe.cpp — seqint_fdw_describe(regclass): a foreign table's sequence, where each of its
// options came from, how many values it has and the last one.
//
// It reads the options and checks the column through the planner's own code (options.cpp,
// column.cpp), so it shows exactly the sequence a query would scan, and it fails where and as
// a query would: for a sequence that never reaches its end (the error names where each value
// came from), a table without exactly one number column, or a value the column cannot hold.
// A table it describes is a table every query can read.
#include <type_traits>

#include "pg/column.hpp"
#include "pg/is_seqint.hpp"
#include "pg/options.hpp"
#include "pg/wide_numeric.hpp"

extern "C" {
PG_FUNCTION_INFO_V1(seqint_fdw_describe);
}

// An ereport may longjmp out of seqint_fdw_describe's frame, which holds one of these.
static_assert(std::is_trivially_destructible_v<seqint::ResolvedSpec>);

namespace {

// The positions of seqint_fdw_describe's OUT parameters (seqint_fdw--1.0--1.1.sql).
enum class Out { start, start_origin, end, end_origin, step, step_origin, count, last, columns };

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

    Relation rel = open_seqint_table(PG_GETARG_OID(0));
    const seqint::ResolvedSpec resolved = seqint_integer_spec(seqint_table_option_texts(rel));
    seqint_check_values_fit(rel, seqint_find_column(rel), resolved.spec);
    relation_close(rel, AccessShareLock);

    const seqint::Spec &spec = resolved.spec;
    const uint64 count = seqint::count(spec);
    Datum values[int(Out::columns)];
    bool nulls[int(Out::columns)] = {};
    values[int(Out::start)] = Int64GetDatum(spec.start);
    values[int(Out::start_origin)] =
        CStringGetTextDatum(seqint::origin_name(resolved.start_origin));
    values[int(Out::end)] = Int64GetDatum(spec.end);
    values[int(Out::end_origin)] = CStringGetTextDatum(seqint::origin_name(resolved.end_origin));
    values[int(Out::step)] = Int64GetDatum(spec.step);
    values[int(Out::step_origin)] = CStringGetTextDatum(seqint::origin_name(resolved.step_origin));
    values[int(Out::count)] = seqint_int128_numeric(count);
    if (count > 0)
        values[int(Out::last)] = Int64GetDatum(seqint::last_value(spec));
    else {
        values[int(Out::last)] = 0;
        nulls[int(Out::last)] = true;
    }
    return HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
}
