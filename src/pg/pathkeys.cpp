// pathkeys.cpp — finding the orderings of the column the rest of the plan can use.
//
// Pathkeys must be canonical, built on the planner's existing equivalence classes: by the
// time paths are made it is too late to create new ones, so the orderings come from
// root->query_pathkeys and from the classes of the relation's join clauses.
#include "pg/pathkeys.hpp"

#include "pg/clauses.hpp"

namespace {

bool
class_holds_column(EquivalenceClass *eclass, Index relid, const SeqintColumn &column)
{
    if (eclass->ec_has_volatile)
        return false;
    ListCell *lc;
    foreach (lc, eclass->ec_members) {
        auto *member = static_cast<EquivalenceMember *>(lfirst(lc));
        bool through_float4 = false;  // a widening cast keeps the order (floats: with ties)
        if (seqint_is_column_through_casts(member->em_expr, relid, column, &through_float4))
            return true;
    }
    return false;
}

List *
add_ordering(List *orderings, PathKey *pathkey)
{
    ListCell *lc;
    foreach (lc, orderings) {
        auto *existing = static_cast<SeqintOrdering *>(lfirst(lc));
        if (linitial(existing->pathkeys) == pathkey)  // canonical: equal means identical
            return orderings;
    }
    auto *ordering = static_cast<SeqintOrdering *>(palloc(sizeof(SeqintOrdering)));
    ordering->pathkeys = list_make1(pathkey);
    ordering->ascending = !seqint_pathkey_is_descending(pathkey);
    return lappend(orderings, ordering);
}

}  // namespace

bool
seqint_pathkey_orders_column(PathKey *pathkey, Index relid, const SeqintColumn &column,
                             bool *ascending)
{
    *ascending = !seqint_pathkey_is_descending(pathkey);
    return seqint_is_value_opfamily(pathkey->pk_opfamily) &&
           class_holds_column(pathkey->pk_eclass, relid, column);
}

List *
seqint_useful_orderings(PlannerInfo *root, RelOptInfo *baserel, const SeqintColumn &column)
{
    List *orderings = NIL;

    // ORDER BY val [DESC] (first key only: later keys come from other relations, and an
    // incremental sort can still use the first).
    if (root->query_pathkeys != NIL) {
        auto *pathkey = static_cast<PathKey *>(linitial(root->query_pathkeys));
        bool ascending;
        if (seqint_pathkey_orders_column(pathkey, baserel->relid, column, &ascending))
            orderings = add_ordering(orderings, pathkey);
    }

    // Merge joins on val = other.x can use either order.
    if (baserel->has_eclass_joins) {
        ListCell *lc;
        foreach (lc, root->eq_classes) {
            auto *eclass = static_cast<EquivalenceClass *>(lfirst(lc));
            if (list_length(eclass->ec_members) < 2 ||
                !class_holds_column(eclass, baserel->relid, column))
                continue;
            ListCell *fc;
            foreach (fc, eclass->ec_opfamilies) {
                const Oid opfamily = lfirst_oid(fc);
                if (!seqint_is_value_opfamily(opfamily))
                    continue;
                orderings =
                    add_ordering(orderings, seqint_make_pathkey(root, eclass, opfamily, false));
                orderings =
                    add_ordering(orderings, seqint_make_pathkey(root, eclass, opfamily, true));
            }
        }
    }
    return orderings;
}
