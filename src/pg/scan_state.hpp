// scan_state.hpp — the executor state of one seqint ForeignScan (node->fdw_state).
//
// palloc0'd in the query context and holding only trivially destructible data: PostgreSQL
// frees it without running destructors, and EndForeignScan is skipped when the query errors.
#pragma once

#include <type_traits>

#include "seqint/bounds.hpp"

#include "pg/column.hpp"
#include "pg/fdw_private.hpp"
#include "pg/walk.hpp"

struct SeqintSharedScan;
struct SeqintScanState;

// Produces the scan's next tuple in `slot` (already cleared), or leaves it empty at the end.
// Chosen once per scan, so that the per-row path makes no decision that cannot change.
using SeqintEmitter = TupleTableSlot *(*)(SeqintScanState *state, TupleTableSlot *slot);

// Evaluates the bounds and starts walking what they leave, at the first row of each (re)scan.
// Chosen once per scan by the shape of its bounds: a nested loop probes with a single
// equality or a single range on every outer row, which needs no general walk.
using SeqintStarter = void (*)(ForeignScanState *node, SeqintScanState *state);

struct SeqintScanState {
    SeqintScanPlan plan;         // the sequence, the direction and the pushed bounds
    ExprState **operand_states;  // ExprStates of the bounds' operands (fdw_exprs)
    int operand_count;
    SeqintOperand *operands;     // their values
    SeqintStarter start;         // how each (re)scan starts
    seqint::Probe probe;         // the sequence, prepared for the starters of probes
    bool walk_started;           // false until the bounds are evaluated for this (re)scan
    bool aggregates_done;        // an aggregate scan has returned its one row
    SeqintEmitter emit;          // rows of the column's type, or the aggregates' row
    SeqintWalk walk;             // everything this (re)scan walks, across all processes
    seqint::SliceWalker walker;  // the values this process still has to emit
    SeqintSharedScan *shared;    // a parallel scan's chunk counter in shared memory, or null
    MemoryContext walk_cxt;      // the evaluated operands and IN-list members of this walk
    SeqintColumn column;         // where the value goes and as what type
    void *domain_cache;          // domain_check()'s cache, when the column is a domain
    MemoryContext query_cxt;     // where domain_check() keeps that cache

    // Hands this process `part` of the walk to emit: all of it in a serial scan, one chunk
    // at a time in a parallel one (parallel.cpp). The one place the walker changes hands.
    void
    walk_part(const SeqintWalk &part)
    {
        walker.start(part.spec, part.slices, plan.direction);
    }
};
static_assert(std::is_trivially_destructible_v<SeqintScanState>);
