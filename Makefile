# Makefile — builds seqint_fdw with PGXS; `make unit` builds and runs the core's unit tests.

MODULE_big = seqint_fdw
EXTENSION = seqint_fdw
DATA = seqint_fdw--1.0.sql
PGFILEDESC = "seqint_fdw - foreign tables that are integer sequences"

CORE_SRCS = $(wildcard src/core/*.cpp)
ADAPTER_SRCS = $(wildcard src/pg/*.cpp)
OBJS = $(CORE_SRCS:.cpp=.o) $(ADAPTER_SRCS:.cpp=.o)

# One pg_regress test per feature, in sql/ and expected/.
REGRESS = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --load-extension=seqint_fdw

PG_CONFIG ?= pg_config
INCLUDEDIR_SERVER := $(shell $(PG_CONFIG) --includedir-server)

# -isystem on the server headers: their `register` and unused parameters are not ours to fix.
PG_CPPFLAGS = -I$(CURDIR)/include -I$(CURDIR)/src -isystem $(INCLUDEDIR_SERVER)
# PGXS tracks no header dependencies: -MMD writes them next to each object (only g++ sees
# these flags, not the clang that builds JIT bitcode), so that a changed struct in a header
# never leaves stale objects that disagree on its layout.
PG_CXXFLAGS = -std=c++17 -Wall -Wextra -MMD -MP $(EXTRA_CXXFLAGS)
# PostgreSQL links modules with gcc, which does not add the C++ runtime.
SHLIB_LINK += -lstdc++

EXTRA_CLEAN = test/unit/seqint_unit results regression.diffs regression.out $(OBJS:.o=.d) \
	test/fuzz/bin

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

-include $(OBJS:.o=.d)

# The JIT bitcode of each .cpp is built by clang with PostgreSQL's flags, not ours.
COMPILE.cxx.bc += -std=c++17 -Wno-register

# ---- unit tests of the PostgreSQL-free core (GoogleTest) -------------------------------

UNIT_SRCS = $(wildcard test/unit/*.cpp)
UNIT_CXXFLAGS = -std=c++17 -Wall -Wextra -O2 $(EXTRA_CXXFLAGS) -I$(CURDIR)/include

test/unit/seqint_unit: $(CORE_SRCS) $(UNIT_SRCS) $(wildcard include/seqint/*.hpp)
	$(CXX) $(UNIT_CXXFLAGS) -o $@ $(CORE_SRCS) $(UNIT_SRCS) -lgtest_main -lgtest -pthread

.PHONY: unit
unit: test/unit/seqint_unit
	test/unit/seqint_unit

# ---- fuzzing of the core (test/fuzz/README.md) -----------------------------------------
# libFuzzer targets built by clang-14 with ASan and UBSan; no PostgreSQL needed.
# `make fuzz` builds them into test/fuzz/bin/; `make fuzz-run` runs each for a bounded time.

.PHONY: fuzz fuzz-run
fuzz:
	$(MAKE) -C test/fuzz
fuzz-run:
	test/fuzz/run.sh

# ---- benchmark (bench/README.md) -------------------------------------------------------
# bench/run.sh builds and installs the tree, then measures it in a throwaway cluster.

MICRO_CXXFLAGS = -std=c++17 -O2 -Wall -Wextra -I$(CURDIR)/include

bench/micro/seqint_micro: bench/micro/micro.cpp $(CORE_SRCS) $(wildcard include/seqint/*.hpp)
	$(CXX) $(MICRO_CXXFLAGS) -o $@ bench/micro/micro.cpp $(CORE_SRCS) -lbenchmark -lpthread

# `bench` is also a folder: without .PHONY, make would call the target up to date.
.PHONY: bench bench-quick bench-micro
bench:
	bench/run.sh
bench-quick:
	bench/run.sh --quick
bench-micro: bench/micro/seqint_micro
	bench/micro/seqint_micro
# ---- end of benchmark -------------------------------------------------------------------
