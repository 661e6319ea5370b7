# schemac - a SQL-first migration compiler for PostgreSQL.
#
#   make          build ./schemac
#   make test     install missing packages, build with ASan+UBSan, run t/ under prove
#   make demo     compile the example schema/ and print its migration
#   make bench    speed and memory against raw libpg_query parsing
#   make deps     install the Debian packages that are missing
#   make valgrind run the diff tests under valgrind
#   make fuzz     libFuzzer on the parse and build stages (fuzz/fuzz.mk)
#   make install  the binary, the man page schemac(1), bash and zsh completions
#                 under $(DESTDIR)$(PREFIX) (default /usr/local); make uninstall
#   make catalog-data  rewrite compiler/pg_cast.inc, pg_catalog.inc and pg_extension.inc from a throwaway PostgreSQL 15

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN     = -std=c11 -D_GNU_SOURCE -Ibuild/gen -Wall -Wextra -Werror -Wno-missing-field-initializers
LIBS     = -lpg_query -lprotobuf-c -lpq -lxxhash -ljansson
SAN      = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

SRCS     = $(wildcard compiler/*.c) $(wildcard runtime/*.c)
OBJS     = $(SRCS:%.c=build/release/%.o)
TOBJS    = $(SRCS:%.c=build/test/%.o)
DEPS     = libpg-query-dev libprotobuf-c-dev libpq-dev libxxhash-dev libjansson-dev \
           postgresql-15 postgresql-contrib pgbouncer \
           man-db groff-base zsh pre-commit graphviz chromium python3-jsonschema python3-psycopg2 jq \
           nodejs
# npm packages the tests use offline (t/npm/package.json, pinned by its
# package-lock.json), installed by make deps into t/npm/node_modules
# (git-ignored): mermaid.js renders schemac docs --format mermaid in t5000.
NPM_DEPS = t/npm/node_modules/mermaid/dist/mermaid.min.js

PROVE   ?= prove
# The test scripts, two at a time (each starts its own throwaway server),
# the longest first, longest to shortest, so that the short ones fill in
# around them and the run does not end waiting on one long script.
# t7210 and t7200's golden cases copy t1000's dumps of to.sql
# (PG_DUMP_CACHE, lib-pg.sh; t1000 gets there first, t7200 starting with
# the example and the corpus); every server's cluster is a copy of the
# first one's initdb (PG_INITDB_CACHE).
TEST_JOBS ?= 2
LONG_TESTS = t/t7200-pull-roundtrip.sh t/t1000-diff-golden.sh t/t0220-verdicts.sh t/t2100-lint-oracle.sh \
             t/t1210-corpus-diff.sh t/t7000-pull.sh t/t7210-push-golden.sh
TESTS    = $(LONG_TESTS) $(filter-out $(LONG_TESTS),$(sort $(wildcard t/t[0-9]*.sh)))

all: schemac

schemac: $(OBJS)
	$(CC) $(CFLAGS) -o $@ $(OBJS) $(LIBS)

build/test/schemac: $(TOBJS)
	$(CC) $(CFLAGS) $(SAN) -o $@ $(TOBJS) $(LIBS)

# C unit tests of the leaf modules (t/unit/*.c, TAP), linked with the
# compiler's test objects but main; run by t/t0010-unit.sh.
UNITS    = $(patsubst t/unit/%.c,build/test/unit/%,$(wildcard t/unit/*.c))
UNITOBJS = $(filter-out build/test/compiler/main.o,$(TOBJS))

build/test/unit/%: t/unit/%.c t/unit/tap.h $(UNITOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(SAN) -o $@ $< $(UNITOBJS) $(LIBS)

# The platforms' extern declarations (compiler/platform/*.sql), built into
# the binary as strings.
GEN      = build/gen/platform_sql.h
build/gen/platform_sql.h: compiler/platform/supabase.sql compiler/platform/sql2c.sh
	@mkdir -p $(dir $@)
	sh compiler/platform/sql2c.sh platform_supabase_sql compiler/platform/supabase.sql >$@.tmp
	mv $@.tmp $@
build/release/compiler/platform.o build/test/compiler/platform.o: $(GEN)

build/release/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) -MMD -MP -c $< -o $@

build/test/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(SAN) -MMD -MP -c $< -o $@

-include $(OBJS:.o=.d) $(TOBJS:.o=.d)

deps:
	@missing=; for p in $(DEPS); do \
		dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	@command -v npm >/dev/null 2>&1 || { \
		echo "installing: npm"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm; }
	@for f in $(NPM_DEPS); do test -f $$f || missing=1; done; \
	if [ -n "$$missing" ]; then \
		echo "installing: npm packages of t/npm/package.json"; \
		cd t/npm && npm ci --no-audit --no-fund --loglevel=error; \
	fi

# compiler/pg_cast.inc from pg_cast of a throwaway PostgreSQL 15 server
# (t/t1010-pg-cast.sh proves the committed file matches it).
catalog-data: deps
	SCHEMAC_BLESS=1 bash t/t1010-pg-cast.sh
	SCHEMAC_BLESS=1 bash t/t1011-pg-catalog.sh

test: deps
	$(MAKE) schemac build/test/schemac $(UNITS)
	cache=$$(mktemp -d /tmp/schemac-dumps.XXXXXX) && mkdir $$cache/dumps $$cache/cluster && \
	SCHEMAC=$(CURDIR)/build/test/schemac SCHEMAC_RELEASE=$(CURDIR)/schemac ASAN_OPTIONS=detect_leaks=1 \
		PG_DUMP_CACHE=$$cache/dumps PG_INITDB_CACHE=$$cache/cluster \
		LSAN_OPTIONS=suppressions=$(CURDIR)/fuzz/lsan.supp:print_suppressions=0 $(PROVE) --timer -j$(TEST_JOBS) $(TESTS); \
	rc=$$?; rm -rf "$$cache"; exit $$rc

# The demo: the example schema from nothing, the committed migrations
# checked, then a change made in a copy of the project: check catches it,
# generate writes it, check passes again.
demo: deps
	$(MAKE) schemac
	@echo '$$ ./schemac diff /dev/null schema/'
	@./schemac diff /dev/null schema/
	@echo; echo '$$ ./schemac generate      # migrations/ already holds schema/'
	@./schemac generate
	@echo '$$ ./schemac check'
	@./schemac check && echo 'ok: schema, migrations, snapshot and sums agree'
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	cp -R schema migrations "$$tmp"/; cd "$$tmp"; \
	echo; echo '$$ echo "ALTER TABLE projects ADD COLUMN archived_at timestamptz;" >> schema/06_projects.sql'; \
	echo "ALTER TABLE projects ADD COLUMN archived_at timestamptz;" >> schema/06_projects.sql; \
	echo '$$ schemac check      # the schema changed, no migration holds it'; \
	$(CURDIR)/schemac check || echo "(exit $$?)"; \
	echo; echo '$$ schemac generate archive_projects'; \
	$(CURDIR)/schemac generate archive_projects; \
	echo; echo '$$ cat migrations/0001_archive_projects.sql'; \
	cat migrations/0001_archive_projects.sql; \
	echo; echo '$$ schemac check'; \
	$(CURDIR)/schemac check && echo 'ok: schema, migrations, snapshot and sums agree'
	@$(MAKE) --no-print-directory demo-migrate
	@echo; echo '$$ schemac verify      # the history proved on a throwaway PostgreSQL'
	@./schemac verify

# A throwaway PostgreSQL 15 in a temporary folder (as the postgres user:
# initdb refuses root), the example migrated to the latest version, status,
# and the server stopped again, whatever happens.
PG_BINDIR ?= /usr/lib/postgresql/15/bin
demo-migrate: schemac
	@set -e; dir=$$(mktemp -d /tmp/schemac-demo.XXXXXX); chmod 755 "$$dir"; \
	as_pg=; [ "$$(id -u)" = 0 ] && { chown postgres: "$$dir"; as_pg="runuser -u postgres --"; }; \
	trap '$$as_pg $(PG_BINDIR)/pg_ctl -D "$$dir/data" stop -m fast >/dev/null 2>&1; rm -rf "$$dir"' EXIT; \
	$$as_pg $(PG_BINDIR)/initdb -D "$$dir/data" -A trust -U postgres --no-sync >/dev/null; \
	port=$$((20000 + $$$$ % 20000)); \
	$$as_pg $(PG_BINDIR)/pg_ctl -D "$$dir/data" -l "$$dir/log" -w \
		-o "-p $$port -k $$dir -c listen_addresses=''" start >/dev/null; \
	$$as_pg $(PG_BINDIR)/createdb -h "$$dir" -p $$port -U postgres demo; \
	url="postgresql://postgres@/demo?host=$$dir&port=$$port"; \
	echo; echo '$$ schemac migrate     # a throwaway PostgreSQL 15, database demo'; \
	./schemac migrate --url "$$url"; \
	echo; echo '$$ schemac status'; \
	./schemac status --url "$$url"

# What make install puts where. The man page and the completions are
# generated by the binary from its command table (schemac help --man,
# schemac completion bash|zsh), so they say what --help says.
PREFIX  ?= /usr/local
BINDIR   = $(PREFIX)/bin
MANDIR   = $(PREFIX)/share/man/man1
BASHDIR  = $(PREFIX)/share/bash-completion/completions
ZSHDIR   = $(PREFIX)/share/zsh/site-functions
GENERATED = build/schemac.1 build/schemac.bash build/_schemac

build/schemac.1: schemac
	@mkdir -p build
	./schemac help --man >$@.tmp && mv $@.tmp $@

build/schemac.bash: schemac
	@mkdir -p build
	./schemac completion bash >$@.tmp && mv $@.tmp $@

build/_schemac: schemac
	@mkdir -p build
	./schemac completion zsh >$@.tmp && mv $@.tmp $@

install: schemac $(GENERATED)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR) $(DESTDIR)$(BASHDIR) $(DESTDIR)$(ZSHDIR)
	install -m 755 schemac $(DESTDIR)$(BINDIR)/schemac
	install -m 644 build/schemac.1 $(DESTDIR)$(MANDIR)/schemac.1
	install -m 644 build/schemac.bash $(DESTDIR)$(BASHDIR)/schemac
	install -m 644 build/_schemac $(DESTDIR)$(ZSHDIR)/_schemac

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/schemac $(DESTDIR)$(MANDIR)/schemac.1 \
		$(DESTDIR)$(BASHDIR)/schemac $(DESTDIR)$(ZSHDIR)/_schemac

valgrind: schemac
	SCHEMAC_VALGRIND=1 SCHEMAC="valgrind -q --error-exitcode=99 --leak-check=full $(CURDIR)/schemac" \
		$(PROVE) t/t1000-diff-golden.sh

clean: bench-clean
	rm -rf build schemac

include bench/bench.mk
include fuzz/fuzz.mk

bench: schemac

.PHONY: all deps test demo demo-migrate valgrind clean bench install uninstall catalog-data
