// bench/micro/micro.cpp — Google Benchmark of the PostgreSQL-free core: values per second.
//
// Built by `make bench-micro` (or bench/run.sh) as
//   g++ -std=c++17 -O2 -Iinclude src/core/*.cpp bench/micro/micro.cpp -lbenchmark -lpthread
// Every benchmark reports items_per_second, an item being one value produced (Cursor,
// value_at) or one call (count, first_index_outside, parse_int64). Inputs go through
// benchmark::DoNotOptimize so that the compiler cannot fold them into constants, and every
// result is accumulated and passed to DoNotOptimize so that it cannot drop the work.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "seqint/cursor.hpp"
#include "seqint/parse.hpp"
#include "seqint/spec.hpp"

namespace {

constexpr std::int64_t int32_min = std::numeric_limits<std::int32_t>::min();
constexpr std::int64_t int32_max = std::numeric_limits<std::int32_t>::max();

// Inputs are cycled through with `i & (table size − 1)`: tables are powers of two.
constexpr std::size_t table_size = 4096;

// A fixed seed: every run measures the same inputs.
std::mt19937_64 &rng() {
    static std::mt19937_64 generator(20240607);
    return generator;
}

// Specs of every shape the core handles: both directions, steps of 1 and larger, spans
// from one value to nearly all of int64.
std::vector<seqint::Spec> varied_specs() {
    std::uniform_int_distribution<std::int64_t> start(-1'000'000'000'000, 1'000'000'000'000);
    std::uniform_int_distribution<std::int64_t> span(1, 1'000'000'000'000);
    std::uniform_int_distribution<std::int64_t> step(1, 1000);
    std::vector<seqint::Spec> specs(table_size);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const std::int64_t s = step(rng()) * (i % 2 == 0 ? 1 : -1);
        const std::int64_t from = start(rng());
        specs[i] = {from, s > 0 ? from + span(rng()) : from - span(rng()), s};
    }
    specs[0] = {std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max(),
                1};
    return specs;
}

// The executor's hot loop: Cursor::next until the end. Argument: the sequence's step.
void BM_CursorIterate(benchmark::State &state) {
    constexpr std::int64_t values = 1 << 20;
    const std::int64_t step = state.range(0);
    // Non-const: DoNotOptimize below then tells the compiler it may have changed.
    seqint::Spec spec =
        step > 0 ? seqint::Spec{0, values * step, step} : seqint::Spec{values * -step, 0, step};
    for (auto _ : state) {
        benchmark::DoNotOptimize(spec);  // the loop bound is not a compile-time constant
        seqint::Cursor cursor(spec, seqint::whole(spec), seqint::Direction::forward);
        std::int64_t value = 0;
        std::uint64_t sum = 0;
        while (cursor.next(value))
            sum += static_cast<std::uint64_t>(value);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * values);
}
BENCHMARK(BM_CursorIterate)->Arg(1)->Arg(-7);

// Random access, as an index-driven scan would use it: a billion-value sequence of step 7.
void BM_ValueAt(benchmark::State &state) {
    const seqint::Spec spec{-3'000'000'000, 4'000'000'000, 7};
    const std::uint64_t n = seqint::count(spec);
    std::uniform_int_distribution<std::uint64_t> index(0, n - 1);
    std::vector<std::uint64_t> indexes(table_size);
    for (auto &i : indexes)
        i = index(rng());
    std::size_t i = 0;
    std::uint64_t sum = 0;
    for (auto _ : state) {
        sum += static_cast<std::uint64_t>(seqint::value_at(spec, indexes[i++ & (table_size - 1)]));
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ValueAt);

// count(), which the planner calls for the row estimate.
void BM_Count(benchmark::State &state) {
    const std::vector<seqint::Spec> specs = varied_specs();
    std::size_t i = 0;
    std::uint64_t sum = 0;
    for (auto _ : state) {
        sum += seqint::count(specs[i++ & (table_size - 1)]);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Count);

// first_index_outside() against the int32 range, the check a narrower column needs.
void BM_FirstIndexOutside(benchmark::State &state) {
    std::vector<seqint::Spec> specs = varied_specs();
    // Start half of them inside int32, so both the early and the computed answers are timed.
    for (std::size_t k = 0; k < specs.size(); k += 2)
        specs[k].start %= int32_max;
    std::size_t i = 0;
    std::uint64_t sum = 0;
    for (auto _ : state) {
        const auto index =
            seqint::first_index_outside(specs[i++ & (table_size - 1)], int32_min, int32_max);
        sum += index ? *index : 1;
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FirstIndexOutside);

// parse_int64() over option texts, valid and not: short, long, signed, padded, garbage.
void BM_ParseInt64(benchmark::State &state) {
    const std::vector<std::string> samples = {
        "0",
        "10000000",
        "-1",
        " 9223372036854775807 ",
        "-9223372036854775808",
        "+42",
        "1e3",
        "",
        "99999999999999999999",
        "123456789012",
        "\t-7\n",
        "0x10",
        "1000",
        "-500000000",
        "3.5",
        "+1000000",
    };  // 16 samples
    std::vector<std::string> texts(table_size);
    for (std::size_t k = 0; k < texts.size(); ++k)
        texts[k] = samples[k % samples.size()];
    std::size_t i = 0;
    std::uint64_t sum = 0;
    for (auto _ : state) {
        const seqint::ParseResult r = seqint::parse_int64(texts[i++ & (table_size - 1)]);
        sum += static_cast<std::uint64_t>(r.value) + static_cast<std::uint64_t>(r.status);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseInt64);

}  // namespace

BENCHMARK_MAIN();
