// parallel.hpp — a parallel seqint scan: processes share the walk out in chunks.
#pragma once

#include "pg/scan_state.hpp"

// Starts this process's walker on the next unclaimed chunk of state->walk; false when none
// is left. Every value is produced exactly once, whatever the number of processes.
bool seqint_claim_chunk(SeqintScanState *state);
