#!/bin/bash
#
# peer-oracle.sh DIR: measure schemac on another tool's test suite.  Not a
# test; make test does not run it.
#
# DIR holds one folder a case, each with from.sql and to.sql (pairs copied
# from a peer's public suite, kept outside the repository).  Each case is
# judged on a throwaway PostgreSQL 15 (t/lib-pg.sh), the way
# t/t1000-diff-golden.sh judges ours:
#   idempotent   `schemac diff from.sql from.sql` and `... to.sql to.sql`
#                print nothing (and succeed)
#   oracle       from.sql loaded, then `schemac diff from.sql to.sql`
#                applied: its canonical pg_dump equals that of to.sql
#                loaded alone
#   back         the same from to.sql to from.sql
# A case whose to.sql or from.sql PostgreSQL itself refuses is excluded.
# One line a case on stdout, `PASS|FAIL|EXCLUDED <case> <reason>` (the
# first thing that failed), then a summary.  With PEER_OUT=FOLDER the
# files of every case (migrations, errors, dumps, their diff) are kept in
# FOLDER/<case>/.  Environment: SCHEMAC (the binary, default ./schemac).

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

dir=${TEST_ARGS[0]:-}
if test -z "$dir" || ! test -d "$dir"; then
	echo "usage: t/peer-oracle.sh DIR   (DIR: folders with from.sql and to.sql)" >&2
	exit 2
fi
out=${PEER_OUT:-$TEST_TMP/out}
mkdir -p "$out" || exit 1

pg_start >/dev/null

# first_line FILE: its first line that says something, shortened.
first_line () {
	grep -v '^[[:space:]]*$' "$1" 2>/dev/null | grep -v '^  ' | head -n 1 | cut -c 1-160
}

# self NAME FILE WORK: FILE diffs empty against itself; else a reason.
self () {
	if ! "$SCHEMAC" diff "$2" "$2" >"$3/self-$1.sql" 2>"$3/self-$1.err"; then
		echo "$1 refused: $(first_line "$3/self-$1.err")"
	elif test -s "$3/self-$1.sql"; then
		echo "$1 not idempotent: $(first_line "$3/self-$1.sql")"
	fi
}

# direction A B WORK TAG: the migration from A to B applied to A gives B's
# dump (WORK/B.dump, made before); else a reason.
direction () {
	a=$1 b=$2 w=$3 tag=$4
	if ! "$SCHEMAC" diff "$w/$a.sql" "$w/$b.sql" >"$w/$tag.sql" 2>"$w/$tag.err"; then
		echo "$tag refused: $(first_line "$w/$tag.err")"
		return
	fi
	pg_createdb "${db}_$tag" &&
	pg_load "${db}_$tag" "$w/$a.sql" 2>/dev/null || {
		echo "$tag: cannot load $a.sql"
		return
	}
	if ! pg_load "${db}_$tag" "$w/$tag.sql" 2>"$w/$tag.apply"; then
		echo "$tag apply: $(grep -m 1 'ERROR' "$w/$tag.apply" | sed -e 's/^.*ERROR: *//' | cut -c 1-160)"
		pg_dropdb "${db}_$tag"
		return
	fi
	pg_dump_canon "${db}_$tag" "$w/$tag.dump"
	pg_dropdb "${db}_$tag"
	if ! diff -u "$w/$b.dump" "$w/$tag.dump" >"$w/$tag.dumpdiff"; then
		echo "$tag dump differs: $(grep -m 1 '^[-+][^-+]' "$w/$tag.dumpdiff" | cut -c 1-160)"
	fi
}

pass=0 fail=0 excluded=0 n=0
for case_dir in "$dir"/*/; do
	case_dir=${case_dir%/}
	name=${case_dir##*/}
	test -f "$case_dir/from.sql" && test -f "$case_dir/to.sql" || continue
	n=$((n + 1))
	db=peer$n
	w=$out/$name
	rm -rf "$w"
	mkdir -p "$w"
	cp "$case_dir/from.sql" "$case_dir/to.sql" "$w/"
	reason=
	for side in from to; do
		pg_createdb "${db}_$side"
		if ! pg_load "${db}_$side" "$w/$side.sql" 2>"$w/$side.load"; then
			reason="$side.sql refused by PostgreSQL: $(grep -m 1 'ERROR' "$w/$side.load" | sed -e 's/^.*ERROR: *//' | cut -c 1-120)"
		else
			pg_dump_canon "${db}_$side" "$w/$side.dump"
		fi
		pg_dropdb "${db}_$side"
		test -n "$reason" && break
	done
	if test -n "$reason"; then
		excluded=$((excluded + 1))
		echo "EXCLUDED $name $reason"
		continue
	fi
	reason=$(self from "$w/from.sql" "$w")
	test -n "$reason" || reason=$(self to "$w/to.sql" "$w")
	test -n "$reason" || reason=$(direction from to "$w" forward)
	test -n "$reason" || reason=$(direction to from "$w" back)
	if test -n "$reason"; then
		fail=$((fail + 1))
		echo "FAIL $name $reason"
	else
		pass=$((pass + 1))
		echo "PASS $name"
	fi
done
judged=$((pass + fail))
echo "# $n cases: $pass pass, $fail fail, $excluded excluded (PostgreSQL refuses a side); pass rate $pass/$judged"
