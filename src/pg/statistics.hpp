// statistics.hpp — what the planner knows about a seqint column before any ANALYZE.
#pragma once

// Installs the get_relation_stats_hook (from _PG_init, once per backend), chained after any
// hook another library installed first.
void seqint_install_statistics_hook();
