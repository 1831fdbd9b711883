// validator.cpp — seqint_fdw_validator(text[], oid): checks OPTIONS at CREATE and ALTER time.
//
// PostgreSQL calls it with the object's complete option list after the change, so a
// mistake is reported by the statement that makes it. Only the one object is visible here:
// a table's start and a server's step are checked together at query time (options.cpp).
#include "pg/options.hpp"

extern "C" {
PG_FUNCTION_INFO_V1(seqint_fdw_validator);
}

extern "C" Datum
seqint_fdw_validator(PG_FUNCTION_ARGS)
{
    List *options = untransformRelOptions(PG_GETARG_DATUM(0));
    const Oid catalog = PG_GETARG_OID(1);
    seqint_check_object_spec(seqint_parse_options(options, catalog), catalog);
    PG_RETURN_VOID();
}
