// scan_bounds.cpp — building the scan's bounds from the pushed clauses, and carrying them in
// plan nodes.
#include "pg/scan_bounds.hpp"

namespace {

// Field order of a SeqintBound inside its IntList.
enum class BoundField { kind, comparison, operand_type, float_bits, count };

List *
bound_to_list(const SeqintBound &bound)
{
    int fields[static_cast<int>(BoundField::count)];
    fields[static_cast<int>(BoundField::kind)] = static_cast<int>(bound.kind);
    fields[static_cast<int>(BoundField::comparison)] = static_cast<int>(bound.comparison);
    fields[static_cast<int>(BoundField::operand_type)] = static_cast<int>(bound.operand_type);
    fields[static_cast<int>(BoundField::float_bits)] = bound.float_bits;
    List *list = NIL;
    for (int field : fields)
        list = lappend_int(list, field);
    return list;
}

SeqintBound
bound_from_list(List *list)
{
    Assert(list_length(list) == static_cast<int>(BoundField::count));
    auto field = [&](BoundField f) { return list_nth_int(list, static_cast<int>(f)); };
    SeqintBound bound;
    bound.kind = static_cast<SeqintBoundKind>(field(BoundField::kind));
    bound.comparison = static_cast<seqint::Comparison>(field(BoundField::comparison));
    bound.operand_type = static_cast<SeqintValueType>(field(BoundField::operand_type));
    bound.float_bits = static_cast<uint8>(field(BoundField::float_bits));
    return bound;
}

// Room for the arrays of a model with these many groups, branches and bounds.
SeqintScanBounds
allocate(int groups, int branches, int bounds)
{
    SeqintScanBounds model{};
    model.groups = static_cast<SeqintGroup *>(palloc(sizeof(SeqintGroup) * Max(groups, 1)));
    model.branches = static_cast<SeqintBranch *>(palloc(sizeof(SeqintBranch) * Max(branches, 1)));
    model.bounds = static_cast<SeqintBound *>(palloc(sizeof(SeqintBound) * Max(bounds, 1)));
    return model;
}

}  // namespace

SeqintScanBounds
seqint_scan_bounds_of(List *pushed, List **operands)
{
    int branches = 0, bounds = 0;
    ListCell *lc, *bc, *kc;
    foreach (lc, pushed) {
        List *clause_branches = static_cast<SeqintPushedClause *>(lfirst(lc))->branches;
        branches += list_length(clause_branches);
        foreach (bc, clause_branches)
            bounds += list_length(static_cast<List *>(lfirst(bc)));
    }
    SeqintScanBounds model = allocate(list_length(pushed), branches, bounds);
    foreach (lc, pushed) {
        List *clause_branches = static_cast<SeqintPushedClause *>(lfirst(lc))->branches;
        Assert(clause_branches != NIL);
        model.groups[model.group_count++] = {model.branch_count, list_length(clause_branches)};
        foreach (bc, clause_branches) {
            List *branch = static_cast<List *>(lfirst(bc));
            model.branches[model.branch_count++] = {model.bound_count, list_length(branch)};
            foreach (kc, branch) {
                const auto *bound = static_cast<SeqintPushedBound *>(lfirst(kc));
                model.bounds[model.bound_count++] = bound->bound;
                *operands = lappend(*operands, bound->operand);
            }
        }
    }
    return model;
}

List *
seqint_scan_bounds_to_list(const SeqintScanBounds &model)
{
    List *groups = NIL;
    for (int g = 0; g < model.group_count; ++g) {
        const SeqintGroup &group = model.groups[g];
        List *branches = NIL;
        for (int b = group.first_branch; b < group.first_branch + group.branch_count; ++b) {
            const SeqintBranch &branch = model.branches[b];
            List *bounds = NIL;
            for (int k = branch.first_bound; k < branch.first_bound + branch.bound_count; ++k)
                bounds = lappend(bounds, bound_to_list(model.bounds[k]));
            branches = lappend(branches, bounds);
        }
        groups = lappend(groups, branches);
    }
    return groups;
}

SeqintScanBounds
seqint_scan_bounds_from_list(List *groups)
{
    int branches = 0, bounds = 0;
    ListCell *gc, *bc, *kc;
    foreach (gc, groups) {
        branches += list_length(static_cast<List *>(lfirst(gc)));
        foreach (bc, static_cast<List *>(lfirst(gc)))
            bounds += list_length(static_cast<List *>(lfirst(bc)));
    }
    SeqintScanBounds model = allocate(list_length(groups), branches, bounds);
    foreach (gc, groups) {
        List *group = static_cast<List *>(lfirst(gc));
        model.groups[model.group_count++] = {model.branch_count, list_length(group)};
        foreach (bc, group) {
            List *branch = static_cast<List *>(lfirst(bc));
            model.branches[model.branch_count++] = {model.bound_count, list_length(branch)};
            foreach (kc, branch)
                model.bounds[model.bound_count++] =
                    bound_from_list(static_cast<List *>(lfirst(kc)));
        }
    }
    return model;
}
