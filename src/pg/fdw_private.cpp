// fdw_private.cpp — packing a seqint plan into plan nodes and back.
#include "pg/fdw_private.hpp"

namespace {

Const *
make_int8_const(int64 value)
{
    return makeConst(INT8OID, -1, InvalidOid, sizeof(int64), Int64GetDatum(value), false,
                     FLOAT8PASSBYVAL);
}

void *
entry(List *fdw_private, SeqintPrivate index)
{
    return list_nth(fdw_private, static_cast<int>(index));
}

int64
int8_const_at(List *fdw_private, SeqintPrivate index)
{
    return DatumGetInt64(castNode(Const, entry(fdw_private, index))->constvalue);
}

// A time column's options as plan nodes: the texts carry to the executor, which reads them
// again in the session's TimeZone of the moment.
List *
options_to_list(const SeqintOptionTexts &options)
{
    if (options.table == nullptr)
        return NIL;
    List *texts =
        list_make2(makeString(pstrdup(options.table)), makeString(pstrdup(options.server)));
    List *origins = NIL;
    for (seqint::Field field : seqint::all_fields) {
        const char *text = options.text[int(field)];
        texts = lappend(texts, makeString(pstrdup(text == nullptr ? "" : text)));
        origins = lappend_int(origins, static_cast<int>(options.origin[int(field)]));
    }
    return lappend(texts, origins);
}

SeqintOptionTexts
options_from_list(List *list)
{
    SeqintOptionTexts options{};
    if (list == NIL)
        return options;
    options.table = strVal(list_nth(list, 0));
    options.server = strVal(list_nth(list, 1));
    List *origins = static_cast<List *>(llast(list));
    for (seqint::Field field : seqint::all_fields) {
        const char *text = strVal(list_nth(list, 2 + int(field)));
        options.text[int(field)] = *text == '\0' ? nullptr : text;
        options.origin[int(field)] = static_cast<seqint::Origin>(list_nth_int(origins, int(field)));
    }
    return options;
}

}  // namespace

List *
seqint_private_from_plan(const SeqintScanPlan &plan)
{
    List *aggregates = NIL;
    for (int i = 0; i < plan.aggregate_count; ++i)
        aggregates = lappend_int(aggregates, plan.aggregates[i]);
    List *result =
        list_make5(make_int8_const(plan.spec.start), make_int8_const(plan.spec.end),
                   make_int8_const(plan.spec.step), makeInteger(static_cast<int>(plan.direction)),
                   seqint_scan_bounds_to_list(plan.bounds));
    result = lappend(result, makeInteger(static_cast<int>(plan.kind)));
    result = lappend(result, list_make3_int(static_cast<int>(plan.column_type), plan.column_typmod,
                                            plan.column_attno));
    result = lappend(result, list_make2_int(plan.has_offset, plan.has_limit));
    result = lappend(result, aggregates);
    result = lappend(result, plan.clauses);
    result = lappend(result, makeInteger(static_cast<int>(plan.planned_relid)));
    return lappend(result, options_to_list(plan.options));
}

SeqintScanPlan
seqint_plan_from_private(List *fdw_private)
{
    Assert(list_length(fdw_private) == static_cast<int>(SeqintPrivate::length));
    SeqintScanPlan plan;
    plan.spec = {int8_const_at(fdw_private, SeqintPrivate::start),
                 int8_const_at(fdw_private, SeqintPrivate::end),
                 int8_const_at(fdw_private, SeqintPrivate::step)};
    plan.direction =
        static_cast<seqint::Direction>(intVal(entry(fdw_private, SeqintPrivate::direction)));
    plan.bounds = seqint_scan_bounds_from_list(
        static_cast<List *>(entry(fdw_private, SeqintPrivate::bounds)));
    plan.clauses = static_cast<List *>(entry(fdw_private, SeqintPrivate::clauses));
    plan.planned_relid = static_cast<Index>(intVal(entry(fdw_private, SeqintPrivate::relid)));
    plan.options =
        options_from_list(static_cast<List *>(entry(fdw_private, SeqintPrivate::options)));

    plan.kind = static_cast<SeqintScanKind>(intVal(entry(fdw_private, SeqintPrivate::kind)));
    List *column = static_cast<List *>(entry(fdw_private, SeqintPrivate::column));
    plan.column_type = static_cast<Oid>(linitial_int(column));
    plan.column_typmod = lsecond_int(column);
    plan.column_attno = static_cast<AttrNumber>(lthird_int(column));
    List *limit = static_cast<List *>(entry(fdw_private, SeqintPrivate::limit));
    plan.has_offset = linitial_int(limit) != 0;
    plan.has_limit = lsecond_int(limit) != 0;
    List *aggregates = static_cast<List *>(entry(fdw_private, SeqintPrivate::aggregates));
    plan.aggregate_count = list_length(aggregates);
    plan.aggregates = static_cast<uint8 *>(palloc(Max(plan.aggregate_count, 1)));
    for (int i = 0; i < plan.aggregate_count; ++i)
        plan.aggregates[i] = static_cast<uint8>(list_nth_int(aggregates, i));
    return plan;
}
