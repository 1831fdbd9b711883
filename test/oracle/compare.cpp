// compare.cpp — whether the table's answer is the oracle's, and if not, how they differ.
#include <algorithm>
#include <sstream>

#include "run.hpp"

namespace seqint_oracle {

bool same_answer(const Answer &seq, const Answer &gen, bool ordered, std::string &why) {
    if (seq.error || gen.error) {
        if (seq.error && gen.error && seq.sqlstate == gen.sqlstate)
            return true;
        why = "outcomes differ";
        return false;
    }
    std::vector<std::string> x = seq.rows, y = gen.rows;
    if (!ordered) {
        std::sort(x.begin(), x.end());
        std::sort(y.begin(), y.end());
    }
    if (x == y)
        return true;
    std::ostringstream out;
    out << "seqint has " << x.size() << " row(s), the oracle " << y.size();
    const auto diff = std::mismatch(x.begin(), x.end(), y.begin(), y.end());
    out << "; first difference at " << (ordered ? "row " : "sorted row ")
        << (diff.first - x.begin()) + 1 << ": seqint "
        << (diff.first != x.end() ? *diff.first : "(none)") << ", oracle "
        << (diff.second != y.end() ? *diff.second : "(none)");
    why = out.str();
    return false;
}

}  // namespace seqint_oracle
