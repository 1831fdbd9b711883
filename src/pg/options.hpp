// options.hpp — seqint options as PostgreSQL stores them: DefElem lists on servers and tables.
#pragma once

#include "seqint/options.hpp"
#include "seqint/spec.hpp"

#include "pg/pg_headers.hpp"

// Parses the option list of one catalog object; `catalog` is the object's catalog
// (ForeignServerRelationId, ForeignTableRelationId, …). Errors on an option that object
// cannot have and on a value that is not an int64 or a zero step.
seqint::PartialSpec seqint_parse_options(List *options, Oid catalog);

// Errors when one object's complete option set never reaches its end; the validator calls
// this when a single server or table holds start, end and step together.
void seqint_check_object_spec(const seqint::PartialSpec &options, Oid catalog);

// The sequence of a foreign table: its server's options merged under its own, checked.
seqint::Spec seqint_table_spec(Relation rel);

// The same, with where each value came from (for seqint_fdw_describe()).
seqint::ResolvedSpec seqint_table_resolved_spec(Relation rel);
