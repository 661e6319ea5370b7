# bench/bench.mk - `make bench`: the speed and memory of `schemac diff` next to
# the libpg_query parse baseline, on synthetic schemas (see bench/run.sh).
#
# The top Makefile includes this fragment; paths are relative to the root of
# the checkout. It also works on its own, which is how bench/run.sh builds its
# tools: make -f bench/bench.mk bench-tools. Every variable is named BENCH_*,
# and including it leaves the includer's default goal alone. The tools are
# always built with -O2 and without sanitizers, whatever CFLAGS says.

BENCH_SAVED_DEFAULT_GOAL := $(.DEFAULT_GOAL)

BENCH_CC ?= cc
BENCH_CFLAGS ?= -std=c11 -O2 -Wall -Wextra -Werror
BENCH_PG_QUERY_LIBS ?= -lpg_query
BENCH_TOOLS = bench/gen bench/parse_only bench/measure

.PHONY: bench bench-tools bench-clean

bench: $(BENCH_TOOLS)
	sh bench/run.sh

bench-tools: $(BENCH_TOOLS)

bench/gen: bench/gen.c
	$(BENCH_CC) $(BENCH_CFLAGS) -o $@ bench/gen.c

bench/parse_only: bench/parse_only.c
	$(BENCH_CC) $(BENCH_CFLAGS) -o $@ bench/parse_only.c $(BENCH_PG_QUERY_LIBS)

bench/measure: bench/measure.c
	$(BENCH_CC) $(BENCH_CFLAGS) -o $@ bench/measure.c

bench-clean:
	rm -f $(BENCH_TOOLS)
	rm -rf bench/out

.DEFAULT_GOAL := $(BENCH_SAVED_DEFAULT_GOAL)
