// pushdown.hpp — which of a relation's clauses its scan takes over, decided once per clause.
//
// GetForeignRelSize classifies the restriction clauses (clauses.hpp) into the relation's
// planner state; a join clause is classified the first time a path asks about it. Paths,
// estimates, the plan and the upper scans read those results, never the clauses again.
#pragma once

#include "seqint/spec.hpp"

#include "pg/clauses.hpp"
#include "pg/plan_state.hpp"

// Classifies baserel's restriction clauses into its state's `restrictions`. Clauses that leave
// unions of residue classes (val % m <> r, IN lists of remainders, ORs of them) are pushed as
// such while the patterns they may leave together stay small (pushdown.cpp); past that, they
// are classified again as single classes at most, and stay filters.
void seqint_classify_restrictions(PlannerInfo *root, RelOptInfo *baserel);

// What `rinfo`, a restriction or join clause of baserel, pushes into its scan.
SeqintPushedClause *seqint_pushed_clause(PlannerInfo *root, RelOptInfo *baserel,
                                         RestrictInfo *rinfo);

// How many values a scan walks that applies the bounds of `pushed` (SeqintPushedClauses)
// whose operands are all constants; the others are unknown until execution.
double seqint_count_candidates(const seqint::Spec &spec, const SeqintColumn &column, List *pushed);
