// unique_column.hpp — telling the planner that a seqint column holds distinct values.
#pragma once

#include "seqint/spec.hpp"

#include "pg/column.hpp"

// Adds to baserel->indexlist a hypothetical unique btree index on the column when its
// values are certainly distinct (unique_column.cpp says why, and when they are not).
void seqint_declare_unique_column(RelOptInfo *baserel, const SeqintColumn &column,
                                  const seqint::Spec &spec);
