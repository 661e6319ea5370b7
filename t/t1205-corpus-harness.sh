#!/bin/bash
#
# The corpus oracle scripts themselves (t1210, t1220, with t/lib-corpus.sh),
# run on the miniature corpus in testdata/corpus-mini: what schemac handles
# passes; a listed failure is a TAP TODO, a listed test that passes and a
# stale line are named; an unlisted failure fails the script; record mode
# writes each failure with its reason; a migration that does not apply, or
# applies but gives another schema, is caught.  The real corpus fails almost
# entirely today, so without this the passing path would go untested.

. "$(dirname "$0")/test-lib.sh"

test_description 'the corpus oracle scripts on a miniature corpus'

if ! test -x /usr/lib/postgresql/15/bin/initdb; then
	skip_all "PostgreSQL 15 server binaries not found"
fi
if ! test -x "$SCHEMAC"; then
	bail_out "$SCHEMAC is not built (run make)"
fi

MINI=$TOP/testdata/corpus-mini
t1210=structure/mini__app
t1220=supabase/mini__app

test_expect_success 'without a corpus, both scripts skip, saying so' '
	SCHEMAC_CORPUS=$TEST_TMP/nowhere bash "$TOP/t/t1210-corpus-diff.sh" >s1.out &&
	grep "^1\.\.0 # SKIP no corpus at $TEST_TMP/nowhere/structure" s1.out &&
	SCHEMAC_CORPUS=$TEST_TMP/nowhere bash "$TOP/t/t1220-corpus-supabase.sh" >s2.out &&
	grep "^1\.\.0 # SKIP no corpus at $TEST_TMP/nowhere/supabase" s2.out
'

test_expect_success 't1210: passes, TODOs, vanished and stale entries, unlisted failures, recorded reasons' '
	cat >list <<-EOF &&
	# a comment
	$t1210 002 -> 003: the migration turns 002 into 003 # unsupported statement: CREATE TYPE (base type)
	$t1210 001 -> 002: the migration turns 001 into 002 # fixed since
	$t1210 009: diff with itself prints nothing # no such version

	$t1220 0 -> 1: belongs to the other script # not stale here
	EOF
	code=0 &&
	SCHEMAC_CORPUS=$MINI SCHEMAC_CORPUS_EXPECTED=$PWD/list SCHEMAC_CORPUS_RECORD=$PWD/rec \
		bash "$TOP/t/t1210-corpus-diff.sh" >t1210.out 2>&1 || code=$? &&
	cat t1210.out &&
	test $code -eq 1 &&
	grep "^ok 1 - $t1210 001: diff with itself prints nothing$" t1210.out &&
	grep "^ok 2 - $t1210 001 -> 002: the migration turns 001 into 002 # TODO known breakage vanished$" t1210.out &&
	grep "^ok 3 - $t1210 002 -> 001: the migration turns 002 into 001$" t1210.out &&
	grep "^not ok 5 - $t1210 002 -> 003: the migration turns 002 into 003 # TODO known breakage$" t1210.out &&
	grep "^not ok 6 - $t1210 003 -> 002: the migration turns 003 into 002$" t1210.out &&
	grep "^not ok 7 - $t1210 003: diff with itself prints nothing$" t1210.out &&
	grep "^1\.\.7$" t1210.out &&
	grep "^# NOTE: 1 test(s) listed in .* now pass" t1210.out &&
	grep "^#   $t1210 001 -> 002: the migration turns 001 into 002$" t1210.out &&
	grep "^# NOTE: 2 test(s) fail that .* does not list" t1210.out &&
	grep "^# NOTE: 1 line(s) of .* name no test here" t1210.out &&
	grep "^#   $t1210 009: diff with itself prints nothing$" t1210.out &&
	! grep "not stale" t1210.out &&

	cat >expect <<-EOF &&
	$t1210 002 -> 003: the migration turns 002 into 003 # unsupported statement: CREATE TYPE (base type)
	$t1210 003 -> 002: the migration turns 003 into 002 # unsupported statement: CREATE TYPE (base type)
	$t1210 003: diff with itself prints nothing # unsupported statement: CREATE TYPE (base type)
	EOF
	test_cmp expect rec
'

test_expect_success 't1210: a migration that fails, or gives another schema, is caught' '
	cat >fake <<-\EOF &&
	#!/bin/sh
	# schemac diff A B: a migration that fails from 001, nothing otherwise
	case $2 in */001_*) echo "SELECT no_such_function();" ;; esac
	exit 0
	EOF
	chmod +x fake &&
	SCHEMAC=$PWD/fake SCHEMAC_CORPUS=$MINI SCHEMAC_CORPUS_EXPECTED=/dev/null \
		SCHEMAC_CORPUS_RECORD=$PWD/rec2 \
		bash "$TOP/t/t1210-corpus-diff.sh" >fake.out 2>&1 || : &&
	cat rec2 &&
	grep "^$t1210 001 -> 002: .* # the migration fails: ERROR: function no_such_function() does not exist$" rec2 &&
	grep "^$t1210 002 -> 001: .* # the dumps differ: [1-9][0-9]* line(s)$" rec2 &&
	grep "^# +    name text$" fake.out
'

test_expect_success 't1220: prefix pairs and the catalog check' '
	SCHEMAC_CORPUS=$MINI SCHEMAC_CORPUS_EXPECTED=/dev/null SCHEMAC_CORPUS_RECORD=$PWD/rec3 \
		bash "$TOP/t/t1220-corpus-supabase.sh" >t1220.out 2>&1 || : &&
	cat t1220.out &&
	grep "^ok 2 - $t1220 0 -> 1: the migration turns prefix 0 into prefix 1$" t1220.out &&
	grep "^ok 3 - $t1220 1 -> 2: the migration turns prefix 1 into prefix 2$" t1220.out &&
	cat >expect <<-EOF &&
	$t1220: the migrations build the catalog of their pg_dump # unsupported statement: CREATE TYPE (base type)
	$t1220 2 -> 3: the migration turns prefix 2 into prefix 3 # unsupported statement: CREATE TYPE (base type)
	EOF
	test_cmp expect rec3
'

test_done
