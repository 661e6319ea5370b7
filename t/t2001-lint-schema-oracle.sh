#!/bin/bash
#
# The schema lints against PostgreSQL 15: `schemac lint --schema` reports
# exactly the objects that Supabase-advisor-style catalog queries
# (testdata/lint-schema/queries.sql, written from splinter's published
# lints) find on a real server loaded with the same schema, rule by rule.
#
# Schemas judged:
#   testdata/lint/*/schema.sql    every schema-lint golden case (its
#                                 schemac.json gives the exposed schemas)
#   the corpus (../shared/corpus) the newest version of each structure set
#                                 (no schema exposed), and each Supabase set's
#                                 migrations (platform supabase: public
#                                 exposed), loaded after supabase/_stub.sql
#
# The server stands in for a Supabase project: the API roles anon and
# authenticated exist, and tables and views get Supabase's default grants to
# them (ALTER DEFAULT PRIVILEGES ... GRANT ALL ON TABLES), which lint assumes
# rather than reads; functions keep PostgreSQL's default ACL, which lint
# reads.  One case: its name (a golden case's, or corpus/SET) as the
# argument.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'schemac lint --schema finds what the catalog queries find on PostgreSQL 15'

QUERIES=$TOP/testdata/lint-schema/queries.sql
FINDINGS=$TOP/testdata/lint-schema/findings.jq
CORPUS=${SCHEMAC_CORPUS:-$TOP/../shared/corpus}
if ! command -v jq >/dev/null; then
	skip_all "no jq (make deps installs it)"
fi
if ! test -x "$SCHEMAC"; then
	bail_out "$SCHEMAC is not built (run make)"
fi
only=${TEST_ARGS[0]:-${CASE:-}}

# Each case: NAME, the folder lint runs in, the files loaded in order (a
# folder: its *.sql in name order), what lint reads.
names=() dirs=() loads=() reads=()
for d in "$TOP"/testdata/lint/*/; do
	d=${d%/}
	test -f "$d/schema.sql" || continue
	names+=("${d##*/}") dirs+=("$d") loads+=("$d/schema.sql") reads+=(schema.sql)
done
if test -d "$CORPUS/structure"; then
	for s in "$CORPUS"/structure/*/; do
		s=${s%/}
		last=$(ls "$s"/*.sql | LC_ALL=C sort | tail -n 1)
		names+=("corpus/${s##*/}") dirs+=("") loads+=("$last") reads+=("$last")
	done
fi
if test -f "$CORPUS/supabase/_stub.sql"; then
	for s in "$CORPUS"/supabase/*/migrations; do
		set=${s%/migrations}
		names+=("corpus/${set##*/}") dirs+=("") loads+=("$CORPUS/supabase/_stub.sql $s")
		reads+=("$s")
	done
fi

pg_start
psql -X -q -d postgres -c "DO \$\$ BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN CREATE ROLE anon NOLOGIN; END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN CREATE ROLE authenticated NOLOGIN; END IF;
	END \$\$" || bail_out "cannot create the API roles"

# exposed_of DIR: the exposed schemas schemac.json of DIR gives, as an array
# literal; the platform's default (public under supabase) without them.
exposed_of () {
	if test -f "$1/schemac.json"; then
		jq -r 'if .lint.exposed_schemas then .lint.exposed_schemas
		       elif .platform == "supabase" then ["public"] else [] end
		       | "{" + join(",") + "}"' "$1/schemac.json"
	else
		echo '{}'
	fi
}

# load DB FILE-OR-FOLDER...: each file by its own psql run, as a migration
# tool runs them.
load () {
	db=$1
	shift
	for f in "$@"; do
		if test -d "$f"; then
			for g in "$f"/*.sql; do
				pg_load "$db" "$g" || return 1
			done
		else
			pg_load "$db" "$f" || return 1
		fi
	done
}

ran=0
for i in "${!names[@]}"; do
	name=${names[$i]}
	test -z "$only" || test "$name" = "$only" || continue
	ran=$((ran + 1))
	work=$TEST_TMP/$(echo "$name" | tr / _)
	mkdir -p "$work"
	dir=${dirs[$i]}
	if test -z "$dir"; then
		dir=$work/project
		mkdir -p "$dir"
		if test -d "$CORPUS/supabase/${name#corpus/}"; then
			echo '{ "platform": "supabase" }' >"$dir/schemac.json"
		fi
	fi
	exposed=$(exposed_of "$dir")
	db=ls_$i

	test_expect_success "$name: lint --schema reports what the server's catalog shows" '
		pg_dropdb $db 2>/dev/null && pg_createdb $db &&
		psql -X -q -d $db -c "ALTER DEFAULT PRIVILEGES GRANT ALL ON TABLES TO anon, authenticated" &&
		load $db ${loads[$i]} &&
		psql -X -q -d $db -v exposed="$exposed" -f "$QUERIES" | LC_ALL=C sort >"$work/server" &&
		pg_dropdb $db &&
		{ (cd "$dir" && "$SCHEMAC" lint --schema "${reads[$i]}" --format json) >"$work/lint.json" \
			2>"$work/lint.err"; test $? -le 1 || { cat "$work/lint.json" "$work/lint.err"; false; }; } &&
		jq -r -f "$FINDINGS" "$work/lint.json" | LC_ALL=C sort >"$work/lint" &&
		{ diff -u --label server --label lint "$work/server" "$work/lint" ||
		  { cat "$work/lint.err"; false; }; }
	'
	if test -f "$work/server"; then
		echo "# $name: $(cut -f1 "$work/server" | sort | uniq -c | awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2 }')"
	fi
done
if test -n "$only" && test $ran -eq 0; then
	bail_out "no such case: $only"
fi

test_done
