// explain.cpp — EXPLAIN shows the sequence, the bounds pushed into it, and the walk.
#include "seqint/spec.hpp"

#include "pg/boundary.hpp"
#include "pg/callbacks.hpp"
#include "pg/column.hpp"
#include "pg/fdw_private.hpp"

extern "C" {
#include "utils/ruleutils.h"
}

namespace {

const char *
comparison_symbol(seqint::Comparison comparison)
{
    switch (comparison) {
    case seqint::Comparison::less:
        return "<";
    case seqint::Comparison::less_equal:
        return "<=";
    case seqint::Comparison::equal:
        return "=";
    case seqint::Comparison::greater_equal:
        return ">=";
    case seqint::Comparison::greater:
        break;
    }
    return ">";
}

// "(val >= 10) AND (val <= $1)", with each OR clause as "((…) OR (…))".
char *
bounds_text(ForeignScanState *node, const SeqintScanPlan &plan, ExplainState *es)
{
    auto *scan = castNode(ForeignScan, node->ss.ps.plan);
    List *context = set_deparse_context_plan(es->deparse_cxt, &scan->scan.plan, NIL);
    const bool prefix = seqint_explain_qualifies_columns(es);

    // The column, deparsed from a Var of the scanned relation (an upper scan reads one
    // relation, its only member of fs_relids).
    const Index rti = scan->scan.scanrelid != 0 ? scan->scan.scanrelid
                                                 : bms_singleton_member(scan->fs_relids);
    Var *var = makeVar(rti, plan.column_attno, plan.column_type, plan.column_typmod,
                       InvalidOid, 0);
    const char *column_text =
        deparse_expression(reinterpret_cast<Node *>(var), context, prefix, false);

    StringInfoData text;
    initStringInfo(&text);
    int group = 0, branch = 0;
    for (int i = 0; i < plan.bound_count; ++i) {
        const SeqintBound &bound = plan.bounds[i];
        const char *operand = deparse_expression(
            static_cast<Node *>(list_nth(scan->fdw_exprs, i)), context, prefix, false);
        if (bound.or_group != group) {
            if (group != 0)
                appendStringInfoString(&text, "))");
            if (text.len > 0)
                appendStringInfoString(&text, " AND ");
            if (bound.or_group != 0)
                appendStringInfoString(&text, "((");
            group = bound.or_group;
            branch = bound.or_branch;
        } else if (group != 0 && bound.or_branch != branch) {
            appendStringInfoString(&text, ") OR (");
            branch = bound.or_branch;
        } else if (text.len > 0) {
            appendStringInfoString(&text, " AND ");
        }
        if (bound.is_array)
            appendStringInfo(&text, "(%s = ANY (%s))", column_text, operand);
        else
            appendStringInfo(&text, "(%s %s %s)", column_text,
                             comparison_symbol(bound.comparison), operand);
    }
    if (group != 0)
        appendStringInfoString(&text, "))");
    return text.data;
}

}  // namespace

/*
 * seqintExplainForeignScan
 *		"Sequence: start 0, end 64, step 1" and "Values: 64"; then the pushed bounds, the
 *		direction when it walks backwards, what of the query the scan answers itself
 *		(LIMIT/OFFSET, aggregates), and with ANALYZE how many values were walked.
 *		VERBOSE adds the sequence's first and last value.
 */
void
seqintExplainForeignScan(ForeignScanState *node, ExplainState *es)
{
    seqint_boundary("ExplainForeignScan", [&] {
        const auto *scan = castNode(ForeignScan, node->ss.ps.plan);
        const SeqintScanPlan plan = seqint_plan_from_private(scan->fdw_private);
        const seqint::Spec &spec = plan.spec;
        const uint64 count = seqint::count(spec);

        char text[128];
        snprintf(text, sizeof text, "start " INT64_FORMAT ", end " INT64_FORMAT
                 ", step " INT64_FORMAT, spec.start, spec.end, spec.step);
        ExplainPropertyText("Sequence", text, es);
        // Up to 2^64 − 1 values: more than ExplainPropertyInteger's int64 holds.
        ExplainPropertyUInteger("Values", nullptr, count, es);
        if (es->verbose && count > 0) {
            ExplainPropertyInteger("First Value", nullptr, spec.start, es);
            ExplainPropertyInteger("Last Value", nullptr, seqint::last_value(spec), es);
        }
        if (plan.bound_count > 0)
            ExplainPropertyText("Bounds", bounds_text(node, plan, es), es);
        if (plan.direction == seqint::Direction::backward)
            ExplainPropertyText("Direction", "backward", es);
        if (plan.kind == SeqintScanKind::limited)
            ExplainPropertyText("Pushed Down", plan.has_offset && plan.has_limit ? "OFFSET, LIMIT"
                                               : plan.has_offset ? "OFFSET"
                                                                 : "LIMIT",
                                es);
        else if (plan.kind == SeqintScanKind::aggregates)
            ExplainPropertyText("Pushed Down", "aggregates", es);
        // Closed forms generate nothing: only row scans have walked values to count. A
        // parallel scan's counter is this process's share, and EXPLAIN reads the leader's.
        if (es->analyze && plan.kind != SeqintScanKind::aggregates &&
            !node->ss.ps.plan->parallel_aware)
            ExplainPropertyUInteger("Values Walked", nullptr, seqint_values_walked(node), es);
    });
}
