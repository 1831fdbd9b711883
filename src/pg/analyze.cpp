// analyze.cpp — ANALYZE on a seqint table: an evenly spaced sample, never a walk.
//
// With real statistics (n_distinct −1, exact histogram bounds, correlation ±1) the planner
// estimates joins against a sequence correctly; without them it guesses 200 distinct values.
#include <cmath>

#include "seqint/spec.hpp"

#include "pg/callbacks.hpp"
#include "pg/column.hpp"
#include "pg/heap_pages.hpp"
#include "pg/options.hpp"

namespace {

/*
 * acquire_sample
 *		Returns min(targrows, count) rows at evenly spaced positions, in sequence order (the
 *		order ANALYZE reads as physical, which makes the correlation +1 or −1).
 */
int
acquire_sample(Relation relation, int, HeapTuple *rows, int targrows, double *totalrows,
               double *totaldeadrows)
{
    SeqintColumn column = seqint_find_column(relation);
    const seqint::Spec spec = seqint_table_spec(relation, column);
    seqint_check_values_fit(relation, column, spec);
    const uint64 n = seqint::count(spec);
    const uint64 k = Min(n, static_cast<uint64>(targrows));

    const TupleDesc desc = RelationGetDescr(relation);
    Datum *values = static_cast<Datum *>(palloc0(sizeof(Datum) * desc->natts));
    bool *nulls = static_cast<bool *>(palloc(sizeof(bool) * desc->natts));
    memset(nulls, true, sizeof(bool) * desc->natts);
    nulls[column.index] = false;
    void *domain_cache = nullptr;
    for (uint64 i = 0; i < k; ++i) {
        CHECK_FOR_INTERRUPTS();
        const int64 value = seqint::value_at(spec, seqint::spaced_position(i, k, n));
        values[column.index] = seqint_base_datum(column, value);
        if (column.has_checks)
            domain_check(values[column.index], false, column.type, &domain_cache,
                         CurrentMemoryContext);
        rows[i] = heap_form_tuple(desc, values, nulls);
    }
    *totalrows = static_cast<double>(n);
    *totaldeadrows = 0;
    return static_cast<int>(k);
}

}  // namespace

/*
 * seqintAnalyzeForeignTable
 *		Offers acquire_sample, and the pages a heap of the same values would have.
 *
 * ANALYZE of a partitioned or inheritance parent samples each child in proportion to its
 * pages: one page for a 10^12-value seqint partition beside a 100k-row heap partition gave
 * the seqint values a tiny share of the parent's sample, and histogram bounds that put 99%
 * of the values below 100000. The count is clamped to what pg_class.relpages (int4) holds,
 * and never 0, which would read as "never analyzed".
 */
bool
seqintAnalyzeForeignTable(Relation relation, AcquireSampleRowsFunc *func, BlockNumber *totalpages)
{
    *func = acquire_sample;
    SeqintColumn column = seqint_find_column(relation);
    const double values = static_cast<double>(seqint::count(seqint_table_spec(relation, column)));
    const double pages = std::ceil(seqint_heap_pages(values));
    *totalpages = static_cast<BlockNumber>(Max(1.0, Min(pages, double{PG_INT32_MAX})));
    return true;
}
