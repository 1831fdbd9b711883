// planner.cpp — the planner callbacks: size, paths and plan of a seqint foreign scan.
//
// The options are read and checked once, in GetForeignRelSize; the result travels in
// baserel->fdw_private (a SeqintPlanState) to the later callbacks, and from GetForeignPlan
// on in ForeignScan.fdw_private (fdw_private.hpp), which is all the executor sees.
#include <type_traits>

#include "seqint/spec.hpp"

#include "pg/callbacks.hpp"
#include "pg/clauses.hpp"
#include "pg/column.hpp"
#include "pg/fdw_private.hpp"
#include "pg/heap_pages.hpp"
#include "pg/options.hpp"
#include "pg/pathkeys.hpp"
#include "pg/plan_state.hpp"
#include "pg/pushdown.hpp"
#include "pg/scan_plan.hpp"
#include "pg/unique_column.hpp"
#include "pg/upper.hpp"

extern "C" {
#include "utils/syscache.h"
}

static_assert(std::is_trivially_destructible_v<SeqintPlanState>);

namespace {

// Makes the plan depend on the column's domain and every domain under it: whether a domain
// has constraints decides what may be pushed into the scan (nothing may skip values that
// must be checked), and ALTER DOMAIN … ADD/DROP CONSTRAINT changes only the domain's own
// pg_type row. The table's own changes (column type, options) invalidate through the
// relcache, the server's and the wrapper's through the plan cache's own callbacks.
void
record_domain_dependencies(PlannerInfo *root, Oid type)
{
    while (get_typtype(type) == TYPTYPE_DOMAIN) {
        record_plan_type_dependency(root, type);
        HeapTuple tuple = SearchSysCache1(TYPEOID, ObjectIdGetDatum(type));
        if (!HeapTupleIsValid(tuple))
            elog(ERROR, "cache lookup failed for type %u", type);
        type = reinterpret_cast<Form_pg_type>(GETSTRUCT(tuple))->typbasetype;
        ReleaseSysCache(tuple);
    }
}

// The cost of walking `candidates` values and filtering them with the local quals.
void
cost_walk(RelOptInfo *baserel, double candidates, double rows, Cost &startup, Cost &total)
{
    const QualCost &quals = baserel->baserestrictcost;
    const PathTarget *target = baserel->reltarget;
    startup = quals.startup + target->cost.startup;
    const Cost run =
        (cpu_tuple_cost + quals.per_tuple) * candidates + target->cost.per_tuple * rows;
    total = startup + run;
}

// The share of a parallel scan's rows one process produces, as PostgreSQL's costing counts
// it: the leader helps less the more workers there are (get_parallel_divisor, which is
// static in costsize.c).
double
parallel_divisor(int workers)
{
    double divisor = workers;
    if (parallel_leader_participation) {
        const double leader_share = 1.0 - 0.3 * workers;
        if (leader_share > 0)
            divisor += leader_share;
    }
    return divisor;
}

// Partial paths, in the natural order and in each useful ordering: the leader and the
// workers share the walk out in chunks (parallel.cpp). The worker count grows with the
// values walked the way a heap table's grows with its pages (heap_pages.hpp), so
// min_parallel_table_scan_size means the same for both.
void
add_partial_paths(PlannerInfo *root, RelOptInfo *baserel, List *orderings)
{
    const SeqintPlanState *state = seqint_own_plan_state(baserel);
    const double pages = seqint_heap_pages(state->candidates);
    const int workers =
        compute_parallel_worker(baserel, pages, -1, max_parallel_workers_per_gather);
    if (workers <= 0)
        return;
    const double divisor = parallel_divisor(workers);
    Cost startup, total;
    cost_walk(baserel, state->candidates / divisor, baserel->rows / divisor, startup, total);

    auto add = [&](List *pathkeys, seqint::Direction direction) {
        ForeignPath *path = seqint_create_foreignscan_path(
            root, baserel, nullptr, clamp_row_est(baserel->rows / divisor), startup, total,
            pathkeys, nullptr, seqint_path_private(direction));
        path->path.parallel_aware = true;
        path->path.parallel_safe = true;
        path->path.parallel_workers = workers;
        add_partial_path(baserel, reinterpret_cast<Path *>(path));
    };
    add(NIL, seqint::Direction::forward);
    ListCell *lc;
    foreach (lc, orderings) {
        const auto *ordering = static_cast<SeqintOrdering *>(lfirst(lc));
        add(ordering->pathkeys, seqint_direction_for(state->spec, ordering->ascending));
    }
}

void
add_scan_path(PlannerInfo *root, RelOptInfo *baserel, List *pathkeys, seqint::Direction direction)
{
    const SeqintPlanState *state = seqint_own_plan_state(baserel);
    Cost startup, total;
    cost_walk(baserel, state->candidates, baserel->rows, startup, total);
    add_path(baserel, reinterpret_cast<Path *>(seqint_create_foreignscan_path(
                          root, baserel, nullptr, baserel->rows, startup, total, pathkeys, nullptr,
                          seqint_path_private(direction))));
}

bool
member_is_column(PlannerInfo *root, RelOptInfo *baserel, EquivalenceClass *,
                 EquivalenceMember *member, void *)
{
    // val = x.a, or val::numeric = x.n: the clause matcher sees through widening casts;
    // val % 7 = x.r: a remainder filter whose remainder comes from the outer row.
    const SeqintColumn &column = seqint_own_plan_state(baserel)->column;
    return seqint_is_column_through_casts(member->em_expr, baserel->relid, column) ||
           seqint_is_column_remainder(root, member->em_expr, baserel->relid, column);
}

// The sets of outer relations whose columns bound ours through a join clause: each gives
// a parameterized path, on which a nested loop probes the sequence instead of scanning it.
List *
bounding_outer_rels(PlannerInfo *root, RelOptInfo *baserel)
{
    List *clauses = list_copy(baserel->joininfo);
    if (baserel->has_eclass_joins)  // val = x.a, implied by equivalence classes
        clauses = list_concat(
            clauses, generate_implied_equalities_for_column(root, baserel, member_is_column,
                                                            nullptr, baserel->lateral_referencers));
    List *outers = NIL;
    ListCell *lc;
    foreach (lc, clauses) {
        auto *rinfo = lfirst_node(RestrictInfo, lc);
        if (!join_clause_is_movable_to(rinfo, baserel) ||
            seqint_pushed_clause(root, baserel, rinfo)->branches == NIL)
            continue;
        Relids outer = bms_union(rinfo->clause_relids, baserel->lateral_relids);
        outer = bms_del_members(outer, baserel->relids);
        if (bms_is_empty(outer))
            continue;
        bool seen = false;  // Relids are not nodes before 16: compare with bms_equal
        ListCell *oc;
        foreach (oc, outers)
            seen |= bms_equal(static_cast<Relids>(lfirst(oc)), outer);
        if (!seen)
            outers = lappend(outers, outer);
    }
    return outers;
}

// Whether the clauses include an exact equality, which leaves at most one value per probe.
bool
has_exact_equality(PlannerInfo *root, RelOptInfo *baserel, List *rinfos)
{
    ListCell *lc;
    foreach (lc, rinfos) {
        const SeqintPushedClause *pushed =
            seqint_pushed_clause(root, baserel, lfirst_node(RestrictInfo, lc));
        if (!pushed->exact || list_length(pushed->branches) != 1)
            continue;
        List *branch = static_cast<List *>(linitial(pushed->branches));
        const SeqintBound &bound = static_cast<SeqintPushedBound *>(linitial(branch))->bound;
        if (list_length(branch) == 1 && bound.kind == SeqintBoundKind::comparison &&
            bound.comparison == seqint::Comparison::equal)
            return true;
    }
    return false;
}

void
add_parameterized_path(PlannerInfo *root, RelOptInfo *baserel, Relids required_outer)
{
    ParamPathInfo *ppi = get_baserel_parampathinfo(root, baserel, required_outer);
    // The generic estimate of `val = $outer` knows nothing of a sequence's distinct values;
    // an exact equality bound leaves one value at most.
    double rows = ppi->ppi_rows;
    if (has_exact_equality(root, baserel, ppi->ppi_clauses))
        rows = Min(rows, 1.0);
    Cost startup, total;
    cost_walk(baserel, rows, rows, startup, total);
    add_path(baserel, reinterpret_cast<Path *>(seqint_create_foreignscan_path(
                          root, baserel, nullptr, rows, startup, total, NIL, required_outer,
                          seqint_path_private(seqint::Direction::forward))));
}

}  // namespace

