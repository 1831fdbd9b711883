// executor.cpp — the scan callbacks: one virtual tuple per value, nothing stored.
//
// The scan state is palloc0'd in the executor's query context and holds only trivially
// destructible data: PostgreSQL frees it without running destructors, and EndForeignScan
// is skipped when the query errors. IterateForeignScan allocates nothing for integer and
// floating-point columns; numeric values are built in the per-tuple context the executor
// resets before every row.
#include <cstring>
#include <type_traits>

#include "pg/aggregates.hpp"
#include "pg/callbacks.hpp"
#include "pg/column.hpp"
#include "pg/fdw_private.hpp"
#include "pg/parallel.hpp"
#include "pg/scan_state.hpp"
#include "pg/walk.hpp"

namespace {

SeqintScanState *
scan_state(ForeignScanState *node)
{
    return static_cast<SeqintScanState *>(node->fdw_state);
}

// OFFSET and LIMIT, evaluated and checked as the Limit node would: NULL means none, a
// negative count is an error.
void
apply_limit(const SeqintScanPlan &plan, const SeqintOperand *values, SeqintWalk &walk)
{
    uint64 offset = 0;
    uint64 limit = PG_UINT64_MAX;
    const SeqintOperand *next = values;
    if (plan.has_offset) {
        if (!next->isnull) {
            const int64 value = DatumGetInt64(next->value);
            if (value < 0)
                ereport(ERROR, (errcode(ERRCODE_INVALID_ROW_COUNT_IN_RESULT_OFFSET_CLAUSE),
                                errmsg("OFFSET must not be negative")));
            offset = static_cast<uint64>(value);
        }
        ++next;
    }
    if (plan.has_limit && !next->isnull) {
        const int64 value = DatumGetInt64(next->value);
        if (value < 0)
            ereport(ERROR, (errcode(ERRCODE_INVALID_ROW_COUNT_IN_LIMIT_CLAUSE),
                            errmsg("LIMIT must not be negative")));
        limit = static_cast<uint64>(value);
    }
    walk.trim(plan.direction, offset, limit);
}

// The aggregate scan's one row.
TupleTableSlot *
emit_aggregates(SeqintScanState *state, TupleTableSlot *slot)
{
    if (state->aggregates_done)
        return slot;
    const SeqintScanPlan &plan = state->plan;
    for (int i = 0; i < plan.aggregate_count; ++i)
        slot->tts_values[i] = seqint_aggregate_value(
            static_cast<SeqintAggregate>(plan.aggregates[i]), state->column, state->walk,
            &slot->tts_isnull[i]);
    state->aggregates_done = true;
    return ExecStoreVirtualTuple(slot);
}

// The next value as a row of base type `Type`, checked against the column's domain when
// `Checked`; a parallel scan claims its next chunk when this one is done.
template <SeqintNumberType Type, bool Checked>
TupleTableSlot *
emit_value(SeqintScanState *state, TupleTableSlot *slot)
{
    int64 value;
    while (!state->walker.next(value))
        if (state->shared == nullptr || !seqint_claim_chunk(state))
            return slot;

    const SeqintColumn &column = state->column;
    const Datum datum = seqint_datum_as<Type>(column, value);
    if constexpr (Checked)
        domain_check(datum, false, column.type, &state->domain_cache, state->query_cxt);
    slot->tts_values[column.index] = datum;
    slot->tts_isnull[column.index] = false;
    return ExecStoreVirtualTuple(slot);
}

template <SeqintNumberType Type>
SeqintEmitter
value_emitter(const SeqintColumn &column)
{
    return column.has_checks ? emit_value<Type, true> : emit_value<Type, false>;
}

SeqintEmitter
choose_emitter(const SeqintScanState *state)
{
    if (state->plan.kind == SeqintScanKind::aggregates)
        return emit_aggregates;
    switch (state->column.kind) {
    case SeqintNumberType::int2:
        return value_emitter<SeqintNumberType::int2>(state->column);
    case SeqintNumberType::int4:
        return value_emitter<SeqintNumberType::int4>(state->column);
    case SeqintNumberType::int8:
        return value_emitter<SeqintNumberType::int8>(state->column);
    case SeqintNumberType::float4:
        return value_emitter<SeqintNumberType::float4>(state->column);
    case SeqintNumberType::float8:
        return value_emitter<SeqintNumberType::float8>(state->column);
    case SeqintNumberType::numeric:
        break;
    }
    return value_emitter<SeqintNumberType::numeric>(state->column);
}

// Evaluates the bounds' operands and starts walking the positions they leave. Runs at the
// first row of every (re)scan, not in BeginForeignScan: a nested loop sets its parameters
// only then, and EXPLAIN without ANALYZE must not evaluate sub-selects.
void
start_walk(ForeignScanState *node, SeqintScanState *state)
{
    // A nested loop restarts a parameterized scan once per outer row: resetting an unused
    // context is free, and nothing else here allocates unless an operand or IN list does.
    MemoryContextReset(state->walk_cxt);
    MemoryContext old = MemoryContextSwitchTo(state->walk_cxt);
    const SeqintScanPlan &plan = state->plan;
    SeqintOperand *operands = state->operands;
    ExprContext *econtext = node->ss.ps.ps_ExprContext;
    int i = 0;
    ListCell *lc;
    foreach (lc, state->operand_states) {
        operands[i].value = ExecEvalExpr(static_cast<ExprState *>(lfirst(lc)), econtext,
                                         &operands[i].isnull);
        operands[i].known = true;
        ++i;
    }
    SeqintWalk walk = seqint_compute_walk(plan.spec, plan.bounds, operands);
    if (plan.has_offset || plan.has_limit)
        apply_limit(plan, operands + plan.bounds.bound_count, walk);
    MemoryContextSwitchTo(old);
    state->walk = walk;
    state->walk_started = true;
    state->aggregates_done = false;
    // A parallel scan shares the walk out in chunks; a serial one walks all of it.
    if (state->shared != nullptr) {
        state->walk_part(SeqintWalk::of(walk.spec, seqint::Slice{}));
        seqint_claim_chunk(state);
    } else {
        state->walk_part(walk);
    }
}

}  // namespace

