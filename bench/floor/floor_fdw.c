/*
 * floor_fdw.c — the benchmark's floor: the least a foreign data wrapper can do per row.
 *
 * Its tables have one bigint column and hold 0, 1, …, end − 1 (OPTIONS (end 'n')). Each row is
 * the virtual tuple seqint_fdw emits, built the same way (clear the slot, set the one value,
 * store it virtual), and nothing else: no option checks, no pushdown (every qual stays a
 * filter), no parallel scan, no estimates beyond the row count. bench/run.sh times the full
 * scan with an opaque filter over it, so that results.txt says how close seqint's per-row path
 * is to this floor. Plain C, built with PGXS by bench/run.sh into its temporary folder.
 *
 * It has one thing more, for the join probe: the least a parameterized scan can do. A join
 * clause `val = <bigint from the outer side>` gets a parameterized path whose rescan evaluates
 * the outer value and emits it (when 0 <= it < end) as its one row, and the column is declared
 * unique as seqint_fdw declares it (src/pg/unique_column.cpp), so that the nested loop asks
 * once per probe. So seqint's probe is compared with the same executor work and no more.
 */
#include "postgres.h"

#include <stdlib.h>

#include "catalog/pg_am.h"
#include "catalog/pg_type.h"
#include "commands/defrem.h"
#include "executor/executor.h"
#include "executor/tuptable.h"
#include "foreign/fdwapi.h"
#include "foreign/foreign.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "optimizer/optimizer.h"
#include "optimizer/pathnode.h"
#include "optimizer/paths.h"
#include "optimizer/planmain.h"
#include "optimizer/restrictinfo.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/typcache.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(bench_floor_handler);

