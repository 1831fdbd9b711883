// statistics.cpp — planner statistics for seqint columns that were never analyzed.
//
// Without a pg_statistic row PostgreSQL assumes 200 distinct values in a column. For a join
// against a seqint table that is badly wrong: 100 outer rows joined on `val = x` to a table of
// 10^12 values are estimated at 100 · 10^12 / 200 = 5·10^11 rows, which makes the plans
// above them look enormous (and JIT-compiles them for 100 ms) although the nested loop probes
// 100 values. Autovacuum never analyzes foreign tables, so users rarely have real rows.
//
// A seqint table's values are never NULL, and their number of distinct values is known in
// closed form: all of them for integer columns, fewer where a real, double precision or
// numeric column with a negative scale rounds neighbours together (column.cpp). Until ANALYZE
// writes the real statistics, this hook tells the planner exactly that, through a pg_statistic
// tuple built in memory: no NULLs, stadistinct as a fraction of the row count (−1 when all are
// distinct; GetForeignRelSize sets the row count), and no histogram or MCV slots. Join
// selectivity, GROUP BY and DISTINCT estimates follow from it. Once ANALYZE has run, its rows
// win.
#include "pg/statistics.hpp"

#include "pg/callbacks.hpp"
#include "pg/column.hpp"
#include "pg/is_seqint.hpp"
#include "pg/options.hpp"
#include "pg/plan_state.hpp"

extern "C" {
#include "catalog/pg_statistic.h"
#include "utils/selfuncs.h"
#include "utils/syscache.h"
}

namespace {

get_relation_stats_hook_type previous_stats_hook = nullptr;

void
free_statistics(HeapTuple tuple)
{
    heap_freetuple(tuple);
}

// The share of the table's values that are distinct as the column stores them, as
// pg_statistic.stadistinct says it: −distinct/count, so −1 when all are.
float4
distinct_share(const SeqintColumn &column, const seqint::Spec &spec)
{
    const uint64 count = seqint::count(spec);
    if (count == 0)
        return -1;
    const uint64 distinct = seqint_distinct_stored_values(column, spec);
    return static_cast<float4>(-(static_cast<double>(distinct) / static_cast<double>(count)));
}

// The column and sequence of a seqint table: from the planner's state when GetForeignRelSize
// has read them for this relation (the usual case), from the catalogs otherwise.
float4
table_distinct_share(RelOptInfo *rel, Oid relid)
{
    if (rel != nullptr && rel->fdw_private != nullptr && rel->fdwroutine != nullptr &&
        rel->fdwroutine->GetForeignRelSize == seqintGetForeignRelSize &&
        (rel->reloptkind == RELOPT_BASEREL || rel->reloptkind == RELOPT_OTHER_MEMBER_REL)) {
        const auto *state = static_cast<const SeqintPlanState *>(rel->fdw_private);
        return distinct_share(state->column, state->spec);
    }
    Relation table = table_open(relid, AccessShareLock);
    SeqintColumn column = seqint_find_column(table);
    const seqint::Spec spec = seqint_table_spec(table, column);
    table_close(table, AccessShareLock);
    return distinct_share(column, spec);
}

// The pg_statistic row of a column that is never NULL, with `stadistinct`.
HeapTuple
column_statistics(Oid relid, AttrNumber attnum, float4 stadistinct)
{
    Datum values[Natts_pg_statistic] = {};
    bool nulls[Natts_pg_statistic] = {};
    values[Anum_pg_statistic_starelid - 1] = ObjectIdGetDatum(relid);
    values[Anum_pg_statistic_staattnum - 1] = Int16GetDatum(attnum);
    values[Anum_pg_statistic_stainherit - 1] = BoolGetDatum(false);
    values[Anum_pg_statistic_stanullfrac - 1] = Float4GetDatum(0);
    values[Anum_pg_statistic_stawidth - 1] =
        Int32GetDatum(get_typavgwidth(get_atttype(relid, attnum), -1));
    values[Anum_pg_statistic_stadistinct - 1] = Float4GetDatum(stadistinct);
    // The slots stay empty: kinds, operators and collations 0, numbers and values NULL.
    for (int slot = 0; slot < STATISTIC_NUM_SLOTS; ++slot) {
        nulls[Anum_pg_statistic_stanumbers1 - 1 + slot] = true;
        nulls[Anum_pg_statistic_stavalues1 - 1 + slot] = true;
    }
    Relation statistics = table_open(StatisticRelationId, AccessShareLock);
    HeapTuple tuple = heap_form_tuple(RelationGetDescr(statistics), values, nulls);
    table_close(statistics, AccessShareLock);
    return tuple;
}

bool
seqint_relation_stats(PlannerInfo *root, RangeTblEntry *rte, AttrNumber attnum,
                      VariableStatData *vardata)
{
    if (previous_stats_hook != nullptr && previous_stats_hook(root, rte, attnum, vardata))
        return true;
    // Cheap tests first: the hook runs for every column of every relation the planner
    // estimates. An inheritance parent's statistics cover its children too: not ours.
    if (rte->rtekind != RTE_RELATION || rte->relkind != RELKIND_FOREIGN_TABLE || rte->inh ||
        attnum <= 0)
        return false;
    if (SearchSysCacheExists3(STATRELATTINH, ObjectIdGetDatum(rte->relid), Int16GetDatum(attnum),
                              BoolGetDatum(false)) ||
        !seqint_is_seqint_table(rte->relid))
        return false;
    vardata->statsTuple =
        column_statistics(rte->relid, attnum, table_distinct_share(vardata->rel, rte->relid));
    vardata->freefunc = free_statistics;
    // The tuple holds no values, so it reveals nothing a user may not see: selectivity
    // functions may use it as they use statistics of a table the user can read.
    vardata->acl_ok = true;
    return true;
}

}  // namespace

void
seqint_install_statistics_hook()
{
    previous_stats_hook = get_relation_stats_hook;
    get_relation_stats_hook = seqint_relation_stats;
}
