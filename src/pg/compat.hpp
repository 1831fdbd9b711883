// compat.hpp — every PostgreSQL 13 … 19 difference the adapter meets, in one place.
//
// Included by pg_headers.hpp right after the PostgreSQL headers; nothing else in the tree
// tests PG_VERSION_NUM.
//
// PostgreSQL 19 (checked against its declarations only; it is not built here) changes
// nothing the adapter calls, but it makes some old habits fail to compile in C++, which the
// adapter therefore avoids everywhere, on every version:
// - PointerGetDatum is a macro `(Datum) (uintptr_t) (true ? (X) : NULL)`, so its argument
//   must be a pointer: PointerGetDatum(nullptr), PG_RETURN_POINTER(nullptr) do not compile
//   (std::nullptr_t and NULL have no common pointer type); write (void *) nullptr, or
//   (Datum) 0 for a null Datum;
// - Pointer is void * (it was char *): no arithmetic on DatumGetPointer's result;
// - Int8GetDatum and PointerIsValid are gone: CharGetDatum / an explicit != nullptr;
// - VARDATA_ANY and the other varatt.h accessors take const void *.
#pragma once

#if PG_VERSION_NUM < 130000
#error "seqint_fdw supports PostgreSQL 13 and later"
#endif

extern "C" {
#if PG_VERSION_NUM >= 160000
// 16 moved the varlena macros (VARHDRSZ, which numeric typmods are offset by) out of
// postgres.h into varatt.h.
#include "varatt.h"
#endif
#if PG_VERSION_NUM >= 180000
// 18 split ExplainState and the ExplainProperty* functions out of commands/explain.h, and
// declares CompareType (COMPARE_LT, COMPARE_GT: PathKey.pk_cmptype) in access/cmptype.h.
#include "access/cmptype.h"
#include "commands/explain_format.h"
#include "commands/explain_state.h"
#endif
}

// The module's magic block, expanded inside extern "C" by seqint_fdw.cpp. From 18 on it also
// names the module and its version, which pg_get_loaded_modules() shows; the version is the
// control file's default_version, which the Makefile passes as SEQINT_FDW_VERSION.
#if PG_VERSION_NUM >= 180000
#define SEQINT_MODULE_MAGIC PG_MODULE_MAGIC_EXT(.name = "seqint_fdw", .version = SEQINT_FDW_VERSION)
#else
#define SEQINT_MODULE_MAGIC PG_MODULE_MAGIC
#endif

#if PG_VERSION_NUM < 140000
// 13's pg_list.h builds fixed-length lists of 1 to 4 cells only; 14 added list_make5.
#define list_make5(x1, x2, x3, x4, x5) lappend(list_make4(x1, x2, x3, x4), x5)
// 13's fmgroids.h names functions by their C symbol, so the mod() functions, which share
// int2mod … int8mod with the % operators, have no macro of their own; 14 added these.
#define F_MOD_INT2_INT2 940
#define F_MOD_INT4_INT4 941
#define F_MOD_INT8_INT8 947
#endif

// create_foreignscan_path grew fdw_restrictinfo in 17 and disabled_nodes in 18. seqint has
// no outer plan and keeps no restrictinfo of its own, so those are always empty.
static inline ForeignPath *
seqint_create_foreignscan_path(PlannerInfo *root, RelOptInfo *rel, PathTarget *target, double rows,
                               Cost startup_cost, Cost total_cost, List *pathkeys,
                               Relids required_outer, List *fdw_private)
{
#if PG_VERSION_NUM >= 180000
    return create_foreignscan_path(root, rel, target, rows, 0, startup_cost, total_cost, pathkeys,
                                   required_outer, nullptr, NIL, fdw_private);
#elif PG_VERSION_NUM >= 170000
    return create_foreignscan_path(root, rel, target, rows, startup_cost, total_cost, pathkeys,
                                   required_outer, nullptr, NIL, fdw_private);
#else
    return create_foreignscan_path(root, rel, target, rows, startup_cost, total_cost, pathkeys,
                                   required_outer, nullptr, fdw_private);
#endif
}

// int64_to_numeric arrived in 14; before it the SQL-callable cast is the way.
static inline Datum
seqint_int64_get_numeric(int64 value)
{
#if PG_VERSION_NUM >= 140000
    return NumericGetDatum(int64_to_numeric(value));
#else
    return DirectFunctionCall1(int8_numeric, Int64GetDatum(value));
#endif
}

// pull_varnos takes the PlannerInfo from 14 on (for PlaceHolderVars).
static inline Relids
seqint_pull_varnos(PlannerInfo *root, Node *node)
{
#if PG_VERSION_NUM >= 140000
    return pull_varnos(root, node);
#else
    (void)root;
    return pull_varnos(node);
#endif
}

