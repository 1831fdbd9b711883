// explain.cpp — EXPLAIN shows the sequence a scan generates and how many values it has.
#include "seqint/spec.hpp"

#include "pg/boundary.hpp"
#include "pg/callbacks.hpp"
#include "pg/fdw_private.hpp"

/*
 * seqintExplainForeignScan
 *		"Sequence: start 0, end 64, step 1" and "Values: 64"; VERBOSE adds the first and last
 *		value, which is what the column holds before any WHERE clause.
 */
void
seqintExplainForeignScan(ForeignScanState *node, ExplainState *es)
{
    seqint_boundary("ExplainForeignScan", [&] {
        const auto *plan = castNode(ForeignScan, node->ss.ps.plan);
        const seqint::Spec spec = seqint_spec_from_private(plan->fdw_private);
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
    });
}
