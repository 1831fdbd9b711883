// fdw_private.hpp — what a seqint ForeignScan plan carries from the planner to the executor.
//
// A plan is copied (copyObject), cached, and serialized to parallel workers
// (nodeToString/stringToNode), so fdw_private holds only nodes, read back by position: int8
// Consts for the 64-bit values (Integer nodes hold a 32-bit int) and nested lists for the
// pushed bounds (scan_bounds.hpp). The bounds' operands travel in ForeignScan.fdw_exprs, in
// the same order, because the planner must fix their Vars and Params up for the executor.
// The pushed clauses themselves travel too, as the planner saw them, for EXPLAIN only.
#pragma once

#include "seqint/cursor.hpp"
#include "seqint/spec.hpp"

#include "pg/options.hpp"
#include "pg/scan_bounds.hpp"

// Positions inside ForeignScan.fdw_private.
enum class SeqintPrivate {
    start,       // int8 Const
    end,         // int8 Const
    step,        // int8 Const
    direction,   // Integer: seqint::Direction
    bounds,      // nested Lists: SeqintScanBounds, its bounds matching fdw_exprs
    kind,        // Integer: SeqintScanKind
    column,      // IntList: the column's type, typmod and attribute number
    limit,       // IntList: whether OFFSET and LIMIT follow the bounds in fdw_exprs
    aggregates,  // IntList: one SeqintAggregate per fdw_scan_tlist entry
    clauses,     // List of Exprs: the pushed clauses, one per group of bounds
    relid,       // Integer: the relation's index when the clauses were planned
    options,     // a time column's merged options: Strings table, server, start, end, step
                 // ("" for unset) and an IntList of their origins; NIL for numbers
    length       // the list's length, not an entry
};

// What a ForeignScan of seqint produces.
enum class SeqintScanKind : uint8 {
    rows,       // the values of a base relation (scanrelid > 0)
    limited,    // the values after OFFSET and LIMIT (an upper relation: scanrelid 0)
    aggregates  // one row of aggregates (an upper relation: scanrelid 0)
};

// The executor's view of a seqint plan. The arrays are palloc'd.
struct SeqintScanPlan {
    seqint::Spec spec;          // as planned; a scan of a time column reads `options` again
    SeqintOptionTexts options;  // a time column's (options.table is null for numbers)
    seqint::Direction direction;
    SeqintScanBounds bounds;
    List *clauses;        // the pushed clauses, for EXPLAIN: Vars numbered as in planning
    Index planned_relid;  // which is this relation's number then
    SeqintScanKind kind;
    Oid column_type;  // for upper scans, which have no relation to read it from
    int32 column_typmod;
    AttrNumber column_attno;
    bool has_offset;  // fdw_exprs[bounds.bound_count] is the OFFSET
    bool has_limit;   // and then the LIMIT
    int aggregate_count;
    uint8 *aggregates;  // SeqintAggregate values
};

List *seqint_private_from_plan(const SeqintScanPlan &plan);
SeqintScanPlan seqint_plan_from_private(List *fdw_private);