// 18 replaced PathKey.pk_strategy (a btree strategy) with pk_cmptype, and
// make_canonical_pathkey's strategy argument with a CompareType.
static inline bool
seqint_pathkey_is_descending(const PathKey *pathkey)
{
#if PG_VERSION_NUM >= 180000
    return pathkey->pk_cmptype == COMPARE_GT;
#else
    return pathkey->pk_strategy == BTGreaterStrategyNumber;
#endif
}

static inline PathKey *
seqint_make_pathkey(PlannerInfo *root, EquivalenceClass *eclass, Oid opfamily, bool descending)
{
#if PG_VERSION_NUM >= 180000
    return make_canonical_pathkey(root, eclass, opfamily, descending ? COMPARE_GT : COMPARE_LT,
                                  descending);
#else
    return make_canonical_pathkey(root, eclass, opfamily,
                                  descending ? BTGreaterStrategyNumber : BTLessStrategyNumber,
                                  descending);
#endif
}

// create_foreign_upper_path grew fdw_restrictinfo in 17 and disabled_nodes in 18.
static inline ForeignPath *
seqint_create_foreign_upper_path(PlannerInfo *root, RelOptInfo *rel, PathTarget *target,
                                 double rows, Cost startup_cost, Cost total_cost, List *pathkeys,
                                 List *fdw_private)
{
#if PG_VERSION_NUM >= 180000
    return create_foreign_upper_path(root, rel, target, rows, 0, startup_cost, total_cost, pathkeys,
                                     nullptr, NIL, fdw_private);
#elif PG_VERSION_NUM >= 170000
    return create_foreign_upper_path(root, rel, target, rows, startup_cost, total_cost, pathkeys,
                                     nullptr, NIL, fdw_private);
#else
    return create_foreign_upper_path(root, rel, target, rows, startup_cost, total_cost, pathkeys,
                                     nullptr, fdw_private);
#endif
}

// Whether EXPLAIN qualifies column names with their relation, as its own quals do: when the
// plan reads more than one relation. 18 adds an RTE_GROUP entry to the range table of grouped
// queries and counts relations without it (ExplainState.rtable_size).
static inline bool
seqint_explain_qualifies_columns(const ExplainState *es)
{
#if PG_VERSION_NUM >= 180000
    return es->verbose || es->rtable_size > 1;
#else
    return es->verbose || list_length(es->rtable) > 1;
#endif
}

// Reading date, timestamp and interval text without raising an error (the validator checks an
// option's syntax and reports it in its own words): 16 gave DecodeDateTime a DateTimeErrorExtra,
// and 15 made DecodeInterval and DecodeISO8601Interval fill a pg_itm_in instead of a pg_tm and
// fractional seconds. Each returns 0 or a DTERR_ code, and sets *dtype (DTK_DATE, DTK_LATE, …).
static inline int
seqint_decode_datetime(char **field, int *ftype, int nf, int *dtype)
{
    struct pg_tm tm;
    fsec_t fsec;
    int tz;
#if PG_VERSION_NUM >= 160000
    DateTimeErrorExtra extra;
    return DecodeDateTime(field, ftype, nf, dtype, &tm, &fsec, &tz, &extra);
#else
    return DecodeDateTime(field, ftype, nf, dtype, &tm, &fsec, &tz);
#endif
}

static inline int
seqint_decode_interval(char **field, int *ftype, int nf, int *dtype)
{
#if PG_VERSION_NUM >= 150000
    struct pg_itm_in itm;
    return DecodeInterval(field, ftype, nf, INTERVAL_FULL_RANGE, dtype, &itm);
#else
    struct pg_tm tm;
    fsec_t fsec;
    return DecodeInterval(field, ftype, nf, INTERVAL_FULL_RANGE, dtype, &tm, &fsec);
#endif
}

static inline int
seqint_decode_iso8601_interval(char *text, int *dtype)
{
#if PG_VERSION_NUM >= 150000
    struct pg_itm_in itm;
    return DecodeISO8601Interval(text, dtype, &itm);
#else
    struct pg_tm tm;
    fsec_t fsec;
    return DecodeISO8601Interval(text, dtype, &tm, &fsec);
#endif
}

// Whether an interval is +infinity or -infinity, which intervals can be from 17 on.
static inline bool
seqint_interval_is_infinite(const Interval *interval)
{
#if PG_VERSION_NUM >= 170000
    return INTERVAL_NOT_FINITE(interval);
#else
    (void)interval;
    return false;
#endif
}
