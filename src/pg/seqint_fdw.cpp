// seqint_fdw.cpp — the module: magic block, _PG_init, and the handler that wires the
// FdwRoutine.
#include "pg/callbacks.hpp"
#include "pg/statistics.hpp"
#include "pg/unique_column.hpp"

extern "C" {
SEQINT_MODULE_MAGIC;  // PG_MODULE_MAGIC, with name and version from 18 (compat.hpp)
PG_FUNCTION_INFO_V1(seqint_fdw_handler);
PGDLLEXPORT void _PG_init(void);
}

/*
 * _PG_init
 *		Runs once, when a backend loads the library: at the latest while the planner looks
 *		at the first seqint table of a query, before it estimates anything about it.
 */
extern "C" void
_PG_init(void)
{
    seqint_install_statistics_hook();
    seqint_install_unique_column_hook();
}

namespace {

/*
 * seqintIsForeignRelUpdatable
 *		A sequence cannot be written: no INSERT, UPDATE or DELETE, as pg_relation_is_updatable
 *		and information_schema report. PostgreSQL rejects the statements themselves because
 *		the write callbacks are absent.
 */
int
seqintIsForeignRelUpdatable(Relation)
{
    return 0;
}

}  // namespace

extern "C" Datum
seqint_fdw_handler(FunctionCallInfo)  // takes no arguments
{
    FdwRoutine *routine = makeNode(FdwRoutine);

    routine->GetForeignRelSize = seqintGetForeignRelSize;
    routine->GetForeignPaths = seqintGetForeignPaths;
    routine->GetForeignPlan = seqintGetForeignPlan;
    routine->GetForeignUpperPaths = seqintGetForeignUpperPaths;

    routine->BeginForeignScan = seqintBeginForeignScan;
    routine->IterateForeignScan = seqintIterateForeignScan;
    routine->ReScanForeignScan = seqintReScanForeignScan;
    routine->RecheckForeignScan = seqintRecheckForeignScan;
    routine->EndForeignScan = seqintEndForeignScan;

    routine->IsForeignScanParallelSafe = seqintIsForeignScanParallelSafe;
    routine->EstimateDSMForeignScan = seqintEstimateDSMForeignScan;
    routine->InitializeDSMForeignScan = seqintInitializeDSMForeignScan;
    routine->ReInitializeDSMForeignScan = seqintReInitializeDSMForeignScan;
    routine->InitializeWorkerForeignScan = seqintInitializeWorkerForeignScan;

    routine->ExplainForeignScan = seqintExplainForeignScan;
    routine->AnalyzeForeignTable = seqintAnalyzeForeignTable;
    routine->IsForeignRelUpdatable = seqintIsForeignRelUpdatable;

    PG_RETURN_POINTER(routine);
}
