// clauses.hpp — which WHERE and join clauses a seqint scan can narrow itself by.
//
// A clause is pushed when one side is the column (through domain relabelings and widening
// casts) and the other an expression the executor can evaluate before the scan: constants,
// stable functions, parameters of prepared statements, and — on parameterized paths —
// columns of the outer side of a nested loop. The scan then walks only the positions that
// can match. A pushed clause whose bound is exact needs no recheck; every other one stays a
// local filter too, so results never depend on what was pushed.
#pragma once

#include "seqint/bounds.hpp"

#include "pg/column.hpp"
#include "pg/number_type.hpp"


// One pushed clause: `val COMPARISON operand`, or `val = ANY(operand)`.
struct SeqintBound {
    seqint::Comparison comparison;
    SeqintNumberType operand_type;  // of the operand, or of its elements for an array
    bool is_array;                  // val = ANY(operand)
    bool exact;                     // the bound says all the clause says: no recheck needed
    uint8 float_bits;               // compared as floats: the bound holds only for operands
                                    // below 2^float_bits in magnitude; 0 otherwise
    int16 or_group;                 // 0, or the OR clause this bound is a branch term of
    int16 or_branch;                // within that OR clause, which branch
};

// A pushable clause found in a RestrictInfo list.
struct SeqintPushedClause {
    SeqintBound bound;
    Expr *operand;
};

// Whether a btree operator family orders numbers numerically: integer_ops, numeric_ops or
// float_ops, the families whose comparisons and sort orders seqint understands.
bool seqint_is_number_opfamily(Oid opfamily);

// Whether `expr` is the column itself (through domain relabelings, not casts).
bool seqint_is_column_expr(Expr *expr, Index relid, const SeqintColumn &column);

// Whether `expr` is the column seen through relabelings and widening casts (integers to wider
// integers, numeric or floats; real to double precision), which keep the values' order; sets
// *through_float4 when a cast rounds to real on the way.
bool seqint_is_column_through_casts(Expr *expr, Index relid, const SeqintColumn &column,
                                    bool *through_float4);

// The bounds `clause` gives on column `column` of relation `relid`: a List of palloc'd
// SeqintPushedClause, NIL when it gives none. An OR clause's branches are numbered as OR
// group `*or_groups + 1`, which then counts it.
List *seqint_clause_bounds(PlannerInfo *root, Expr *clause, Index relid, const SeqintColumn &column,
                           int *or_groups);

// Whether the bounds of one clause say all it says, so that it need not be rechecked.
bool seqint_bounds_are_exact(List *clause_bounds);
