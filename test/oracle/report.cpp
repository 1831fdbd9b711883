// report.cpp — the reports of integer and time cases (see report.hpp).
#include "report.hpp"

#include "objects.hpp"
#include "sql_text.hpp"

namespace seqint_oracle {

namespace {

// The first line's beginning: "ok case 12 (seed 34): " or "FAIL time case 5 (seed 34): ".
void print_heading(std::ostream &os, const char *kind, int number, u64 seed, bool failed) {
    os << (failed ? "FAIL" : "ok") << " " << kind << " " << number << " (seed " << seed << "): ";
}

void print_why(std::ostream &os, const std::string &why) { os << "  why: " << why << "\n"; }

void print_statements(std::ostream &os, const std::vector<std::string> &statements) {
    for (const std::string &sql : statements)
        os << "  " << sql << ";\n";
}

// Both answers of an execution; its number follows "seqint" and "oracle" when there are more.
void print_answers(std::ostream &os, const std::string &execution, const Answer &seq,
                   const Answer &gen) {
    os << "  seqint" << execution << ": " << seq.summary() << "\n";
    os << "  oracle" << execution << ": " << gen.summary() << "\n";
}

}  // namespace

void print_case(std::ostream &os, const Case &c, const Outcome &o, u64 seed, bool failed) {
    print_heading(os, "case", c.number, seed, failed);
    os << "start " << c.spec.start << ", end " << c.spec.end << ", step " << c.spec.step << " ("
       << (c.is_invalid ? "invalid" : "count " + str(c.count)) << ", last "
       << (c.count > 0 ? str(c.last) : "-") << "), column " << c.type.name << "\n";
    if (failed)
        print_why(os, o.why);
    print_preamble(os);
    os << "  BEGIN;\n";
    print_statements(os, c.setup);
    os << "  " << c.seq_query << ";\n  ROLLBACK;\n";
    os << "  -- oracle:\n  " << c.gen_query << ";\n";
    print_answers(os, "", o.seq, o.gen);
}

void print_time_case(std::ostream &os, const TimeCase &c, const TimeOutcome &o, u64 seed,
                     bool failed) {
    const auto opt = [](const std::optional<std::string> &v) {
        return v ? quoted(*v) : std::string("(none)");
    };
    const char *modes[] = {"once", "twice, TimeZone changed", "prepared, generic plan",
                           "prepared, custom plan"};
    print_heading(os, "time case", c.number, seed, failed);
    os << "column " << (c.integer_column ? "bigint" : c.type.name) << ", start " << opt(c.start)
       << ", end " << opt(c.end) << ", step " << opt(c.step) << " (" << c.what
       << (c.expect_error.empty() ? "" : ", expect " + c.expect_error) << "), TimeZone " << c.zone1
       << (c.zone2.empty() ? "" : " then " + c.zone2) << ", " << modes[c.mode] << "\n";
    if (failed)
        print_why(os, o.why);
    const bool prepared = c.mode >= 2;
    print_preamble(os);
    os << "  SET TimeZone = " << quoted(c.zone1) << ";\n  BEGIN;\n";
    print_statements(os, c.setup);
    print_statements(os, c.settings);
    if (prepared)
        os << "  PREPARE seqint_oracle_p AS " << c.seq_query << ";\n  EXECUTE seqint_oracle_p"
           << c.exec_args << ";\n";
    else
        os << "  " << c.seq_query << ";\n";
    if (!c.zone2.empty())
        os << "  SET LOCAL TimeZone = " << quoted(c.zone2) << ";\n  "
           << (prepared ? "EXECUTE seqint_oracle_p" + c.exec_args : c.seq_query) << ";\n";
    os << "  ROLLBACK;\n" << (prepared ? "  DEALLOCATE seqint_oracle_p;\n" : "");
    os << "  -- oracle" << (c.expect_error.empty() ? "" : " (not run: the spec must fail)")
       << ":\n  SET TimeZone = " << quoted(c.zone1) << ";\n";
    const std::string gen_exec = prepared ? "EXECUTE seqint_oracle_q" + c.exec_args : c.gen_query;
    if (prepared)
        os << "  PREPARE seqint_oracle_q AS " << c.gen_query << ";\n";
    for (std::size_t i = 0; i < c.zones_run().size(); ++i) {
        if (i > 0)
            os << "  SET TimeZone = " << quoted(c.zones_run()[i]) << ";\n";
        if (!c.fit_sql.empty())
            os << "  " << c.fit_sql << ";  -- the bounds fit the column, in order\n";
        os << "  " << gen_exec << ";\n";
    }
    if (prepared)
        os << "  DEALLOCATE seqint_oracle_q;\n";
    for (std::size_t i = 0; i < o.seq.size(); ++i)
        print_answers(os, o.seq.size() > 1 ? " " + std::to_string(i + 1) : "", o.seq[i], o.gen[i]);
}

}  // namespace seqint_oracle
