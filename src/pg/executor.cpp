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
#include "pg/bound_operands.hpp"
#include "pg/callbacks.hpp"
#include "pg/column.hpp"
#include "pg/fdw_private.hpp"
#include "pg/parallel.hpp"
#include "pg/scan_state.hpp"
#include "pg/time_spec.hpp"
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
        slot->tts_values[i] =
            seqint_aggregate_value(static_cast<SeqintAggregate>(plan.aggregates[i]), state->column,
                                   state->walk, &slot->tts_isnull[i]);
    state->aggregates_done = true;
    return ExecStoreVirtualTuple(slot);
}

// The next value as a row of base type `Type`, checked against the column's domain when
// `Checked`, computed by calendar arithmetic when `Calendar` (time_spec.hpp); a parallel scan
// claims its next chunk when this one is done.
template <SeqintValueType Type, bool Checked, bool Calendar>
TupleTableSlot *
emit_value(SeqintScanState *state, TupleTableSlot *slot)
{
    int64 value;
    while (!state->walker.next(value))
        if (state->shared == nullptr || !seqint_claim_chunk(state))
            return slot;

    const SeqintColumn &column = state->column;
    if constexpr (Calendar)
        value = seqint_calendar_value(column, value);
    const Datum datum = seqint_datum_as<Type>(column, value);
    if constexpr (Checked)
        domain_check(datum, false, column.type, &state->domain_cache, state->query_cxt);
    slot->tts_values[column.index] = datum;
    slot->tts_isnull[column.index] = false;
    return ExecStoreVirtualTuple(slot);
}

template <SeqintValueType Type>
SeqintEmitter
value_emitter(const SeqintColumn &column)
{
    if constexpr (seqint_is_time(Type)) {
        if (column.time.calendar)
            return column.has_checks ? emit_value<Type, true, true> : emit_value<Type, false, true>;
    }
    return column.has_checks ? emit_value<Type, true, false> : emit_value<Type, false, false>;
}

SeqintEmitter
choose_emitter(const SeqintScanState *state)
{
    if (state->plan.kind == SeqintScanKind::aggregates)
        return emit_aggregates;
    switch (state->column.kind) {
    case SeqintValueType::int2:
        return value_emitter<SeqintValueType::int2>(state->column);
    case SeqintValueType::int4:
        return value_emitter<SeqintValueType::int4>(state->column);
    case SeqintValueType::int8:
        return value_emitter<SeqintValueType::int8>(state->column);
    case SeqintValueType::float4:
        return value_emitter<SeqintValueType::float4>(state->column);
    case SeqintValueType::float8:
        return value_emitter<SeqintValueType::float8>(state->column);
    case SeqintValueType::date:
        return value_emitter<SeqintValueType::date>(state->column);
    case SeqintValueType::timestamp:
        return value_emitter<SeqintValueType::timestamp>(state->column);
    case SeqintValueType::timestamptz:
        return value_emitter<SeqintValueType::timestamptz>(state->column);
    case SeqintValueType::numeric:
        break;
    }
    return value_emitter<SeqintValueType::numeric>(state->column);
}

// Starts walking `walk`: a parallel scan shares it out in chunks; a serial one walks all of it.
void
start_walking(SeqintScanState *state, const SeqintWalk &walk)
{
    state->walk = walk;
    state->walk_started = true;
    state->aggregates_done = false;
    if (state->shared != nullptr) {
        state->walk_part(SeqintWalk::of(walk.spec, seqint::Slice{}));
        seqint_claim_chunk(state);
    } else {
        state->walk_part(walk);
    }
}

// Evaluates the bounds' operands and starts walking the positions they leave: the general
// starter, for every shape of bounds. Runs at the first row of every (re)scan, not in
// BeginForeignScan: a nested loop sets its parameters only then, and EXPLAIN without ANALYZE
// must not evaluate sub-selects.
void
start_general(ForeignScanState *node, SeqintScanState *state)
{
    // Resetting an unused context is free, and nothing here allocates unless an operand or
    // an IN list does; the walk's slices must outlive this row, hence their own context.
    MemoryContextReset(state->walk_cxt);
    MemoryContext old = MemoryContextSwitchTo(state->walk_cxt);
    const SeqintScanPlan &plan = state->plan;
    SeqintOperand *operands = state->operands;
    ExprContext *econtext = node->ss.ps.ps_ExprContext;
    for (int i = 0; i < state->operand_count; ++i) {
        operands[i].value = ExecEvalExpr(state->operand_states[i], econtext, &operands[i].isnull);
        operands[i].known = true;
    }
    SeqintWalk walk = seqint_compute_walk(plan.spec, state->column, plan.bounds, operands);
    if (plan.has_offset || plan.has_limit)
        apply_limit(plan, operands + plan.bounds.bound_count, walk);
    MemoryContextSwitchTo(old);
    start_walking(state, walk);
}

