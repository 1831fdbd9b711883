// clauses.hpp — which WHERE and join clauses a seqint scan can narrow itself by.
//
// A clause is pushed when one side is the column (through domain relabelings and widening
// casts) and the other an expression the executor can evaluate before the scan: constants,
// stable functions, parameters of prepared statements, and — on parameterized paths —
// columns of the outer side of a nested loop. ORs of such comparisons (or of ANDs of them)
// and IS [NOT] NULL are pushed too. The scan then walks only the positions that can match.
// A pushed clause whose bounds are exact needs no filter; every other one stays a local
// filter too, so results never depend on what was pushed. Each clause is classified once
// per planning (pushdown.cpp keeps the results).
#pragma once

#include "seqint/bounds.hpp"

#include "pg/column.hpp"
#include "pg/value_type.hpp"

// What a bound does with its operand.
enum class SeqintBoundKind : uint8 {
    comparison,     // val COMPARISON operand
    in_list,        // val = ANY(operand), an array
    modulus,        // (val % operand) = …: the divisor m of a remainder filter; always followed,
                    // in the same branch, by its `remainder` bound
    remainder,      // … = operand: the remainder r that val % m must equal
    remainder_not,  // … <> operand: the remainder r that val % m must not equal
    remainder_in,   // … = ANY(operand): an array of the remainders val % m may equal
    remainder_not_in,  // … <> ALL(operand) (NOT IN): an array of the remainders val % m must
                       // not equal
};

// Whether a remainder bound's operand is an array of remainders (IN, NOT IN), not one.
inline bool
seqint_remainders_in_array(SeqintBoundKind kind)
{
    return kind == SeqintBoundKind::remainder_in || kind == SeqintBoundKind::remainder_not_in;
}

// One bound on the column, as the executor applies it to its evaluated operand.
struct SeqintBound {
    SeqintBoundKind kind;
    seqint::Comparison comparison;  // `equal` for an IN list
    SeqintValueType operand_type;   // of the operand, or of its elements for an IN list
    uint8 float_bits;               // compared as floats: the bound holds only for operands
                                    // below 2^float_bits in magnitude; 0 otherwise
};

// A bound found in a clause, with the operand it compares the column to.
struct SeqintPushedBound {
    SeqintBound bound;
    Expr *operand;
    bool exact;  // the bound says all its comparison says
};

// What one WHERE or join clause pushes into the scan: a disjunction of branches, each a
// conjunction of bounds. A comparison or IN list is one branch of one bound; `val % m = r`
// (or `mod(val, m) = r`, on an integer column) one branch of two, modulus and remainder (and so
// are `val % m <> r` and `(val % m) IN (…)`, which leave several residue classes); `a OR b`
// has a branch per arm; `val IS NULL` is one bound whose operand is NULL (it matches nothing).
struct SeqintPushedClause {
    RestrictInfo *rinfo;  // the clause
    List *branches;       // Lists of SeqintPushedBound *; NIL when it narrows nothing
    bool exact;           // the bounds say all the clause says: no filter is needed (a clause
                          // every value meets, val IS NOT NULL, is exact with no branches)
    bool known;           // every operand is a Const: the planner can count what it leaves
    bool periodic;        // it leaves unions of residue classes (val % m <> r, IN, ORs of
                          // remainders), whose periods pushdown.cpp keeps within bounds
};

// Whether a btree operator family is one whose comparisons and sort orders seqint
// understands: integer_ops, numeric_ops and float_ops, which order numbers numerically, and
// datetime_ops, which orders dates and timestamps in time.
bool seqint_is_value_opfamily(Oid opfamily);

// Whether `expr` is the column itself (through domain relabelings, not casts).
bool seqint_is_column_expr(Expr *expr, Index relid, const SeqintColumn &column);

// Whether `expr` is the column seen through relabelings and widening casts (integers to wider
// integers, numeric or floats; real to double precision), which keep the values' order; sets
// *through_float4, when given, if a cast rounds to real on the way.
bool seqint_is_column_through_casts(Expr *expr, Index relid, const SeqintColumn &column,
                                    bool *through_float4 = nullptr);

// Whether `expr` is `val % m` or `mod(val, m)` on an integer column, with m evaluable before
// the scan: an equality of it with an outer column is a join clause the scan can answer.
bool seqint_is_column_remainder(PlannerInfo *root, Expr *expr, Index relid,
                                const SeqintColumn &column);

// What `rinfo` pushes into a scan of column `column` of relation `relid`; palloc'd. Without
// `periodic`, remainder filters are pushed only as single classes ANDed to the other bounds
// (val % m = r): a `<>`, an IN list of remainders or an OR arm's remainder narrows nothing.
SeqintPushedClause *seqint_classify_clause(PlannerInfo *root, RestrictInfo *rinfo, Index relid,
                                           const SeqintColumn &column, bool periodic = true);

// `clause` with every comparison turned to have the column (or its remainder, `val % 7`) on
// its left (`5 > val` becomes `val < 5`), as PostgreSQL prints an index condition; a copy
// where anything changes.
Expr *seqint_column_first(Expr *clause, Index relid, const SeqintColumn &column);
