# Makefile — builds seqint_fdw with PGXS; `make unit` builds and runs the core's unit tests.

MODULE_big = seqint_fdw
EXTENSION = seqint_fdw
# The released base script and one update script per release: installing 1.2 runs 1.0, then
# 1.0--1.1 and 1.1--1.2 (PostgreSQL chains them). No full seqint_fdw--1.2.sql: each object is
# defined once, so a fresh install and an updated one cannot drift apart (sql/upgrade.sql
# checks both).
DATA = $(wildcard seqint_fdw--*.sql)
PGFILEDESC = "seqint_fdw - foreign tables that are integer sequences"

CORE_SRCS = $(wildcard src/core/*.cpp)
ADAPTER_SRCS = $(wildcard src/pg/*.cpp)
OBJS = $(CORE_SRCS:.cpp=.o) $(ADAPTER_SRCS:.cpp=.o)

# One pg_regress test per feature, in sql/ and expected/.
REGRESS = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --load-extension=seqint_fdw
# Concurrency tests for pg_isolation_regress (`make installcheck` runs them after the
# pg_regress suite), in specs/ and expected/.
ISOLATION = $(sort $(basename $(notdir $(wildcard specs/*.spec))))
ISOLATION_OPTS = --load-extension=seqint_fdw

PG_CONFIG ?= pg_config
INCLUDEDIR_SERVER := $(shell $(PG_CONFIG) --includedir-server)

# -isystem on the server headers: their `register` and unused parameters are not ours to fix,
# nor PostgreSQL 18's PG_MODULE_MAGIC, whose designated initializers g++ -Wextra calls missing
# field initializers in C++ (PGXS's own -I of the same folder then counts as -isystem).
PG_CPPFLAGS = -I$(CURDIR)/include -I$(CURDIR)/src -isystem $(INCLUDEDIR_SERVER)
# The version the module reports from PostgreSQL 18 on (PG_MODULE_MAGIC_EXT, see
# src/pg/compat.hpp): the control file's default_version, written in one place.
EXTVERSION := $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(EXTENSION).control)
PG_CPPFLAGS += -DSEQINT_FDW_VERSION='"$(EXTVERSION)"'
# PGXS tracks no header dependencies: -MMD writes them next to each object (only g++ sees
# these flags, not the clang that builds JIT bitcode), so that a changed struct in a header
# never leaves stale objects that disagree on its layout.
#
# -fno-exceptions: nothing in the module may throw. A C++ exception escaping into PostgreSQL's
# C frames would abort the backend; with exceptions off, a `throw` or `try` in our code does
# not compile, so no callback needs a catch-all boundary (and none pretends to guard
# anything). The standard facilities the module uses (optional, string_view, sort) throw
# nothing as used; no allocation goes through operator new. The core is noexcept throughout;
# its unit tests and fuzz targets build it with exceptions on.
PG_CXXFLAGS = -std=c++17 -fno-exceptions -Wall -Wextra -MMD -MP $(EXTRA_CXXFLAGS)
# PostgreSQL links modules with gcc, which does not add the C++ runtime.
SHLIB_LINK += -lstdc++

# make SANITIZE=1: AddressSanitizer and UndefinedBehaviorSanitizer, for test/sanitize/run.sh,
# which also preloads the runtime into the server (an uninstrumented postgres cannot dlopen it).
# -fno-wrapv undoes PostgreSQL's -fwrapv so that a signed overflow in our code is reported
# rather than defined; float-cast-overflow is not part of "undefined" in gcc.
ifdef SANITIZE
SANITIZE_FLAGS = -fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all
PG_CXXFLAGS += $(SANITIZE_FLAGS) -fno-wrapv -fno-omit-frame-pointer
SHLIB_LINK += $(SANITIZE_FLAGS)
endif

EXTRA_CLEAN = test/unit/seqint_unit test/oracle/seqint_oracle test/oracle/*.o results regression.diffs regression.out output_iso $(OBJS:.o=.d) \
	.build-mode test/fuzz/bin

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

-include $(OBJS:.o=.d)

# The JIT bitcode of each .cpp is built by clang with PostgreSQL's flags, not ours.
COMPILE.cxx.bc += -std=c++17 -fno-exceptions -Wno-register

# make tracks no flags: the objects depend on a stamp of the build mode, so that switching
# between SANITIZE=1 and a plain build, or to another PostgreSQL (PG_CONFIG, whose server
# headers the stamp names), recompiles everything instead of linking stale objects: objects
# compiled against 15's headers and linked for 18 fail to load (undefined symbols).
# (After the PGXS include: a rule above it would become the default goal instead of `all`.)
BUILD_MODE := $(if $(SANITIZE),sanitize,plain) $(INCLUDEDIR_SERVER)
.build-mode: FORCE
	@echo $(BUILD_MODE) | cmp -s - $@ || echo $(BUILD_MODE) >$@
$(OBJS): .build-mode
.PHONY: FORCE

# ---- unit tests of the PostgreSQL-free core (GoogleTest) -------------------------------

UNIT_SRCS = $(wildcard test/unit/*.cpp)
UNIT_CXXFLAGS = -std=c++17 -Wall -Wextra -O2 $(EXTRA_CXXFLAGS) -I$(CURDIR)/include

test/unit/seqint_unit: $(CORE_SRCS) $(UNIT_SRCS) $(wildcard include/seqint/*.hpp)
	$(CXX) $(UNIT_CXXFLAGS) -o $@ $(CORE_SRCS) $(UNIT_SRCS) -lgtest_main -lgtest -pthread

.PHONY: unit
unit: test/unit/seqint_unit
	test/unit/seqint_unit

# ---- PGXN distribution -----------------------------------------------------------------
# A zip of the committed tree (git archive HEAD), named for META.json's version, which
# test/packaging/meta_json.pl keeps equal to the control file's default_version.

DISTVERSION = $(shell perl -MJSON::PP -0777 -ne 'print decode_json($$_)->{version}' META.json)

.PHONY: dist
dist:
	git archive --format=zip --prefix=$(EXTENSION)-$(DISTVERSION)/ \
		-o $(EXTENSION)-$(DISTVERSION).zip HEAD

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
