// explain.cpp — EXPLAIN shows the sequence, the bounds pushed into it, and the walk.
#include "seqint/spec.hpp"

#include "pg/callbacks.hpp"
#include "pg/column.hpp"
#include "pg/fdw_private.hpp"
#include "pg/scan_state.hpp"
#include "pg/time_spec.hpp"

extern "C" {
#include "rewrite/rewriteManip.h"
#include "utils/ruleutils.h"
}

namespace {

// The pushed clauses, as PostgreSQL prints an index condition: "(val >= 10) AND
// ((val)::numeric < $1)", the column on the left of each comparison (scan_plan.cpp turns
// them), whatever the order the planner wrote a join clause in (it changed in PostgreSQL 18).
// They were kept as the planner saw them, their Vars numbered in the query's own range table
// (as set_plan_references leaves fdw_private), so they are renumbered by the offset the plan's
// relation index got; outer Vars of join clauses print as the outer columns they are.
char *
bounds_text(ForeignScanState *node, const SeqintScanPlan &plan, ExplainState *es)
{
    auto *scan = castNode(ForeignScan, node->ss.ps.plan);
    List *context = set_deparse_context_plan(es->deparse_cxt, &scan->scan.plan, NIL);
    const bool prefix = seqint_explain_qualifies_columns(es);
    // An upper scan reads one relation, the only member of fs_relids.
    const Index rti =
        scan->scan.scanrelid != 0 ? scan->scan.scanrelid : bms_singleton_member(scan->fs_relids);
    auto *clauses = static_cast<Node *>(copyObjectImpl(plan.clauses));
    OffsetVarNodes(clauses, static_cast<int>(rti) - static_cast<int>(plan.planned_relid), 0);
    Node *conjunction = list_length(plan.clauses) == 1
                            ? static_cast<Node *>(linitial(castNode(List, clauses)))
                            : reinterpret_cast<Node *>(make_ands_explicit(castNode(List, clauses)));
    return deparse_expression(conjunction, context, prefix, false);
}

// Values a scan of rows generated, per loop as EXPLAIN ANALYZE's rows are: every row it
// returned or its filter removed, which PostgreSQL's instrumentation counts over all loops
// and, in a parallel scan, over the leader and every worker.
double
values_walked_per_loop(ForeignScanState *node)
{
    const Instrumentation *instrument = node->ss.ps.instrument;
    if (instrument == nullptr || instrument->nloops == 0)
        return 0;
    return (instrument->ntuples + instrument->nfiltered1) / instrument->nloops;
}

// VERBOSE: the sequence's first and last value, as the column shows them.
void
explain_first_and_last(const SeqintColumn &column, const seqint::Spec &spec, ExplainState *es)
{
    const int64 first = spec.start;
    const int64 last = seqint::last_value(spec);
    if (!seqint_is_time(column.kind)) {
        ExplainPropertyInteger("First Value", nullptr, first, es);
        ExplainPropertyInteger("Last Value", nullptr, last, es);
        return;
    }
    auto text = [&](int64 value) {
        return seqint_time_text(
            column, column.time.calendar ? seqint_calendar_value(column, value) : value);
    };
    ExplainPropertyText("First Value", text(first), es);
    ExplainPropertyText("Last Value", text(last), es);
}

}  // namespace

/*
 * seqintExplainForeignScan
 *		"Sequence: start 0, end 64, step 1" and "Values: 64"; then the pushed bounds, the
 *		direction when it walks backwards, what of the query the scan answers itself
 *		(LIMIT/OFFSET, aggregates), and with ANALYZE how many values were walked per loop.
 *		VERBOSE adds the sequence's first and last value.
 */
void
seqintExplainForeignScan(ForeignScanState *node, ExplainState *es)
{
    // BeginForeignScan has run (EXPLAIN without ANALYZE too) and read the sequence as this
    // execution sees it: a time sequence's in the TimeZone of the moment.
    const auto *state = static_cast<const SeqintScanState *>(node->fdw_state);
    const SeqintScanPlan &plan = state->plan;
    const SeqintColumn &column = state->column;
    const seqint::Spec &spec = plan.spec;
    const uint64 count = seqint::count(spec);

    if (seqint_is_time(column.kind)) {
        ExplainPropertyText(
            "Sequence",
            psprintf("start %s, end %s, step %s", seqint_time_text(column, column.time.start),
                     seqint_time_text(column, column.time.end), seqint_step_text(column.time.step)),
            es);
    } else {
        char text[128];
        snprintf(text, sizeof text,
                 "start " INT64_FORMAT ", end " INT64_FORMAT ", step " INT64_FORMAT, spec.start,
                 spec.end, spec.step);
        ExplainPropertyText("Sequence", text, es);
    }
    // Up to 2^64 − 1 values: more than ExplainPropertyInteger's int64 holds.
    ExplainPropertyUInteger("Values", nullptr, count, es);
    if (es->verbose && count > 0)
        explain_first_and_last(column, spec, es);
    if (plan.clauses != NIL)
        ExplainPropertyText("Bounds", bounds_text(node, plan, es), es);
    if (plan.direction == seqint::Direction::backward)
        ExplainPropertyText("Direction", "backward", es);
    if (plan.kind == SeqintScanKind::limited)
        ExplainPropertyText("Pushed Down",
                            plan.has_offset && plan.has_limit ? "OFFSET, LIMIT"
                            : plan.has_offset                 ? "OFFSET"
                                                              : "LIMIT",
                            es);
    else if (plan.kind == SeqintScanKind::aggregates)
        ExplainPropertyText("Pushed Down", "aggregates", es);
    // Closed forms generate nothing: only row scans have walked values to count.
    if (es->analyze && plan.kind != SeqintScanKind::aggregates)
        ExplainPropertyFloat("Values Walked", nullptr, values_walked_per_loop(node), 0, es);
}