typedef struct FloorState {
    int64 next;         /* the next value */
    int64 end;          /* one past the last */
    int64 table_end;    /* the table's end */
    ExprState *probe;   /* the outer value of a parameterized scan, or NULL */
    bool probe_pending; /* the probe is evaluated at the first row after a rescan */
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

/* The column is unique: a hypothetical unique btree index on it (never opened). */
static void declare_unique(RelOptInfo *baserel) {
    IndexOptInfo *index = makeNode(IndexOptInfo);
    TypeCacheEntry *entry = lookup_type_cache(INT8OID, TYPECACHE_BTREE_OPFAMILY);

    index->rel = baserel;
    index->relam = BTREE_AM_OID;
    index->tree_height = -1;
    index->ncolumns = index->nkeycolumns = 1;
    index->indexkeys = palloc0(sizeof(int));
    index->indexkeys[0] = 1;
    index->indexcollations = palloc0(sizeof(Oid));
    index->opfamily = palloc0(sizeof(Oid));
    index->opfamily[0] = entry->btree_opf;
    index->opcintype = palloc0(sizeof(Oid));
    index->opcintype[0] = INT8OID;
    index->sortopfamily = index->opfamily;
    index->reverse_sort = palloc0(sizeof(bool));
    index->nulls_first = palloc0(sizeof(bool));
    index->canreturn = palloc0(sizeof(bool));
    index->unique = index->immediate = index->hypothetical = true;
    baserel->indexlist = lappend(baserel->indexlist, index);
}

/* The outer side of a join clause `val = <bigint of other relations>`, or NULL; *outer: its
 * relations. */
static Expr *probe_operand(RelOptInfo *baserel, RestrictInfo *rinfo, Relids *outer) {
    OpExpr *op = (OpExpr *)rinfo->clause;
    Node *mine, *other;

    if (!IsA(op, OpExpr) || list_length(op->args) != 2 || rinfo->mergeopfamilies == NIL)
        return NULL;
    if (bms_equal(rinfo->left_relids, bms_make_singleton(baserel->relid)) &&
        !bms_is_member(baserel->relid, rinfo->right_relids)) {
        mine = linitial(op->args), other = lsecond(op->args), *outer = rinfo->right_relids;
    } else if (bms_equal(rinfo->right_relids, bms_make_singleton(baserel->relid)) &&
               !bms_is_member(baserel->relid, rinfo->left_relids)) {
        mine = lsecond(op->args), other = linitial(op->args), *outer = rinfo->left_relids;
    } else
        return NULL;
    if (!IsA(mine, Var) || ((Var *)mine)->varattno != 1 || exprType(other) != INT8OID)
        return NULL;
    return (Expr *)other;
}

/* An equivalence class member that is the column (val = p.v lives in one). */
static bool member_is_column(PlannerInfo *root, RelOptInfo *baserel, EquivalenceClass *ec,
                             EquivalenceMember *em, void *arg) {
    return IsA(em->em_expr, Var) && ((Var *)em->em_expr)->varno == baserel->relid &&
           ((Var *)em->em_expr)->varattno == 1;
}

/* floorGetForeignRelSize	Every value, less what the quals are estimated to remove. */
static void floorGetForeignRelSize(PlannerInfo *root, RelOptInfo *baserel, Oid relid) {
    baserel->tuples = (double)table_end(relid);
    baserel->rows =
        clamp_row_est(baserel->tuples *
                      clauselist_selectivity(root, baserel->baserestrictinfo, 0, JOIN_INNER, NULL));
    declare_unique(baserel);
}

/* A path of `rows` rows costing `total`, parameterized by `outer` (or not). */
static void add_floor_path(PlannerInfo *root, RelOptInfo *baserel, double rows, Cost total,
                           Relids outer) {
#if PG_VERSION_NUM >= 180000
    add_path(baserel, (Path *)create_foreignscan_path(root, baserel, NULL, rows, 0, 0, total, NIL,
                                                      outer, NULL, NIL, NIL));
#elif PG_VERSION_NUM >= 170000
    add_path(baserel, (Path *)create_foreignscan_path(root, baserel, NULL, rows, 0, total, NIL,
                                                      outer, NULL, NIL, NIL));
#else
    add_path(baserel, (Path *)create_foreignscan_path(root, baserel, NULL, rows, 0, total, NIL,
                                                      outer, NULL, NIL));
#endif
}

/* floorGetForeignPaths	One unordered path, costed as a function scan's rows are, and one
 * of a single row per probe for each join clause `val = <outer bigint>`, equivalence classes
 * included. */
static void floorGetForeignPaths(PlannerInfo *root, RelOptInfo *baserel, Oid relid) {
    List *clauses =
        list_concat(list_copy(baserel->joininfo),
                    generate_implied_equalities_for_column(root, baserel, member_is_column, NULL,
                                                           baserel->lateral_referencers));
    ListCell *lc;

    add_floor_path(root, baserel, baserel->rows, baserel->tuples * cpu_tuple_cost, NULL);
    foreach (lc, clauses) {
        RestrictInfo *rinfo = lfirst_node(RestrictInfo, lc);
        Relids outer;

        if (probe_operand(baserel, rinfo, &outer) != NULL && !bms_is_empty(outer))
            add_floor_path(root, baserel, 1, cpu_tuple_cost,
                           bms_union(outer, baserel->lateral_relids));
    }
}

/* floorGetForeignPlan	The probe's clause answered by the scan, every other qual a filter. */
static ForeignScan *floorGetForeignPlan(PlannerInfo *root, RelOptInfo *baserel, Oid relid,
                                        ForeignPath *best_path, List *tlist, List *scan_clauses,
                                        Plan *outer_plan) {
    List *quals = NIL, *operands = NIL;
    ListCell *lc;

    foreach (lc, scan_clauses) {
        RestrictInfo *rinfo = lfirst_node(RestrictInfo, lc);
        Relids outer;
        Expr *operand;

        if (best_path->path.param_info != NULL && operands == NIL &&
            (operand = probe_operand(baserel, rinfo, &outer)) != NULL && !bms_is_empty(outer))
            operands = list_make1(operand);
        else
            quals = lappend(quals, rinfo->clause);
    }
    return make_foreignscan(tlist, quals, baserel->relid, operands, NIL, NIL, NIL, outer_plan);
}

/* floorBeginForeignScan	The end, read once; the slot's other columns (none) stay NULL. */
static void floorBeginForeignScan(ForeignScanState *node, int eflags) {
    FloorState *state = (FloorState *)palloc0(sizeof(FloorState));

    state->end = state->table_end = table_end(RelationGetRelid(node->ss.ss_currentRelation));
    if (((ForeignScan *)node->ss.ps.plan)->fdw_exprs != NIL) {
        state->probe =
            ExecInitExpr(linitial(((ForeignScan *)node->ss.ps.plan)->fdw_exprs), &node->ss.ps);
        state->probe_pending = true;
    }
    node->fdw_state = state;
}

/* floorIterateForeignScan	The next value as a virtual tuple, or an empty slot. */
static TupleTableSlot *floorIterateForeignScan(ForeignScanState *node) {
    FloorState *state = (FloorState *)node->fdw_state;
    TupleTableSlot *slot = node->ss.ss_ScanTupleSlot;

    ExecClearTuple(slot);
    if (state->probe_pending) {
        bool isnull;
        Datum value = ExecEvalExpr(state->probe, node->ss.ps.ps_ExprContext, &isnull);

        state->next = isnull ? 0 : DatumGetInt64(value);
        state->end = !isnull && state->next >= 0 && state->next < state->table_end ? state->next + 1
                                                                                   : state->next;
        state->probe_pending = false;
    }
    if (state->next >= state->end)
        return slot;
    slot->tts_values[0] = Int64GetDatum(state->next++);
    slot->tts_isnull[0] = false;
    return ExecStoreVirtualTuple(slot);
}

/* floorReScanForeignScan	From 0 again, or from the new probe. */
static void floorReScanForeignScan(ForeignScanState *node) {
    FloorState *state = (FloorState *)node->fdw_state;

    state->next = 0;
    state->probe_pending = state->probe != NULL;
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
