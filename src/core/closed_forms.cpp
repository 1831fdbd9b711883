// closed_forms.cpp — sums of arithmetic progressions in 128 bits.
#include "seqint/closed_forms.hpp"

#include "seqint/modular.hpp"
#include "seqint/no_postgres.hpp"

namespace seqint {

int128 slice_sum(const Spec &spec, Slice slice) noexcept {
    const std::uint64_t n = slice.size();
    if (n == 0)
        return 0;
    const int128 first = value_at(spec, slice.begin);
    const int128 last = value_at(spec, slice.end - 1);
    // n · (first + last) fits in 128 bits: the values lie within 2^64, so a slice of n values
    // has |first + last| ≤ 2^64 − n + 1, and the product is at most about 2^126. Halving
    // before multiplying keeps the division exact: for even n halve n; for odd n,
    // first + last = 2·first + (n − 1)·step is even.
    if (n % 2 == 0)
        return static_cast<int128>(n / 2) * (first + last);
    return static_cast<int128>(n) * ((first + last) / 2);
}

int128 partial_sum_bound(const Spec &spec) noexcept {
    const std::uint64_t n = count(spec);
    if (n == 0)
        return 0;
    const std::uint64_t a = modular::magnitude(spec.start);
    const std::uint64_t b = modular::magnitude(last_value(spec));
    // At most (2^64 − 1) · 2^63 < 2^127: it always fits.
    return static_cast<int128>(static_cast<unsigned __int128>(n) * (a > b ? a : b));
}

}  // namespace seqint
