// pushdown.cpp — classifying each clause of a relation once, and counting what the constant
// bounds leave.
#include "pg/pushdown.hpp"

#include <numeric>

#include "seqint/modular.hpp"

#include "pg/bound_operands.hpp"

#include "pg/scan_bounds.hpp"
#include "pg/walk.hpp"

extern "C" {
#include "utils/array.h"
}

namespace {

// The most runs a scan's patterns of positions may have (seqint/periodic.hpp): combining
// remainder filters of several divisors repeats each over the least common multiple of their
// periods, and the walk holds every run. Past this, a clause stays a filter.
constexpr uint64 max_pattern_runs = 4096;

// The remainder filters of the periodic clauses accepted so far: each divisor's magnitude
// and how many remainders it names; or `unknown` when one is not a constant.
struct PeriodicBudget {
    static constexpr int max_terms = 64;
    uint64 moduli[max_terms];
    uint64 classes[max_terms];
    int terms = 0;
    int clauses = 0;
    bool unknown = false;
};

// How many remainders a remainder bound names: one, or an IN or NOT IN list's length (-1:
// unknown).
int64
classes_named(const SeqintPushedBound &bound)
{
    if (!seqint_remainders_in_array(bound.bound.kind))
        return 1;
    if (IsA(bound.operand, Const)) {
        const Const *array = castNode(Const, bound.operand);
        if (array->constisnull)
            return 0;
        const ArrayType *a = DatumGetArrayTypeP(array->constvalue);
        return ArrayGetNItems(ARR_NDIM(a), ARR_DIMS(a));
    }
    if (IsA(bound.operand, ArrayExpr))
        return list_length(castNode(ArrayExpr, bound.operand)->elements);
    return -1;
}

// Adds the remainder filters of `clause` to `budget`; false when the patterns they may leave,
// with those of the clauses accepted before, could have more than max_pattern_runs runs. A
// pattern of several divisors m_i naming c_i remainders each has, over its period (which
// divides M = lcm |m_i|), at most Σ c_i·M/|m_i| members that start or end a run, so at most
// that many runs plus one; one filter of one divisor has at most as many runs as remainders
// it names, plus one, whatever its operands.
bool
fits(PeriodicBudget &budget, const SeqintPushedClause &clause)
{
    PeriodicBudget next = budget;
    ++next.clauses;
    ListCell *bc;
    foreach (bc, clause.branches) {
        List *branch = static_cast<List *>(lfirst(bc));
        for (int k = 0; k + 1 < list_length(branch); ++k) {
            const auto *modulus = static_cast<SeqintPushedBound *>(list_nth(branch, k));
            if (modulus->bound.kind != SeqintBoundKind::modulus)
                continue;
            const int64 classes =
                classes_named(*static_cast<SeqintPushedBound *>(list_nth(branch, k + 1)));
            if (next.terms == PeriodicBudget::max_terms)
                return false;
            const Const *m =
                IsA(modulus->operand, Const) ? castNode(Const, modulus->operand) : nullptr;
            if (m == nullptr || classes < 0) {
                next.unknown = true;
                next.moduli[next.terms] = next.classes[next.terms] = 1;
            } else {
                next.moduli[next.terms] =
                    m->constisnull
                        ? 1
                        : seqint::modular::magnitude(
                              seqint_number_view(m->constvalue, modulus->bound.operand_type).floor);
                next.classes[next.terms] = static_cast<uint64>(classes);
            }
            ++next.terms;
        }
    }
    if (!(next.clauses == 1 && next.terms == 1)) {
        if (next.unknown)
            return false;
        __extension__ unsigned __int128 period = 1;
        for (int i = 0; i < next.terms; ++i) {
            period =
                period / std::gcd(static_cast<uint64>(period), next.moduli[i]) * next.moduli[i];
            if (period > PG_UINT64_MAX)
                return false;
        }
        __extension__ unsigned __int128 runs = 1;
        for (int i = 0; i < next.terms; ++i)
            runs += static_cast<unsigned __int128>(next.classes[i]) *
                    (static_cast<uint64>(period) / next.moduli[i]);
        if (runs > max_pattern_runs)
            return false;
    }
    budget = next;
    return true;
}

SeqintPushedClause *
find(List *classified, RestrictInfo *rinfo)
{
    ListCell *lc;
    foreach (lc, classified) {
        auto *pushed = static_cast<SeqintPushedClause *>(lfirst(lc));
        if (pushed->rinfo == rinfo)
            return pushed;
    }
    return nullptr;
}

}  // namespace

void
seqint_classify_restrictions(PlannerInfo *root, RelOptInfo *baserel)
{
    SeqintPlanState *state = seqint_own_plan_state(baserel);
    state->restrictions = NIL;
    state->quals_exact = true;
    ListCell *lc;
    PeriodicBudget budget;
    foreach (lc, baserel->baserestrictinfo) {
        SeqintPushedClause *pushed = seqint_classify_clause(root, lfirst_node(RestrictInfo, lc),
                                                            baserel->relid, state->column);
        // Unions of residue classes whose runs could grow past the budget stay filters,
        // pushed as single classes at most.
        if (pushed->periodic && pushed->branches != NIL && !fits(budget, *pushed))
            pushed =
                seqint_classify_clause(root, pushed->rinfo, baserel->relid, state->column, false);
        state->quals_exact &= pushed->exact;
        state->restrictions = lappend(state->restrictions, pushed);
    }
}

SeqintPushedClause *
seqint_pushed_clause(PlannerInfo *root, RelOptInfo *baserel, RestrictInfo *rinfo)
{
    SeqintPlanState *state = seqint_own_plan_state(baserel);
    if (SeqintPushedClause *pushed = find(state->restrictions, rinfo))
        return pushed;
    if (SeqintPushedClause *pushed = find(state->join_clauses, rinfo))
        return pushed;
    // A join clause is pushed as a single class at most: unions of residue classes are
    // budgeted over the restrictions alone (see seqint_classify_restrictions).
    SeqintPushedClause *pushed =
        seqint_classify_clause(root, rinfo, baserel->relid, state->column, false);
    state->join_clauses = lappend(state->join_clauses, pushed);
    return pushed;
}

double
seqint_count_candidates(const seqint::Spec &spec, const SeqintColumn &column, List *pushed)
{
    List *known = NIL;
    ListCell *lc;
    foreach (lc, pushed) {
        auto *clause = static_cast<SeqintPushedClause *>(lfirst(lc));
        if (clause->branches != NIL && clause->known)
            known = lappend(known, clause);
    }
    MemoryContext scratch =
        AllocSetContextCreate(CurrentMemoryContext, "seqint estimate", ALLOCSET_SMALL_SIZES);
    MemoryContext old = MemoryContextSwitchTo(scratch);
    List *operand_exprs = NIL;
    const SeqintScanBounds bounds = seqint_scan_bounds_of(known, &operand_exprs);
    auto *operands =
        static_cast<SeqintOperand *>(palloc(sizeof(SeqintOperand) * Max(bounds.bound_count, 1)));
    int i = 0;
    foreach (lc, operand_exprs) {
        const Const *operand = castNode(Const, lfirst(lc));
        operands[i++] = {operand->constvalue, operand->constisnull, true};
    }
    const double candidates =
        static_cast<double>(seqint_compute_walk(spec, column, bounds, operands).size());
    MemoryContextSwitchTo(old);
    MemoryContextDelete(scratch);
    list_free(known);
    return candidates;
}
