// objects.hpp — the database objects of a run: the foreign server and the domains every case
// uses, made once per run (and again after a reconnection), and the foreign table each case
// creates in a transaction it rolls back.
#pragma once

#include <ostream>
#include <string>

#include "db.hpp"

namespace seqint_oracle {

extern const char *const kServer;  // the foreign server of every case
extern const char *const kTable;   // the foreign table of each case
// The names of the table's (and the server's) options: start, end and step.
extern const char *const kOptionNames[3];

// Sets the session up (statement_timeout, DateStyle, IntervalStyle) and makes the objects,
// dropping those a previous run left; false, saying why on stderr, when that fails.
bool setup(Db &db);

// A query template (sql_text.hpp) on the case's table: {T} becomes the table, aliased t.
std::string on_table(const std::string &tmpl);

// The query of seqint_fdw_describe() on the case's table: its count and last value.
std::string describe_query();

// Drops the objects.
void teardown(Db &db);

// The statements that make the objects, as comments of a failure's replay SQL.
void print_preamble(std::ostream &os);

}  // namespace seqint_oracle
