// options.hpp — seqint options as PostgreSQL stores them: DefElem lists on servers and tables.
#pragma once

#include "seqint/options.hpp"
#include "seqint/spec.hpp"

#include "pg/column.hpp"
#include "pg/pg_headers.hpp"

// Parses the option list of one catalog object; `catalog` is the object's catalog
// (ForeignServerRelationId, ForeignTableRelationId, …). Errors on an option that object
// cannot have and on a value that is in neither form: an int64 (a zero step is an error),
// or, for a time column, a finite date or timestamp (start, end) or an interval (step). The
// result holds the options in integer form only; which form applies, the column decides.
seqint::PartialSpec seqint_parse_options(List *options, Oid catalog);

// A foreign table's options after merging: each field's text as the table or else its server
// sets it (null when neither does), and where it came from; names for messages.
struct SeqintOptionTexts {
    const char *text[3];  // by seqint::Field
    seqint::Origin origin[3];
    const char *table;
    const char *server;
};

SeqintOptionTexts seqint_table_option_texts(Relation rel);

// Whether an option's text is in integer form (a bigint), as opposed to a time form.
bool seqint_is_integer_option(const char *text);

// Errors when one object's complete option set never reaches its end; the validator calls
// this when a single server or table holds start, end and step together.
void seqint_check_object_spec(const seqint::PartialSpec &options, Oid catalog);

// The sequence of a foreign table of column `column`: its server's options merged under its
// own, read in the form the column takes, checked. For a time column, also sets how its
// values relate to the sequence's integers (column.time, time_spec.hpp).
seqint::Spec seqint_table_spec(Relation rel, SeqintColumn &column);

// The same from the table's merged option texts.
seqint::Spec seqint_spec_of(const SeqintOptionTexts &texts, SeqintColumn &column);
