// unique_column.cpp — telling the planner that a seqint column holds distinct values.
//
// PostgreSQL learns that a column is unique from one place only: the unique indexes in
// rel->indexlist. A join whose inner side is unique on the join key ("Inner Unique" in
// EXPLAIN VERBOSE) stops at the first match: a nested loop probing a seqint table asks the
// scan for one row per outer row instead of two (the second ask only to hear "no more"), and
// a hash or merge join stops scanning a bucket or a run early. A LEFT JOIN to a unique
// column that the query reads nothing from is removed, and a semi join against it becomes a
// plain join. A seqint table has no indexes, but its values are distinct by construction,
// so the wrapper describes that fact the way hypothetical-index tools do: an IndexOptInfo
// marked hypothetical, which the planner consults for uniqueness and never opens
// (get_actual_variable_range skips it) nor scans (index paths are only built for plain
// tables).
//
// It is declared in two places, because join removal and semi-join reduction run before
// GetForeignRelSize:
// - a get_relation_info_hook, as the planner first looks at the table, where the column's
//   type alone proves it (integers, numeric that does not round, date, timestamp). It reads
//   no options and raises no errors: a table whose options are wrong fails in
//   GetForeignRelSize as before, and one the planner never estimates (WHERE false) not at all;
// - GetForeignRelSize, once the sequence is known, where it takes the values too (timestamptz
//   with a fixed step, real and double precision whose values do not round together).
#include "pg/unique_column.hpp"

#include "pg/callbacks.hpp"

extern "C" {
#include "catalog/pg_am.h"
#include "optimizer/plancat.h"
}

namespace {

get_relation_info_hook_type previous_relation_info_hook = nullptr;

// Whether the column's type alone makes every valid sequence's values distinct: integers,
// numeric without a negative scale, and date and timestamp, whose steps all have one sign
// (a date or timestamp plus k months and days grows with k).
bool
type_keeps_values_distinct(const SeqintColumn &column)
{
    switch (column.kind) {
    case SeqintValueType::int2:
    case SeqintValueType::int4:
    case SeqintValueType::int8:
    case SeqintValueType::date:
    case SeqintValueType::timestamp:
        return true;
    case SeqintValueType::numeric:
        return column.holds_exact_values;
    case SeqintValueType::float4:
    case SeqintValueType::float8:       // large values round together
    case SeqintValueType::timestamptz:  // a calendar step can give one instant twice
        return false;
    }
    return false;
}

// Whether no two values of the sequence are equal as the column stores them.
bool
values_are_distinct(const SeqintColumn &column, const seqint::Spec &spec)
{
    // A timestamptz calendar axis is computed in the session's TimeZone at execution, where
    // a day a zone skipped (Samoa's 30 December 2011) can give two steps one instant.
    if (column.kind == SeqintValueType::timestamptz && column.time.calendar)
        return false;
    // float4/float8 and numeric with a negative scale round neighbours together.
    return seqint_distinct_stored_values(column, spec) == seqint::count(spec);
}

template <typename T>
T *
one_element(T value)
{
    auto *array = static_cast<T *>(palloc(sizeof(T)));
    array[0] = value;
    return array;
}

// The hypothetical unique index on the column, if one was declared.
IndexOptInfo *
declared_index(const RelOptInfo *baserel, const SeqintColumn &column)
{
    ListCell *lc;
    foreach (lc, baserel->indexlist) {
        auto *index = static_cast<IndexOptInfo *>(lfirst(lc));
        if (index->hypothetical && index->unique && index->ncolumns == 1 &&
            index->indexkeys[0] == column.index + 1)
            return index;
    }
    return nullptr;
}

void
add_unique_index(RelOptInfo *baserel, const SeqintColumn &column)
{
    // The equality a join clause asserts must be the btree family's of the base type: a
    // domain's clauses use its base type's operators. The type cache keeps it per backend
    // (a catalog scan per planned query would cost more than planning a seqint scan).
    const Oid type = getBaseType(column.type);
    const TypeCacheEntry *entry = lookup_type_cache(type, TYPECACHE_BTREE_OPFAMILY);
    if (!OidIsValid(entry->btree_opf))
        return;

    IndexOptInfo *index = makeNode(IndexOptInfo);
    index->indexoid = InvalidOid;  // no catalog entry: it is never opened
    index->rel = baserel;
    index->relam = BTREE_AM_OID;
    index->tuples = baserel->tuples;
    index->tree_height = -1;
    index->ncolumns = 1;
    index->nkeycolumns = 1;
    index->indexkeys = one_element<int>(column.index + 1);
    index->indexcollations = one_element<Oid>(InvalidOid);  // numbers and times: none
    index->opfamily = one_element<Oid>(entry->btree_opf);
    index->opcintype = one_element<Oid>(entry->btree_opintype);
    index->sortopfamily = index->opfamily;
    index->reverse_sort = one_element<bool>(false);
    index->nulls_first = one_element<bool>(false);
    index->canreturn = one_element<bool>(false);
    index->unique = true;
    index->immediate = true;
    index->hypothetical = true;
    baserel->indexlist = lappend(baserel->indexlist, index);
}

/*
 * declare_by_type
 *		The get_relation_info_hook: runs for every relation the planner builds, so it first
 *		checks, by one pointer, that the table is a seqint table.
 */
void
declare_by_type(PlannerInfo *root, Oid relid, bool inhparent, RelOptInfo *rel)
{
    if (previous_relation_info_hook != nullptr)
        previous_relation_info_hook(root, relid, inhparent, rel);
    // An inheritance parent stands for itself and its children, whose values may repeat
    // the parent's: only each table on its own is unique.
    if (inhparent || rel->fdwroutine == nullptr ||
        rel->fdwroutine->GetForeignRelSize != seqintGetForeignRelSize)
        return;
    Relation table = table_open(relid, NoLock);  // the planner holds a lock
    SeqintColumn column;
    const bool found = seqint_describe_only_column(table, column);
    table_close(table, NoLock);
    if (found && type_keeps_values_distinct(column) && declared_index(rel, column) == nullptr)
        add_unique_index(rel, column);
}

}  // namespace

void
seqint_declare_unique_column(RelOptInfo *baserel, const SeqintColumn &column,
                             const seqint::Spec &spec)
{
    if (IndexOptInfo *index = declared_index(baserel, column)) {
        index->tuples = baserel->tuples;  // declared by the hook, before the count was known
        return;
    }
    if (values_are_distinct(column, spec))
        add_unique_index(baserel, column);
}

void
seqint_install_unique_column_hook()
{
    previous_relation_info_hook = get_relation_info_hook;
    get_relation_info_hook = declare_by_type;
}
