// sql_text.hpp — SQL text both kinds of case write: string literals, and query templates
// whose {T} stands for the relation, aliased t.
#pragma once

#include <string>

namespace seqint_oracle {

// text as an SQL string literal: 'it''s'.
std::string quoted(const std::string &text);

// tmpl with its (first) {T} replaced by table.
std::string render(const std::string &tmpl, const std::string &table);

}  // namespace seqint_oracle
