// sql_text.cpp — SQL literals and query templates (see sql_text.hpp).
#include "sql_text.hpp"

namespace seqint_oracle {

std::string quoted(const std::string &text) {
    std::string out = "'";
    for (char ch : text) {
        if (ch == '\'')
            out += '\'';
        out += ch;
    }
    return out + "'";
}

std::string render(const std::string &tmpl, const std::string &table) {
    const std::size_t at = tmpl.find("{T}");
    return tmpl.substr(0, at) + table + tmpl.substr(at + 3);
}

}  // namespace seqint_oracle
