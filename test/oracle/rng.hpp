// rng.hpp — the oracle's random numbers: splitmix64, small and the same sequence on every
// platform, so that a seed always replays the same cases.
#pragma once

#include <cstddef>
#include <vector>

#include "numbers.hpp"

namespace seqint_oracle {

class Rng {
public:
    explicit Rng(u64 seed) : state_(seed) {}

    u64 next() {
        u64 z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [lo, hi] (the bias of the modulo is below 2^-60 for every span we use).
    i128 range(i128 lo, i128 hi) {
        const u128 span = static_cast<u128>(hi - lo) + 1;
        const u128 wide = (static_cast<u128>(next()) << 64) | next();
        return lo + static_cast<i128>(wide % span);
    }

    bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }

    int sign() { return chance(0.5) ? -1 : 1; }

    template <typename T>
    const T &pick(const std::vector<T> &items) {
        return items[static_cast<std::size_t>(range(0, static_cast<i128>(items.size()) - 1))];
    }

private:
    u64 state_;
};

// The seed of the time cases' generator, derived from the run's seed: the time cases draw
// from a generator of their own, so that a seed's integer cases stay the same whatever the
// number of time cases.
inline u64 time_seed(u64 seed) { return seed ^ 0x74696d65ULL; }

}  // namespace seqint_oracle
