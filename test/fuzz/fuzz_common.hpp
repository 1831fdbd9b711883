// fuzz_common.hpp — what the fuzz targets share: reading an input from the fuzzer's bytes (and
// writing one, for the seed corpus), int64 values worth trying, valid sequences, the obvious
// __int128 model of a sequence, and FUZZ_CHECK.
//
// A structured target defines `struct Input`, `template <class IO> void layout(IO &, Input &)`
// (which fields it draws, in which order), `std::string describe(const Input &)`,
// `void check(const Input &)` and `std::vector<Seed<Input>> seeds()`, then expands
// SEQINT_FUZZ_TARGET(). Under libFuzzer, each input is read with Reader (FuzzedDataProvider)
// and checked. Built with -DSEQINT_FUZZ_WRITE_SEEDS, the same file is a program that writes
// seeds() into a corpus folder with Writer, the exact inverse of Reader, so that the seeds in
// corpus/ are hand-picked cases that read back as themselves (`make -C test/fuzz seeds`).
#pragma once

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "seqint/spec.hpp"

namespace fuzz {

__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

// Sequences up to this many values are also checked against a walk over every value.
constexpr std::uint64_t kBrute = 4096;

// ---- failures ------------------------------------------------------------------------------

// Describes the input being checked, for failure messages (set by the target's entry point).
inline std::string (*describe_input)() = nullptr;

inline std::string str(i128 v) {
    if (v == 0)
        return "0";
    const bool negative = v < 0;
    u128 m = negative ? 0 - static_cast<u128>(v) : static_cast<u128>(v);
    std::string digits;
    for (; m != 0; m /= 10)
        digits += static_cast<char>('0' + static_cast<int>(m % 10));
    if (negative)
        digits += '-';
    std::reverse(digits.begin(), digits.end());
    return digits;
}

inline std::string str(const seqint::Spec &spec) {
    return "start " + str(spec.start) + ", end " + str(spec.end) + ", step " + str(spec.step);
}

[[noreturn]] inline void fail(const char *file, int line, const char *condition,
                              const std::string &detail) {
    std::fprintf(stderr, "\n%s:%d: FUZZ_CHECK failed: %s\n  %s\n  input: %s\n", file, line,
                 condition, detail.c_str(), describe_input ? describe_input().c_str() : "?");
    std::abort();  // libFuzzer saves the input as a crash-* file
}

// Aborts with `detail` (a std::string expression, evaluated only on failure) and the input.
#define FUZZ_CHECK(condition, detail)                               \
    do {                                                            \
        if (!(condition))                                           \
            ::fuzz::fail(__FILE__, __LINE__, #condition, (detail)); \
    } while (0)

// ---- reading and writing inputs ------------------------------------------------------------

// T itself, in a position where it is not deduced: in_range(x, 0, 3) takes T from x alone.
template <class T>
struct exactly {
    using type = T;
};
template <class T>
using exactly_t = typename exactly<T>::type;

// Draws an input's fields from the fuzzer's bytes.
class Reader {
public:
    static constexpr bool reading = true;
    Reader(const std::uint8_t *data, std::size_t size) : in_(data, size) {}

    template <class T>
    void in_range(T &x, exactly_t<T> lo, exactly_t<T> hi) {
        x = in_.ConsumeIntegralInRange<T>(lo, hi);
    }
    void flag(bool &b) { b = in_.ConsumeBool(); }
    void text(std::string &s, std::size_t max_length) {
        s = in_.ConsumeRandomLengthString(max_length);
    }

private:
    FuzzedDataProvider in_;
};

// Writes the bytes from which Reader draws exactly the given fields: the inverse of
// FuzzedDataProvider, which takes integers off the end of its data and strings off the front.
class Writer {
public:
    static constexpr bool reading = false;

    template <class T>
    void in_range(T &x, exactly_t<T> lo, exactly_t<T> hi) {
        if (x < lo || x > hi) {
            std::fprintf(stderr, "seed value %s outside [%s, %s]\n", str(x).c_str(),
                         str(lo).c_str(), str(hi).c_str());
            std::exit(1);
        }
        // FuzzedDataProvider reads one byte per 8 bits of hi − lo, most significant first,
        // and adds the result modulo hi − lo + 1 to lo.
        const std::uint64_t range = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
        const std::uint64_t offset = static_cast<std::uint64_t>(x) - static_cast<std::uint64_t>(lo);
        int bytes = 0;
        for (std::size_t bits = 0; bits < sizeof(T) * 8 && (range >> bits) > 0; bits += 8)
            ++bytes;
        for (int i = bytes - 1; i >= 0; --i)
            back_.push_back(static_cast<std::uint8_t>(offset >> (8 * i)));
    }
    void flag(bool &b) {
        std::uint8_t byte = b ? 1 : 0;
        in_range(byte, 0, 255);
    }
    void text(std::string &s, std::size_t max_length) {
        // A backslash is written twice; a backslash and any other byte end the string.
        for (char c : s) {
            front_.push_back(static_cast<std::uint8_t>(c));
            if (c == '\\')
                front_.push_back('\\');
        }
        if (s.size() < max_length) {
            front_.push_back('\\');
            front_.push_back('.');
        }
    }

    std::vector<std::uint8_t> bytes() const {
        std::vector<std::uint8_t> all = front_;
        all.insert(all.end(), back_.rbegin(), back_.rend());
        return all;
    }

private:
    std::vector<std::uint8_t> front_, back_;
};

// A named input for the seed corpus.
template <class Input>
struct Seed {
    const char *name;
    Input input;
};

// ---- values worth trying -------------------------------------------------------------------
// Each draws its kind first; the Writer always takes the last kind, the value itself.

// Near the ends of int64, int32 and int16, near zero, near a power of two, or anything.
template <class IO>
void value(IO &io, std::int64_t &v) {
    int kind = 6;
    io.in_range(kind, 0, 6);
    std::int64_t off = 0;
    switch (kind) {
    case 0:
        io.in_range(off, 0, 3);
        v = kMin + off;
        return;
    case 1:
        io.in_range(off, 0, 3);
        v = kMax - off;
        return;
    case 2:
        io.in_range(off, -3, 3);
        v = off;
        return;
    case 3:
        io.in_range(off, -1000, 1000);
        v = off;
        return;
    case 4: {
        static constexpr std::int64_t edges[] = {INT16_MIN, INT16_MAX, INT32_MIN, INT32_MAX};
        int which = 0;
        io.in_range(which, 0, 3);
        io.in_range(off, -2, 2);
        v = edges[which] + off;
        return;
    }
    case 5: {
        int shift = 0;
        bool negative = false;
        io.in_range(shift, 0, 62);
        io.flag(negative);
        io.in_range(off, -2, 2);
        const std::int64_t power = std::int64_t{1} << shift;
        v = (negative ? -power : power) + off;
        return;
    }
    default:
        io.in_range(v, kMin, kMax);
    }
}

// A step, never zero: ±1 … ±16, near ±2^63 (INT64_MIN included), ±2^k ± 1, or anything.
template <class IO>
void step(IO &io, std::int64_t &s) {
    int kind = 3;
    io.in_range(kind, 0, 3);
    if (kind == 3) {
        io.in_range(s, kMin, kMax);
        if (s == 0)
            s = 1;
        return;
    }
    bool negative = false;
    io.flag(negative);
    std::int64_t off = 0;
    if (kind == 0) {
        io.in_range(off, 1, 16);
        s = negative ? -off : off;
    } else if (kind == 1) {
        io.in_range(off, 0, 3);
        s = negative ? kMin + off : kMax - off;
    } else {
        int shift = 0;
        io.in_range(shift, 0, 62);
        io.in_range(off, -1, 1);
        const std::int64_t power = std::int64_t{1} << shift;
        s = (negative ? -power : power) + off;
        if (s == 0)
            s = 1;
    }
}

// ---- the obvious model of a sequence, in __int128 ------------------------------------------

namespace model {

inline seqint::SpecProblem problem(const seqint::Spec &spec) {
    if (spec.step == 0)
        return seqint::SpecProblem::zero_step;
    if (spec.step > 0 ? spec.end < spec.start : spec.end > spec.start)
        return seqint::SpecProblem::wrong_direction;
    return seqint::SpecProblem::none;
}

inline i128 abs(i128 v) { return v < 0 ? -v : v; }

// ⌈|end − start| / |step|⌉: start, end and step are exact in 128 bits.
inline i128 count(const seqint::Spec &spec) {
    const i128 span = abs(i128{spec.end} - spec.start);
    const i128 step = abs(spec.step);
    return (span + step - 1) / step;
}

inline i128 value(const seqint::Spec &spec, i128 index) {
    return i128{spec.start} + index * spec.step;
}

// Whether v comes before end, on the side the sequence walks from.
inline bool before_end(const seqint::Spec &spec, i128 v) {
    return spec.step > 0 ? v < spec.end : v > spec.end;
}

// The values of the sequence, walked one step at a time until end, or up to `limit` values.
inline std::vector<i128> walk(const seqint::Spec &spec, std::uint64_t limit) {
    std::vector<i128> values;
    for (i128 v = spec.start; before_end(spec, v) && values.size() < limit; v += spec.step)
        values.push_back(v);
    return values;
}

// The smallest i in [0, n] with holds(i), for a `holds` that is false and then true on [0, n)
// (n when it never holds): a binary search.
template <class Predicate>
i128 first_where(i128 n, Predicate holds) {
    i128 lo = 0, hi = n;
    while (lo < hi) {
        const i128 mid = lo + (hi - lo) / 2;
        if (holds(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

}  // namespace model

// A valid sequence (find_problem none): either any start and end, swapped when the step walks
// away from end, or a few steps from start (at most 4096 values), so that brute force applies.
template <class IO>
void valid_spec(IO &io, seqint::Spec &spec) {
    bool few = false;
    io.flag(few);
    value(io, spec.start);
    step(io, spec.step);
    if (!few) {
        value(io, spec.end);
        if (IO::reading && model::problem(spec) != seqint::SpecProblem::none)
            std::swap(spec.start, spec.end);
        return;
    }
    bool tiny = false;
    int steps = 0, nudge = 0;
    io.flag(tiny);
    io.in_range(steps, 0, tiny ? 3 : 4096);
    io.in_range(nudge, -1, 1);
    const i128 end = i128{spec.start} + i128{steps} * spec.step + (spec.step > 0 ? nudge : -nudge);
    spec.end = static_cast<std::int64_t>(std::clamp<i128>(end, kMin, kMax));
    if (model::problem(spec) != seqint::SpecProblem::none)
        spec.end = spec.start;
}

}  // namespace fuzz

// ---- the entry points ----------------------------------------------------------------------

#ifndef SEQINT_FUZZ_WRITE_SEEDS
// (seeds() is only called when writing the seeds.)
#define SEQINT_FUZZ_TARGET()                                                            \
    namespace {                                                                         \
    const Input *current_input = nullptr;                                               \
    std::string describe_current() { return describe(*current_input); }                 \
    [[maybe_unused]] const auto seeds_of_the_corpus = &seeds;                           \
    }                                                                                   \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) { \
        Input input{};                                                                  \
        fuzz::Reader reader(data, size);                                                \
        layout(reader, input);                                                          \
        current_input = &input;                                                         \
        fuzz::describe_input = describe_current;                                        \
        check(input);                                                                   \
        return 0;                                                                       \
    }
#else
// Writes every seed as a file named after it into the folder argv[1], after checking that it
// reads back as itself and passes.
#define SEQINT_FUZZ_TARGET()                                                                       \
    namespace {                                                                                    \
    const Input *current_input = nullptr;                                                          \
    std::string describe_current() { return describe(*current_input); }                            \
    }                                                                                              \
    int main(int argc, char **argv) {                                                              \
        if (argc != 2) {                                                                           \
            std::fprintf(stderr, "usage: %s CORPUS_FOLDER\n", argv[0]);                            \
            return 2;                                                                              \
        }                                                                                          \
        for (const auto &seed : seeds()) {                                                         \
            Input written = seed.input;                                                            \
            fuzz::Writer writer;                                                                   \
            layout(writer, written);                                                               \
            const std::vector<std::uint8_t> bytes = writer.bytes();                                \
            Input read{};                                                                          \
            fuzz::Reader reader(bytes.data(), bytes.size());                                       \
            layout(reader, read);                                                                  \
            if (describe(read) != describe(seed.input)) {                                          \
                std::fprintf(stderr, "seed %s reads back as\n  %s\ninstead of\n  %s\n", seed.name, \
                             describe(read).c_str(), describe(seed.input).c_str());                \
                return 1;                                                                          \
            }                                                                                      \
            current_input = &read;                                                                 \
            fuzz::describe_input = describe_current;                                               \
            check(read);                                                                           \
            std::ofstream(std::string(argv[1]) + "/" + seed.name, std::ios::binary)                \
                .write(reinterpret_cast<const char *>(bytes.data()),                               \
                       static_cast<std::streamsize>(bytes.size()));                                \
        }                                                                                          \
        return 0;                                                                                  \
    }
#endif
