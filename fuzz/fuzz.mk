# fuzz/fuzz.mk - `make fuzz`: libFuzzer over the parse and build stages and
# the differ and emitter behind them. Two targets:
#
#   fuzz/fuzz_build.c  one SQL file: parse, build, diagnostics, the migrations
#                      empty -> schema -> empty; a second build of the same
#                      text must show no changes
#   fuzz/fuzz_diff.c   two SQL files (FROM, a line `---`, TO): the migration
#                      FROM -> TO, replayed by the builder after FROM, must
#                      build and reach TO
#
# Usage, from the root of the checkout, once the top Makefile includes this
# fragment (or with a Makefile that does: make -f fuzz/fuzz.mk fuzz):
#
#   make fuzz                   build fuzz/fuzz_build and run it for 60 seconds
#   make fuzz FUZZ_SECONDS=600  run it longer
#   make fuzz FUZZ_FORK=2       run 2 workers (libFuzzer -fork) that go on after
#                               a crash, so one run can find several bugs
#   make fuzz-diff              the same for fuzz/fuzz_diff
#   make fuzz-build             only build the two binaries
#   make fuzz-clean             remove the binaries, run corpora and artifacts
#   FUZZ_EXTRA='-print_final_stats=1'   more libFuzzer flags
#
# A finding is written to fuzz/artifacts/ (crash-*, leak-*, timeout-*, an
# input slower than FUZZ_TIMEOUT seconds). Reproduce and minimize it with:
#   fuzz/fuzz_build fuzz/artifacts/crash-...
#   fuzz/fuzz_build -minimize_crash=1 -runs=20000 fuzz/artifacts/crash-...
#
# The fuzzer needs clang (libFuzzer ships with it). The corpus is seeded at
# run time: fuzz/corpus/ (a few small hand-written seeds, committed), schema/
# and the inputs of testdata/ (diff, errors, and the fuzz regressions) are
# copied into fuzz/corpus-run/ (for fuzz_diff:
# each testdata/diff case as from.sql, `---`, to.sql into
# fuzz/corpus-diff-run/), where libFuzzer also keeps what it finds. Run
# corpora and artifacts are git-ignored; do not commit large corpora.
#
# Paths are relative to the root of the checkout; every variable is named
# FUZZ_*, and including this fragment leaves the includer's default goal alone.

FUZZ_SAVED_DEFAULT_GOAL := $(.DEFAULT_GOAL)

FUZZ_CC ?= clang
FUZZ_CFLAGS ?= -std=c11 -D_GNU_SOURCE -Ibuild/gen -g -O1 -fno-omit-frame-pointer \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	-Wall -Wextra -Wno-missing-field-initializers
FUZZ_LIBS ?= -lpg_query -lprotobuf-c -lpq -lxxhash -ljansson
# the sources of ./schemac but main(): the compiler needs the runtime's
# symbols (the runtime commands), so both folders link in
FUZZ_LIB_SRCS = $(filter-out compiler/main.c,$(wildcard compiler/*.c) $(wildcard runtime/*.c))
FUZZ_HDRS = $(wildcard compiler/*.h) $(wildcard runtime/*.h)

FUZZ_SECONDS ?= 60
FUZZ_TIMEOUT ?= 1
FUZZ_MAX_LEN ?= 4096
FUZZ_FORK ?= 0
FUZZ_ARTIFACTS = fuzz/artifacts
FUZZ_FLAGS = -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) \
	-max_len=$(FUZZ_MAX_LEN) -dict=fuzz/sql.dict -artifact_prefix=$(FUZZ_ARTIFACTS)/ \
	$(if $(filter-out 0,$(FUZZ_FORK)),-fork=$(FUZZ_FORK) -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)

# libpg_query's own leak on a PL/pgSQL body that does not compile (lsan.supp)
FUZZ_ENV = LSAN_OPTIONS=suppressions=fuzz/lsan.supp:print_suppressions=0

FUZZ_SEEDS = $(wildcard fuzz/corpus/*) $(wildcard schema/*.sql) \
	$(wildcard testdata/diff/*/from.sql) $(wildcard testdata/diff/*/to.sql) \
	$(wildcard testdata/errors/*/input.sql) $(wildcard testdata/fuzz/*.sql)
FUZZ_DIFF_CASES = $(patsubst %/to.sql,%,$(wildcard testdata/diff/*/to.sql))

.PHONY: fuzz fuzz-diff fuzz-build fuzz-seed fuzz-diff-seed fuzz-clean

fuzz: fuzz/fuzz_build fuzz-seed
	@mkdir -p $(FUZZ_ARTIFACTS)
	$(FUZZ_ENV) fuzz/fuzz_build $(FUZZ_FLAGS) $(FUZZ_EXTRA) fuzz/corpus-run

fuzz-diff: fuzz/fuzz_diff fuzz-diff-seed
	@mkdir -p $(FUZZ_ARTIFACTS)
	$(FUZZ_ENV) fuzz/fuzz_diff $(FUZZ_FLAGS) $(FUZZ_EXTRA) fuzz/corpus-diff-run

fuzz-build: fuzz/fuzz_build fuzz/fuzz_diff

fuzz/fuzz_build fuzz/fuzz_diff: fuzz/%: fuzz/%.c $(FUZZ_LIB_SRCS) $(FUZZ_HDRS) build/gen/platform_sql.h
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $< $(FUZZ_LIB_SRCS) $(FUZZ_LIBS)

# Seeds are named after their path (testdata/diff/x/to.sql ->
# testdata_diff_x_to.sql), so copying again only refreshes them.
fuzz-seed:
	@mkdir -p fuzz/corpus-run
	@for f in $(FUZZ_SEEDS); do \
		cp "$$f" "fuzz/corpus-run/$$(echo "$$f" | tr / _)"; \
	done

fuzz-diff-seed:
	@mkdir -p fuzz/corpus-diff-run
	@for d in $(FUZZ_DIFF_CASES); do \
		{ cat "$$d/from.sql"; printf '\n---\n'; cat "$$d/to.sql"; } \
			> "fuzz/corpus-diff-run/$$(echo "$$d" | tr / _).sql"; \
	done

fuzz-clean:
	rm -rf fuzz/fuzz_build fuzz/fuzz_diff fuzz/corpus-run fuzz/corpus-diff-run $(FUZZ_ARTIFACTS)

.DEFAULT_GOAL := $(FUZZ_SAVED_DEFAULT_GOAL)
