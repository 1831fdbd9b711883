// seqint_fdw.cpp — the module: magic block, the handler that wires the FdwRoutine, and the
// one place a C++ exception becomes a PostgreSQL error.
#include <exception>

#include "pg/boundary.hpp"
#include "pg/callbacks.hpp"
#include "pg/parallel.hpp"
#include "pg/statistics.hpp"

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
    return seqint_boundary("IsForeignRelUpdatable", [] { return 0; });
}

}  // namespace

extern "C" Datum
seqint_fdw_handler(FunctionCallInfo)  // takes no arguments
{
    return seqint_boundary("seqint_fdw_handler", [&] {
        FdwRoutine *routine = makeNode(FdwRoutine);

        routine->GetForeignRelSize = seqintGetForeignRelSize;
        routine->GetForeignPaths = seqintGetForeignPaths;
        routine->GetForeignPlan = seqintGetForeignPlan;
        routine->GetForeignUpperPaths = seqintGetForeignUpperPaths;

        routine->BeginForeignScan = seqintBeginForeignScan;
        routine->IterateForeignScan = seqintIterateForeignScan;
        routine->ReScanForeignScan = seqintReScanForeignScan;
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
    });
}

namespace {

char saved_exception[256];  // the message seqint_boundary() reports; see boundary.hpp

}  // namespace

void
seqint_save_current_exception() noexcept
{
    try {
        throw;
    } catch (const std::exception &e) {
        strlcpy(saved_exception, e.what(), sizeof saved_exception);
    } catch (...) {
        strlcpy(saved_exception, "unknown C++ exception", sizeof saved_exception);
    }
}

void
seqint_report_saved_exception(const char *where)
{
    ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR),
                    errmsg("seqint_fdw: C++ exception in %s: %s", where, saved_exception)));
    pg_unreachable();
}
