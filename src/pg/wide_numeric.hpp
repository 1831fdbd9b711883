// wide_numeric.hpp — integers wider than bigint (a count up to 2^64 − 1, an exact sum) as
// numeric Datums, built with PostgreSQL's own numeric arithmetic.
#pragma once

#include "seqint/closed_forms.hpp"

#include "pg/pg_headers.hpp"

Datum seqint_int128_numeric(seqint::int128 value);
