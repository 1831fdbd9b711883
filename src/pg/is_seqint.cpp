// is_seqint.cpp — recognizing seqint_fdw's wrappers and tables by their handler.
#include "pg/is_seqint.hpp"

extern "C" {
extern PGDLLEXPORT Datum seqint_fdw_handler(PG_FUNCTION_ARGS);  // seqint_fdw.cpp
}

// Looks the handler function up without calling it.
bool
seqint_wrapper_is_ours(const ForeignDataWrapper *fdw)
{
    if (!OidIsValid(fdw->fdwhandler))
        return false;
    FmgrInfo handler;
    fmgr_info(fdw->fdwhandler, &handler);
    return handler.fn_addr == seqint_fdw_handler;
}

bool
seqint_is_seqint_table(Oid relid)
{
    if (get_rel_relkind(relid) != RELKIND_FOREIGN_TABLE)
        return false;
    const ForeignServer *server = GetForeignServer(GetForeignTable(relid)->serverid);
    return seqint_wrapper_is_ours(GetForeignDataWrapper(server->fdwid));
}
