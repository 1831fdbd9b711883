// callbacks.hpp — the FdwRoutine callbacks, grouped by the file that implements them.
#pragma once

#include "pg/pg_headers.hpp"

/* planner.cpp: from a foreign table to a ForeignScan plan */
void seqintGetForeignRelSize(PlannerInfo *root, RelOptInfo *baserel, Oid foreigntableid);
void seqintGetForeignPaths(PlannerInfo *root, RelOptInfo *baserel, Oid foreigntableid);
ForeignScan *seqintGetForeignPlan(PlannerInfo *root, RelOptInfo *baserel, Oid foreigntableid,
                                  ForeignPath *best_path, List *tlist, List *scan_clauses,
                                  Plan *outer_plan);

/* upper.cpp: LIMIT/OFFSET and aggregates computed by the scan */
void seqintGetForeignUpperPaths(PlannerInfo *root, UpperRelationKind stage, RelOptInfo *input_rel,
                                RelOptInfo *output_rel, void *extra);

/* executor.cpp: running the scan */
void seqintBeginForeignScan(ForeignScanState *node, int eflags);
TupleTableSlot *seqintIterateForeignScan(ForeignScanState *node);
bool seqintRecheckForeignScan(ForeignScanState *node, TupleTableSlot *slot);
void seqintReScanForeignScan(ForeignScanState *node);
void seqintEndForeignScan(ForeignScanState *node);

/* parallel.cpp: the leader and the workers share the walk */
bool seqintIsForeignScanParallelSafe(PlannerInfo *root, RelOptInfo *rel, RangeTblEntry *rte);
Size seqintEstimateDSMForeignScan(ForeignScanState *node, ParallelContext *pcxt);
void seqintInitializeDSMForeignScan(ForeignScanState *node, ParallelContext *pcxt,
                                    void *coordinate);
void seqintReInitializeDSMForeignScan(ForeignScanState *node, ParallelContext *pcxt,
                                      void *coordinate);
void seqintInitializeWorkerForeignScan(ForeignScanState *node, shm_toc *toc, void *coordinate);

/* analyze.cpp: statistics for ANALYZE */
bool seqintAnalyzeForeignTable(Relation relation, AcquireSampleRowsFunc *func,
                               BlockNumber *totalpages);

/* explain.cpp: what EXPLAIN shows */
void seqintExplainForeignScan(ForeignScanState *node, ExplainState *es);
