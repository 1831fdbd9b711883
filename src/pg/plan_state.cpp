// plan_state.cpp — recognizing the relations whose planner state is seqint's.
#include "pg/plan_state.hpp"

#include "pg/callbacks.hpp"

SeqintPlanState *
seqint_plan_state(RelOptInfo *rel)
{
    if (rel->reloptkind != RELOPT_BASEREL || rel->fdwroutine == nullptr ||
        rel->fdwroutine->GetForeignRelSize != seqintGetForeignRelSize)
        return nullptr;
    return static_cast<SeqintPlanState *>(rel->fdw_private);
}
