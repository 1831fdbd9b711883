// parallel.cpp — handing out chunks of the walk to the leader and the parallel workers.
//
// Every process evaluates the same bounds and so computes the same walk; they then claim
// chunks of it, in order, through one atomic counter in the dynamic shared memory of the
// parallel query. A process emits its chunks in walk order, so each one's output is sorted
// and Gather Merge can combine them.
#include "pg/parallel.hpp"

#include "pg/callbacks.hpp"

extern "C" {
#include "port/atomics.h"
}

struct SeqintSharedScan {
    pg_atomic_uint64 next_chunk;  // chunks handed out so far in this (re)scan
};

namespace {

// The walk's size divided into chunks: large enough that claiming costs nothing next to
// generating, small enough that processes finish together; the same in every process.
uint64
chunk_size(const SeqintWalk &walk)
{
    return Max(Min(walk.size() / 1024, static_cast<uint64>(65536)), static_cast<uint64>(1));
}

SeqintScanState *
scan_state(ForeignScanState *node)
{
    return static_cast<SeqintScanState *>(node->fdw_state);
}

}  // namespace

bool
seqint_claim_chunk(SeqintScanState *state)
{
    const uint64 size = state->walk.size();
    const uint64 chunk = chunk_size(state->walk);
    const uint64 chunks = size / chunk + (size % chunk != 0);
    const uint64 claimed = pg_atomic_fetch_add_u64(&state->shared->next_chunk, 1);
    if (claimed >= chunks)
        return false;
    SeqintWalk part = state->walk;
    part.trim(state->plan.direction, claimed * chunk, chunk);
    state->walk_part(part);
    return true;
}

/*
 * seqintIsForeignScanParallelSafe
 *		A scan depends on nothing local to the backend: its plan travels whole to workers.
 */
bool
seqintIsForeignScanParallelSafe(PlannerInfo *, RelOptInfo *, RangeTblEntry *)
{
    return true;
}

/*
 * seqintEstimateDSMForeignScan
 *		One counter of claimed chunks.
 */
Size
seqintEstimateDSMForeignScan(ForeignScanState *, ParallelContext *)
{
    return sizeof(SeqintSharedScan);
}

/*
 * seqintInitializeDSMForeignScan
 *		The leader sets the counter up; it claims chunks like any worker.
 */
void
seqintInitializeDSMForeignScan(ForeignScanState *node, ParallelContext *, void *coordinate)
{
    auto *shared = static_cast<SeqintSharedScan *>(coordinate);
    pg_atomic_init_u64(&shared->next_chunk, 0);
    scan_state(node)->shared = shared;
}

/*
 * seqintReInitializeDSMForeignScan
 *		Before a rescan of the Gather: every chunk is unclaimed again.
 */
void
seqintReInitializeDSMForeignScan(ForeignScanState *, ParallelContext *, void *coordinate)
{
    pg_atomic_write_u64(&static_cast<SeqintSharedScan *>(coordinate)->next_chunk, 0);
}

/*
 * seqintInitializeWorkerForeignScan
 *		A worker finds the counter the leader set up.
 */
void
seqintInitializeWorkerForeignScan(ForeignScanState *node, shm_toc *, void *coordinate)
{
    scan_state(node)->shared = static_cast<SeqintSharedScan *>(coordinate);
}
