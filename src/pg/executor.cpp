// executor.cpp — the scan callbacks: one virtual tuple per value, nothing stored.
//
// The scan state is palloc0'd in the executor's query context and holds only trivially
// destructible data: PostgreSQL frees it without running destructors, and EndForeignScan
// is skipped when the query errors. IterateForeignScan allocates nothing for integer and
// floating-point columns; numeric values are built in the per-tuple context the executor
// resets before every row.
#include <cstring>
#include <type_traits>

#include "seqint/cursor.hpp"

#include "pg/boundary.hpp"
#include "pg/callbacks.hpp"
#include "pg/column.hpp"
#include "pg/fdw_private.hpp"

namespace {

struct SeqintScanState {
    seqint::Spec spec;        // from the plan; rescans start over from spec.start
    seqint::Cursor cursor;    // the next value to emit
    SeqintColumn column;      // where the value goes and as what type
    void *domain_cache;       // domain_check()'s cache, when the column is a domain
    MemoryContext query_cxt;  // where domain_check() keeps that cache
};
static_assert(std::is_trivially_destructible_v<SeqintScanState>);

SeqintScanState *
scan_state(ForeignScanState *node)
{
    return static_cast<SeqintScanState *>(node->fdw_state);
}

}  // namespace

/*
 * seqintBeginForeignScan
 *		Builds the scan state from the plan's fdw_private and the relation's column.
 *
 * Runs for EXPLAIN without ANALYZE too; nothing here is expensive enough to skip then.
 */
void
seqintBeginForeignScan(ForeignScanState *node, int)
{
    seqint_boundary("BeginForeignScan", [&] {
        const auto *plan = castNode(ForeignScan, node->ss.ps.plan);
        auto *state = static_cast<SeqintScanState *>(palloc0(sizeof(SeqintScanState)));
        state->spec = seqint_spec_from_private(plan->fdw_private);
        state->cursor.reset(state->spec);
        state->column = seqint_find_column(node->ss.ss_currentRelation);
        state->query_cxt = node->ss.ps.state->es_query_cxt;
        node->fdw_state = state;

        // Dropped columns keep their attribute slots and read as NULL. Nothing but this scan
        // writes the slot's arrays, so they are set once here and only the live column's
        // entries per row.
        TupleTableSlot *slot = node->ss.ss_ScanTupleSlot;
        memset(slot->tts_isnull, true, slot->tts_tupleDescriptor->natts * sizeof(bool));
    });
}

/*
 * seqintIterateForeignScan
 *		Returns the next value as a virtual tuple, or an empty slot at the end.
 */
TupleTableSlot *
seqintIterateForeignScan(ForeignScanState *node)
{
    return seqint_boundary("IterateForeignScan", [&] {
        SeqintScanState *state = scan_state(node);
        TupleTableSlot *slot = node->ss.ss_ScanTupleSlot;
        ExecClearTuple(slot);

        int64 value;
        if (!state->cursor.next(value))
            return slot;

        const SeqintColumn &column = state->column;
        Datum datum = seqint_base_datum(column, value);
        if (column.is_domain)
            domain_check(datum, false, column.type, &state->domain_cache, state->query_cxt);

        slot->tts_values[column.index] = datum;
        slot->tts_isnull[column.index] = false;
        return ExecStoreVirtualTuple(slot);
    });
}

/*
 * seqintReScanForeignScan
 *		Starts over at the sequence's first value (start, not 0).
 */
void
seqintReScanForeignScan(ForeignScanState *node)
{
    seqint_boundary("ReScanForeignScan", [&] {
        SeqintScanState *state = scan_state(node);
        state->cursor.reset(state->spec);
    });
}

/*
 * seqintEndForeignScan
 *		Releases the scan state. Not called when the query fails; the query context goes then.
 */
void
seqintEndForeignScan(ForeignScanState *node)
{
    seqint_boundary("EndForeignScan", [&] {
        if (node->fdw_state != nullptr)
            pfree(node->fdw_state);
        node->fdw_state = nullptr;
    });
}