/*
 * seqintGetForeignRelSize
 *		Reads the sequence and checks the column, then estimates the rows.
 *
 * Every error about the table itself (options that never reach end, a column that is not
 * one number, values that overflow it) is raised here, at plan time, for any query. The
 * estimate is exact for constant bounds: they say which positions the scan walks.
 */
void
seqintGetForeignRelSize(PlannerInfo *root, RelOptInfo *baserel, Oid foreigntableid)
{
    auto *state = static_cast<SeqintPlanState *>(palloc0(sizeof(SeqintPlanState)));
    Relation rel = table_open(foreigntableid, NoLock);  // the planner holds a lock
    state->column = seqint_find_column(rel);
    record_domain_dependencies(root, state->column.type);
    state->options = seqint_table_option_texts(rel);
    state->spec = seqint_spec_of(state->options, state->column);
    seqint_check_values_fit(rel, state->column, state->spec);
    table_close(rel, NoLock);
    baserel->fdw_private = state;
    seqint_classify_restrictions(root, baserel);

    // Clauses fully answered by constant bounds are counted exactly; the selectivity of
    // the rest is estimated the usual way. The walk, and so the cost, narrows by every
    // constant bound, exact or not.
    List *exact = NIL;
    List *estimated = NIL;
    bool known_bounds_exact = true;  // then the walk is what the exact clauses leave
    ListCell *lc;
    foreach (lc, state->restrictions) {
        auto *pushed = static_cast<SeqintPushedClause *>(lfirst(lc));
        if (pushed->exact && pushed->known)
            exact = lappend(exact, pushed);
        else
            estimated = lappend(estimated, pushed->rinfo);
        known_bounds_exact &= pushed->exact || !pushed->known || pushed->branches == NIL;
    }
    state->candidates = seqint_count_candidates(state->spec, state->column, state->restrictions);
    // Counted once when they agree: a second count would take IN lists apart again.
    const double exact_candidates =
        known_bounds_exact ? state->candidates
                           : seqint_count_candidates(state->spec, state->column, exact);

    baserel->tuples = static_cast<double>(seqint::count(state->spec));
    seqint_declare_unique_column(baserel, state->column, state->spec);
    set_baserel_size_estimates(root, baserel);  // the width, and a first row count
    const double selectivity =
        clauselist_selectivity(root, estimated, baserel->relid, JOIN_INNER, nullptr);
    baserel->rows = clamp_row_est(Min(exact_candidates * selectivity, state->candidates));
}

