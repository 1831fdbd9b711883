// unique_column.hpp — telling the planner that a seqint column holds distinct values.
#pragma once

#include "seqint/spec.hpp"

#include "pg/column.hpp"

// Adds to baserel->indexlist a hypothetical unique btree index on the column when its
// values are certainly distinct (unique_column.cpp says why, and when they are not), or
// gives the one the hook declared the table's row count. Called from GetForeignRelSize.
void seqint_declare_unique_column(RelOptInfo *baserel, const SeqintColumn &column,
                                  const seqint::Spec &spec);

// Installs the get_relation_info_hook that declares the index where the column's type alone
// proves it, in time for join removal and semi-join reduction. Called once, from _PG_init.
void seqint_install_unique_column_hook();
