// plan_state.hpp — what the planner callbacks know about a seqint relation
// (baserel->fdw_private), from GetForeignRelSize on.
#pragma once

#include "seqint/spec.hpp"

#include "pg/column.hpp"
#include "pg/options.hpp"
#include "pg/pg_headers.hpp"

// palloc'd, freed with the planner's memory.
struct SeqintPlanState {
    seqint::Spec spec;
    SeqintColumn column;
    SeqintOptionTexts options;  // the merged options the spec was read from
    List *restrictions;         // SeqintPushedClause of each restriction clause, classified once
    List *join_clauses;  // SeqintPushedClause of each join clause met so far, classified once
    double candidates;   // values an unparameterized scan walks once constant bounds apply
    bool quals_exact;    // every restriction clause is an exact bound: no local filter
};

// The state of a seqint base relation, or nullptr for any other relation (upper paths ask
// this of the relations they are offered; inheritance and UNION ALL members are not theirs).
SeqintPlanState *seqint_plan_state(RelOptInfo *rel);

// The state of a relation the seqint callbacks were called for (a base relation or a member
// of an inheritance tree or UNION ALL).
inline SeqintPlanState *
seqint_own_plan_state(RelOptInfo *rel)
{
    return static_cast<SeqintPlanState *>(rel->fdw_private);
}