/*
 * seqintGetForeignPaths
 *		Offers the scan in the sequence's own order, in every order a query or merge join
 *		can use (walking backwards costs nothing extra), parameterized by each set of
 *		outer relations whose join clauses bound the column, and split among parallel
 *		workers.
 *
 * Generating a value costs no I/O, so a walked value costs one cpu_tuple_cost plus the local
 * quals, as a function scan's rows do; bounds cut the values walked, not their price.
 */
void
seqintGetForeignPaths(PlannerInfo *root, RelOptInfo *baserel, Oid)
{
    const SeqintPlanState *state = seqint_own_plan_state(baserel);
    add_scan_path(root, baserel, NIL, seqint::Direction::forward);

    ListCell *lc;
    foreach (lc, bounding_outer_rels(root, baserel))
        add_parameterized_path(root, baserel, static_cast<Relids>(lfirst(lc)));

    List *orderings = seqint_useful_orderings(root, baserel, state->column);
    foreach (lc, orderings) {
        const auto *ordering = static_cast<SeqintOrdering *>(lfirst(lc));
        add_scan_path(root, baserel, ordering->pathkeys,
                      seqint_direction_for(state->spec, ordering->ascending));
    }

    if (baserel->consider_parallel && bms_is_empty(baserel->lateral_relids))
        add_partial_paths(root, baserel, orderings);
}

/*
 * seqintGetForeignPlan
 *		Builds the ForeignScan: pushable clauses become bounds (their operands fdw_exprs),
 *		and only clauses that are not answered exactly stay as local quals. Upper
 *		relations (LIMIT, aggregates) are planned in upper.cpp.
 *
 * The clauses answered by the bounds alone go to fdw_recheck_quals: when a concurrent
 * update makes PostgreSQL re-check a joined row (EvalPlanQual), it re-applies only the local
 * quals and these to the row the scan produced, with the outer row's new values in the
 * parameters. Without them a bound taken from a join clause would never be checked again.
 */
ForeignScan *
seqintGetForeignPlan(PlannerInfo *root, RelOptInfo *foreignrel, Oid, ForeignPath *best_path,
                     List *tlist, List *scan_clauses, Plan *outer_plan)
{
    if (IS_UPPER_REL(foreignrel))
        return seqint_plan_upper_scan(root, foreignrel, best_path, tlist, outer_plan);

    SeqintScanPlan plan =
        seqint_scan_plan(foreignrel, SeqintScanKind::rows, seqint_path_direction(best_path));
    List *operands = NIL;
    List *local_quals = NIL;
    List *recheck_quals = NIL;
    seqint_plan_bounds(root, foreignrel, scan_clauses, &plan, &operands, &local_quals,
                       &recheck_quals);
    return make_foreignscan(tlist, local_quals, foreignrel->relid, operands,
                            seqint_private_from_plan(plan), NIL, recheck_quals, outer_plan);
}
