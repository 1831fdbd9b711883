/*
 * floor_fdw.c — the benchmark's floor: the least a foreign data wrapper can do per row.
 *
 * Its tables have one bigint column and hold 0, 1, …, end − 1 (OPTIONS (end 'n')). Each row is
 * the virtual tuple seqint_fdw emits, built the same way (clear the slot, set the one value,
 * store it virtual), and nothing else: no option checks, no pushdown (every qual stays a
 * filter), no parallel scan, no estimates beyond the row count. bench/run.sh times the full
 * scan with an opaque filter over it, so that results.txt says how close seqint's per-row path
 * is to this floor. Plain C, built with PGXS by bench/run.sh into its temporary folder.
 */
#include "postgres.h"

#include <stdlib.h>

#include "commands/defrem.h"
#include "executor/tuptable.h"
#include "foreign/fdwapi.h"
#include "foreign/foreign.h"
#include "optimizer/optimizer.h"
#include "optimizer/pathnode.h"
#include "optimizer/planmain.h"
#include "optimizer/restrictinfo.h"
#include "utils/rel.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(bench_floor_handler);

typedef struct FloorState {
    int64 next; /* the next value */
    int64 end;  /* one past the last */
} FloorState;

/* The table's `end` option; 64 without one. */
static int64 table_end(Oid relid) {
    ListCell *lc;

    foreach (lc, GetForeignTable(relid)->options) {
        DefElem *def = (DefElem *)lfirst(lc);

        if (strcmp(def->defname, "end") == 0)
            return strtoll(defGetString(def), NULL, 10);
    }
    return 64;
}

/* floorGetForeignRelSize	Every value, less what the quals are estimated to remove. */
static void floorGetForeignRelSize(PlannerInfo *root, RelOptInfo *baserel, Oid relid) {
    baserel->tuples = (double)table_end(relid);
    baserel->rows =
        clamp_row_est(baserel->tuples *
                      clauselist_selectivity(root, baserel->baserestrictinfo, 0, JOIN_INNER, NULL));
}

/* floorGetForeignPaths	One unordered path, costed as a function scan's rows are. */
static void floorGetForeignPaths(PlannerInfo *root, RelOptInfo *baserel, Oid relid) {
    Cost total = baserel->tuples * cpu_tuple_cost;

#if PG_VERSION_NUM >= 180000
    add_path(baserel, (Path *)create_foreignscan_path(root, baserel, NULL, baserel->rows, 0, 0,
                                                      total, NIL, NULL, NULL, NIL, NIL));
#elif PG_VERSION_NUM >= 170000
    add_path(baserel, (Path *)create_foreignscan_path(root, baserel, NULL, baserel->rows, 0, total,
                                                      NIL, NULL, NULL, NIL, NIL));
#else
    add_path(baserel, (Path *)create_foreignscan_path(root, baserel, NULL, baserel->rows, 0, total,
                                                      NIL, NULL, NULL, NIL));
#endif
}

/* floorGetForeignPlan	Every qual a local filter. */
static ForeignScan *floorGetForeignPlan(PlannerInfo *root, RelOptInfo *baserel, Oid relid,
                                        ForeignPath *best_path, List *tlist, List *scan_clauses,
                                        Plan *outer_plan) {
    return make_foreignscan(tlist, extract_actual_clauses(scan_clauses, false), baserel->relid, NIL,
                            NIL, NIL, NIL, outer_plan);
}

/* floorBeginForeignScan	The end, read once; the slot's other columns (none) stay NULL. */
static void floorBeginForeignScan(ForeignScanState *node, int eflags) {
    FloorState *state = (FloorState *)palloc0(sizeof(FloorState));

    state->end = table_end(RelationGetRelid(node->ss.ss_currentRelation));
    node->fdw_state = state;
}

/* floorIterateForeignScan	The next value as a virtual tuple, or an empty slot. */
static TupleTableSlot *floorIterateForeignScan(ForeignScanState *node) {
    FloorState *state = (FloorState *)node->fdw_state;
    TupleTableSlot *slot = node->ss.ss_ScanTupleSlot;

    ExecClearTuple(slot);
    if (state->next >= state->end)
        return slot;
    slot->tts_values[0] = Int64GetDatum(state->next++);
    slot->tts_isnull[0] = false;
    return ExecStoreVirtualTuple(slot);
}

/* floorReScanForeignScan	From 0 again. */
static void floorReScanForeignScan(ForeignScanState *node) {
    ((FloorState *)node->fdw_state)->next = 0;
}

/* floorEndForeignScan	Nothing to release: the query's memory goes with it. */
static void floorEndForeignScan(ForeignScanState *node) {}

Datum bench_floor_handler(PG_FUNCTION_ARGS) {
    FdwRoutine *routine = makeNode(FdwRoutine);

    routine->GetForeignRelSize = floorGetForeignRelSize;
    routine->GetForeignPaths = floorGetForeignPaths;
    routine->GetForeignPlan = floorGetForeignPlan;
    routine->BeginForeignScan = floorBeginForeignScan;
    routine->IterateForeignScan = floorIterateForeignScan;
    routine->ReScanForeignScan = floorReScanForeignScan;
    routine->EndForeignScan = floorEndForeignScan;
    PG_RETURN_POINTER(routine);
}
