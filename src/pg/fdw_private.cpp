// fdw_private.cpp — packing the sequence into plan nodes and back.
#include "pg/fdw_private.hpp"

namespace {

Const *
make_int8_const(int64 value)
{
    return makeConst(INT8OID, -1, InvalidOid, sizeof(int64), Int64GetDatum(value), false,
                     FLOAT8PASSBYVAL);
}

int64
int8_const_at(List *list, SeqintPrivateIndex index)
{
    return DatumGetInt64(castNode(Const, list_nth(list, index))->constvalue);
}

}  // namespace

List *
seqint_private_from_spec(const seqint::Spec &spec)
{
    return list_make3(make_int8_const(spec.start), make_int8_const(spec.end),
                      make_int8_const(spec.step));
}

seqint::Spec
seqint_spec_from_private(List *fdw_private)
{
    Assert(list_length(fdw_private) == SeqintPrivateLength);
    return {int8_const_at(fdw_private, SeqintPrivateStart),
            int8_const_at(fdw_private, SeqintPrivateEnd),
            int8_const_at(fdw_private, SeqintPrivateStep)};
}
