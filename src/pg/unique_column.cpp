// unique_column.cpp — telling the planner that a seqint column holds distinct values.
//
// PostgreSQL learns that a column is unique from one place only: the unique indexes in
// rel->indexlist. A join whose inner side is unique on the join key ("Inner Unique" in
// EXPLAIN VERBOSE) stops at the first match: a nested loop probing a seqint table asks the
// scan for one row per outer row instead of two (the second ask only to hear "no more"), and
// a hash or merge join stops scanning a bucket or a run early. A seqint table has no
// indexes, but its values are distinct by construction, so GetForeignRelSize describes that
// fact as a get_relation_info_hook would (the way hypothetical-index tools do): an
// IndexOptInfo marked hypothetical, which the planner consults for uniqueness and never
// opens (get_actual_variable_range skips it) nor scans (index paths are only built for plain
// tables).
//
// Join removal and semi-join reduction run before GetForeignRelSize and do not see it.
#include "pg/unique_column.hpp"

extern "C" {
#include "catalog/pg_am.h"
}

namespace {

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

}  // namespace

void
seqint_declare_unique_column(RelOptInfo *baserel, const SeqintColumn &column,
                             const seqint::Spec &spec)
{
    if (!values_are_distinct(column, spec))
        return;
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
