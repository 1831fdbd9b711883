// aggregates.hpp — count, sum, min, max and avg of the column, in closed form.
//
// Without GROUP BY, and when every WHERE clause is an exact bound, an aggregate over a
// seqint table depends only on the positions the bounds leave: the scan answers it without
// producing a single row, with exactly the value and type PostgreSQL's own aggregate would
// return (PostgreSQL's numeric routines build the numeric results).
#pragma once

#include "seqint/spec.hpp"

#include "pg/column.hpp"
#include "pg/walk.hpp"

enum class SeqintAggregate : uint8 { count, min, max, sum, avg };

// Whether `aggref` is count(*), or count/sum/min/max/avg of the column itself (no FILTER,
// DISTINCT or ORDER BY), whose result seqint reproduces exactly for every slice of `spec`.
bool seqint_match_aggregate(Aggref *aggref, Index relid, const SeqintColumn &column,
                            const seqint::Spec &spec, SeqintAggregate &aggregate);

// The aggregate over the values `walk` visits. Errors as PostgreSQL would (sum of an
// integer column past bigint).
Datum seqint_aggregate_value(SeqintAggregate aggregate, const SeqintColumn &column,
                             const SeqintWalk &walk, bool *isnull);