/*
 * seqintBeginForeignScan
 *		Builds the scan state from the plan's fdw_private and the relation's column (the
 *		plan's column, for scans of upper relations, which have no relation).
 *
 * Runs for EXPLAIN without ANALYZE too; nothing here is expensive enough to skip then.
 */
void
seqintBeginForeignScan(ForeignScanState *node, int)
{
    auto *plan = castNode(ForeignScan, node->ss.ps.plan);
    EState *estate = node->ss.ps.state;
    auto *state = static_cast<SeqintScanState *>(palloc0(sizeof(SeqintScanState)));
    state->plan = seqint_plan_from_private(plan->fdw_private);
    state->operand_states = ExecInitExprList(plan->fdw_exprs, &node->ss.ps);
    // One value per fdw_exprs entry: the bounds' operands, then OFFSET and LIMIT.
    state->operands = static_cast<SeqintOperand *>(
        palloc(sizeof(SeqintOperand) * Max(list_length(plan->fdw_exprs), 1)));
    state->walk_cxt =
        AllocSetContextCreate(estate->es_query_cxt, "seqint walk", ALLOCSET_SMALL_SIZES);
    if (node->ss.ss_currentRelation != nullptr)
        state->column = seqint_find_column(node->ss.ss_currentRelation);
    else if (!seqint_describe_column(state->plan.column_type, state->plan.column_typmod, 0,
                                     state->column))
        elog(ERROR, "seqint_fdw: plan has a column of unsupported type %u",
             state->plan.column_type);
    state->query_cxt = estate->es_query_cxt;
    state->emit = choose_emitter(state);
    node->fdw_state = state;

    // Dropped columns keep their attribute slots and read as NULL. Nothing but this scan
    // writes the slot's arrays, so they are set once here and only the live column's
    // entries per row.
    TupleTableSlot *slot = node->ss.ss_ScanTupleSlot;
    memset(slot->tts_isnull, true, slot->tts_tupleDescriptor->natts * sizeof(bool));
}

/*
 * seqintIterateForeignScan
 *		Returns the next value as a virtual tuple, or an empty slot at the end.
 */
TupleTableSlot *
seqintIterateForeignScan(ForeignScanState *node)
{
    SeqintScanState *state = scan_state(node);
    TupleTableSlot *slot = node->ss.ss_ScanTupleSlot;
    ExecClearTuple(slot);
    if (!state->walk_started)
        start_walk(node, state);
    return state->emit(state, slot);
}

/*
 * seqintRecheckForeignScan
 *		Inside an EvalPlanQual re-check. A base scan has nothing to add: PostgreSQL re-applies
 *		fdw_recheck_quals (the clauses the bounds answered) to the row it saved. A scan that
 *		computes an aggregate or OFFSET/LIMIT has no relation and no saved row: when a
 *		correlated subquery runs it during a re-check, the releases of PostgreSQL that treat
 *		every scan without a relation as a pushed-down join (ExecScanFetch; later minor
 *		releases ask only the nodes of the re-checked join) call this instead of
 *		IterateForeignScan for each row, so it produces the row the scan would.
 */
bool
seqintRecheckForeignScan(ForeignScanState *node, TupleTableSlot *slot)
{
    if (castNode(ForeignScan, node->ss.ps.plan)->scan.scanrelid > 0)
        return true;
    seqintIterateForeignScan(node);  // fills the scan slot, which is `slot`
    return !TupIsNull(slot);
}

/*
 * seqintReScanForeignScan
 *		Starts over; the bounds are evaluated again, since their parameters may have changed.
 */
void
seqintReScanForeignScan(ForeignScanState *node)
{
    scan_state(node)->walk_started = false;
}

/*
 * seqintEndForeignScan
 *		Releases the scan state. Not called when the query fails; the query context goes then.
 */
void
seqintEndForeignScan(ForeignScanState *node)
{
    SeqintScanState *state = scan_state(node);
    if (state == nullptr)
        return;
    MemoryContextDelete(state->walk_cxt);
    pfree(state);
    node->fdw_state = nullptr;
}
