// planner.cpp — the planner callbacks: size, paths and plan of a seqint foreign scan.
//
// The options are read and checked once, in GetForeignRelSize; the result travels in
// baserel->fdw_private (a SeqintPlanState) to the later callbacks, and from GetForeignPlan
// on in ForeignScan.fdw_private (fdw_private.hpp), which is all the executor sees.
#include <type_traits>

#include "seqint/spec.hpp"

#include "pg/boundary.hpp"
#include "pg/callbacks.hpp"
#include "pg/column.hpp"
#include "pg/fdw_private.hpp"
#include "pg/options.hpp"

namespace {

// What the planner callbacks of one relation share; palloc'd, freed with the planner's memory.
struct SeqintPlanState {
    seqint::Spec spec;
};
static_assert(std::is_trivially_destructible_v<SeqintPlanState>);

}  // namespace

/*
 * seqintGetForeignRelSize
 *		Reads the sequence and checks the column, then sets the row estimate.
 *
 * Every error about the table itself (options that never reach end, a column that is not
 * one number, values that overflow it) is raised here, at plan time, for any query.
 */
void
seqintGetForeignRelSize(PlannerInfo *root, RelOptInfo *baserel, Oid foreigntableid)
{
    seqint_boundary("GetForeignRelSize", [&] {
        auto *state = static_cast<SeqintPlanState *>(palloc0(sizeof(SeqintPlanState)));
        Relation rel = table_open(foreigntableid, NoLock);  // the planner holds a lock
        const SeqintColumn column = seqint_find_column(rel);
        state->spec = seqint_table_spec(rel);
        seqint_check_values_fit(rel, column, state->spec);
        table_close(rel, NoLock);
        baserel->fdw_private = state;

        // The table's size is exact; the WHERE clause is estimated the usual way.
        baserel->tuples = static_cast<double>(seqint::count(state->spec));
        set_baserel_size_estimates(root, baserel);
    });
}

/*
 * seqintGetForeignPaths
 *		Offers the one way to scan: generate every value in order.
 *
 * Generating a value costs no I/O, so a row costs one cpu_tuple_cost plus the local
 * quals, as a function scan's rows do.
 */
void
seqintGetForeignPaths(PlannerInfo *root, RelOptInfo *baserel, Oid)
{
    seqint_boundary("GetForeignPaths", [&] {
        const QualCost &quals = baserel->baserestrictcost;
        const PathTarget *target = baserel->reltarget;
        const Cost startup = quals.startup + target->cost.startup;
        const Cost run = (cpu_tuple_cost + quals.per_tuple) * baserel->tuples +
                         target->cost.per_tuple * baserel->rows;
        add_path(baserel,
                 reinterpret_cast<Path *>(seqint_create_foreignscan_path(
                     root, baserel, nullptr, baserel->rows, startup, startup + run, NIL,
                     nullptr, NIL)));
    });
}

/*
 * seqintGetForeignPlan
 *		Builds the ForeignScan: every qual stays local, the sequence goes in fdw_private.
 */
ForeignScan *
seqintGetForeignPlan(PlannerInfo *, RelOptInfo *baserel, Oid, ForeignPath *, List *tlist,
                     List *scan_clauses, Plan *outer_plan)
{
    return seqint_boundary("GetForeignPlan", [&] {
        const auto *state = static_cast<const SeqintPlanState *>(baserel->fdw_private);
        List *quals = extract_actual_clauses(scan_clauses, false);
        return make_foreignscan(tlist, quals, baserel->relid, NIL,
                                seqint_private_from_spec(state->spec), NIL, NIL, outer_plan);
    });
}