// Starts walking one slice of a serial scan of rows, the probes' common case: no walk set,
// no window, the walker's cursor set up at once. (A rows scan's `walk` is read only by a
// parallel scan, which never comes here, and by aggregates, which are another kind of scan.)
inline void
start_slice(SeqintScanState *state, seqint::Slice slice)
{
    state->walker.start(state->plan.spec, slice, state->plan.direction);
    state->walk_started = true;
}

// The starter of a single branch of comparisons (val > $1 AND val <= $2, val = $1 of any
// type): the range they leave, on the prepared sequence. Operands are evaluated in the
// per-tuple context IterateForeignScan runs in: nothing of them outlives the range.
void
start_range(ForeignScanState *node, SeqintScanState *state)
{
    if (state->shared != nullptr) {
        start_general(node, state);
        return;
    }
    const SeqintBound *bounds = state->plan.bounds.bounds;
    ExprContext *econtext = node->ss.ps.ps_ExprContext;
    seqint::ValueRange range;
    for (int i = 0; i < state->operand_count; ++i) {
        bool isnull;
        const Datum value = ExecEvalExpr(state->operand_states[i], econtext, &isnull);
        if (isnull)
            range.make_empty();  // evaluate the others all the same, as the general starter
        else
            seqint_constrain(range, bounds[i], value, state->column, state->plan.spec);
    }
    start_slice(state, state->probe.slice_within(range));
}

// The starter of a single equality with an integer operand of type `Type` (val = $1,
// val = o.id): the operand's position, or none.
template <SeqintValueType Type>
void
start_equality(ForeignScanState *node, SeqintScanState *state)
{
    if (state->shared != nullptr) {
        start_general(node, state);
        return;
    }
    bool isnull;
    const Datum value = ExecEvalExpr(state->operand_states[0], node->ss.ps.ps_ExprContext, &isnull);
    int64 member;
    if constexpr (Type == SeqintValueType::int2)
        member = DatumGetInt16(value);
    else if constexpr (Type == SeqintValueType::int4)
        member = DatumGetInt32(value);
    else
        member = DatumGetInt64(value);
    // The value found is the operand itself: no position is turned back into a value.
    state->walker.start_one(!isnull && !state->probe.slice_of(member).is_empty(), member);
    state->walk_started = true;
}

// The starter for the plan's bounds: a fast one for a scan of rows bounded by one branch of
// comparisons (one equality with an integer operand, or any range), else the general one.
SeqintStarter
choose_starter(const SeqintScanState *state)
{
    const SeqintScanPlan &plan = state->plan;
    const SeqintScanBounds &bounds = plan.bounds;
    if (plan.kind != SeqintScanKind::rows || plan.has_offset || plan.has_limit ||
        bounds.group_count != 1 || bounds.branch_count != 1 ||
        state->operand_count != bounds.bound_count)
        return start_general;
    for (int i = 0; i < bounds.bound_count; ++i)
        if (bounds.bounds[i].kind != SeqintBoundKind::comparison)
            return start_general;
    const SeqintBound &only = bounds.bounds[0];
    if (bounds.bound_count == 1 && only.comparison == seqint::Comparison::equal) {
        switch (only.operand_type) {
        case SeqintValueType::int2:
            return start_equality<SeqintValueType::int2>;
        case SeqintValueType::int4:
            return start_equality<SeqintValueType::int4>;
        case SeqintValueType::int8:
            return start_equality<SeqintValueType::int8>;
        default:
            break;
        }
    }
    return start_range;
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
    // One operand per fdw_exprs entry: the bounds' operands, then OFFSET and LIMIT.
    state->operand_count = list_length(plan->fdw_exprs);
    state->operand_states =
        static_cast<ExprState **>(palloc(sizeof(ExprState *) * Max(state->operand_count, 1)));
    int i = 0;
    ListCell *lc;
    foreach (lc, ExecInitExprList(plan->fdw_exprs, &node->ss.ps))
        state->operand_states[i++] = static_cast<ExprState *>(lfirst(lc));
    state->operands =
        static_cast<SeqintOperand *>(palloc(sizeof(SeqintOperand) * Max(state->operand_count, 1)));
    state->walk_cxt =
        AllocSetContextCreate(estate->es_query_cxt, "seqint walk", ALLOCSET_SMALL_SIZES);
    if (node->ss.ss_currentRelation != nullptr)
        state->column = seqint_find_column(node->ss.ss_currentRelation);
    else if (!seqint_describe_column(state->plan.column_type, state->plan.column_typmod, 0,
                                     state->column))
        elog(ERROR, "seqint_fdw: plan has a column of unsupported type %u",
             state->plan.column_type);
    // A time sequence is read again from the plan's options: a timestamptz's zone-less start
    // and its days depend on the TimeZone of this execution, not of the planning.
    if (seqint_is_time(state->column.kind))
        state->plan.spec = seqint_time_spec(state->plan.options, state->column);
    state->probe = seqint::Probe(state->plan.spec);
    state->query_cxt = estate->es_query_cxt;
    state->emit = choose_emitter(state);
    state->start = choose_starter(state);
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
        state->start(node, state);
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
