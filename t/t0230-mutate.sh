#!/bin/bash
#
# Real schemas mutated the way a hold-out mutates them (t/mutate.py: a
# referenced object dropped, a name misspelled, a call's arguments changed,
# an object created twice, a typmod out of range; and benign variants), each
# mutant's verdict taken from PostgreSQL 15 and compared with schemac's.
# Bounded: one mutant of each kind for the golden cases' to.sql files and
# one structure set of the corpus (MUTATE_COUNT, MUTATE_SOURCES widen it).
# Every mutant must agree; the table of agreement per kind is printed.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'mutants of real schemas: schemac agrees with PostgreSQL 15'

pg_start

if test -z "$MUTATE_SOURCES"; then
	MUTATE_SOURCES="$TOP/testdata/diff/*/to.sql"
	for f in "$TOP"/../shared/corpus/structure/zooniverse__panoptes/015_*.sql; do
		test -f "$f" && MUTATE_SOURCES="$MUTATE_SOURCES $f"
	done
fi

test_expect_success 'every mutant: schemac refuses it iff PostgreSQL refuses it' '
	rc=0 &&
	python3 "$TOP/t/mutate.py" -v --count ${MUTATE_COUNT:-1} ${MUTATE_KEEP:+--keep "$MUTATE_KEEP"} \
		$MUTATE_SOURCES >report 2>&1 || rc=$? &&
	cat report &&
	test $rc = 0
'

test_done
