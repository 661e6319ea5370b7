#!/bin/bash
#
# The test harness itself: test-lib.sh reports passing and failing tests as
# TAP, test_cmp and friends notice what they should, the scratch directory
# comes and goes, and lib-pg.sh's canonical dump form ignores only what it
# should.  Needs no schemac binary and no server.

. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/lib-pg.sh"

test_description 'test-lib.sh and lib-pg.sh work'

# run_sub NAME BODY: write BODY as a test script sourcing test-lib.sh into
# sub/t/NAME.sh and run it, with its own TMPDIR; its stdout goes to NAME.out
# and its exit code to NAME.rc.
run_sub () {
	mkdir -p sub/t tmp &&
	cp "$TOP/t/test-lib.sh" "$TOP/t/lib-pg.sh" sub/t/ &&
	{
		echo '. "$(dirname "$0")/test-lib.sh"' &&
		printf '%s\n' "$2"
	} >"sub/t/$1.sh" &&
	{ TMPDIR=$PWD/tmp bash "sub/t/$1.sh" >"$1.out" 2>"$1.err"; echo $? >"$1.rc"; }
}

test_expect_success 'test_cmp accepts equal files' '
	printf "a\nb\n" >one &&
	printf "a\nb\n" >two &&
	test_cmp one two
'

test_expect_success 'test_cmp rejects different files and shows the diff' '
	printf "a\nb\n" >one &&
	printf "a\nc\n" >two &&
	test_must_fail test_cmp one two >diff.out &&
	grep "^-b$" diff.out &&
	grep "^+c$" diff.out
'

test_expect_success 'test_cmp rejects a missing file' '
	printf "a\n" >one &&
	test_must_fail test_cmp one missing
'

test_expect_success 'test_must_fail rejects success and crashes' '
	test_must_fail false &&
	! test_must_fail true >/dev/null &&
	! test_must_fail sh -c "kill -SEGV \$\$" >/dev/null
'

test_expect_success 'test_expect_code and test_must_be_empty' '
	test_expect_code 3 sh -c "exit 3" &&
	! test_expect_code 2 sh -c "exit 3" >/dev/null &&
	: >empty &&
	test_must_be_empty empty &&
	echo x >full &&
	! test_must_be_empty full >/dev/null &&
	! test_must_be_empty missing >/dev/null
'

test_expect_success 'passing and failing tests make valid TAP' '
	run_sub mixed "
test_expect_success \"first passes\" \"true\"
test_expect_success \"second fails\" \"echo some output && false\"
test_expect_success \"third # has a hash\" \"true\"
test_done" &&
	echo 1 >expect.rc &&
	test_cmp expect.rc mixed.rc &&
	grep "^ok 1 - first passes$" mixed.out &&
	grep "^not ok 2 - second fails$" mixed.out &&
	grep "^# some output$" mixed.out &&
	grep "^ok 3 - third \\\\# has a hash$" mixed.out &&
	grep "^1\.\.3$" mixed.out &&
	! grep -v "^ok \|^not ok \|^#\|^1\.\." mixed.out
'

test_expect_success 'all passing exits 0' '
	run_sub pass "
test_expect_success one true
test_expect_success two \"echo quiet\"
test_done" &&
	echo 0 >expect.rc &&
	test_cmp expect.rc pass.rc &&
	printf "ok 1 - one\nok 2 - two\n1..2\n" >expect &&
	test_cmp expect pass.out
'

test_expect_success 'test_expect_failure: a TODO either way, and the script passes' '
	run_sub todo "
test_expect_failure \"still broken\" \"echo why && false\"
test_expect_failure \"now fixed\" true
test_expect_success \"plain\" true
test_done" &&
	echo 0 >expect.rc &&
	test_cmp expect.rc todo.rc &&
	grep "^not ok 1 - still broken # TODO known breakage$" todo.out &&
	grep "^ok 2 - now fixed # TODO known breakage vanished$" todo.out &&
	grep "^ok 3 - plain$" todo.out &&
	grep "^# 1 known breakage(s) vanished" todo.out &&
	! grep "^# why" todo.out &&
	if command -v prove >/dev/null; then
		prove -e bash sub/t/todo.sh >prove.out 2>&1 &&
		grep "TODO passed: *2" prove.out
	fi
'

test_expect_success 'a failure in the middle of a && chain fails the test' '
	run_sub chain "
test_expect_success chain \"true && false && true\"
test_done" &&
	grep "^not ok 1 - chain$" chain.out
'

test_expect_success 'a failing command on its own line fails the test (set -e)' '
	run_sub sete "
test_expect_success lines \"
	false
	echo not reached
\"
test_done" &&
	grep "^not ok 1 - lines$" sete.out &&
	! grep "^# not reached" sete.out
'

test_expect_success 'a test cannot change the script'"'"'s variables or directory' '
	run_sub isolated "
x=before
test_expect_success change \"x=after; cd /\"
test_expect_success check \"test \\\$x = before && test \\\$PWD = \\\$TEST_TMP\"
test_done" &&
	grep "^ok 2 - check$" isolated.out
'

test_expect_success 'skip_all prints a SKIP plan and exits 0' '
	run_sub skip "skip_all \"no reason at all\"" &&
	echo "1..0 # SKIP no reason at all" >expect &&
	test_cmp expect skip.out &&
	echo 0 >expect.rc &&
	test_cmp expect.rc skip.rc
'

test_expect_success 'the scratch directory is removed at exit, kept on request' '
	run_sub scratch "echo \$TEST_TMP >&2; test_done" &&
	dir=$(cat scratch.err) &&
	case $dir in "$PWD"/tmp/schemac-scratch.*) ;; *) false ;; esac &&
	! test -e "$dir" &&
	SCHEMAC_KEEP_TMP=1 run_sub scratch "echo \$TEST_TMP >&2; test_done" &&
	dir=$(cat scratch.err) &&
	test -d "$dir" &&
	grep "^# scratch directory kept: $dir$" scratch.out &&
	rm -rf "$dir"
'

test_expect_success 'exit hooks run on failure and on signals, last first' '
	run_sub hooks "
test_at_exit \"echo first >>\$PWD/hooks.log\"
test_at_exit \"echo second >>\$PWD/hooks.log\"
kill -TERM \$\$
sleep 5" &&
	printf "second\nfirst\n" >expect &&
	test_cmp expect hooks.log &&
	echo 143 >expect.rc &&
	test_cmp expect.rc hooks.rc
'

test_expect_success 'TOP and SCHEMAC, default and overridden' '
	(unset SCHEMAC && run_sub vars "echo \"\$TOP \$SCHEMAC\" >&2") &&
	echo "$PWD/sub $PWD/sub/schemac" >expect &&
	test_cmp expect vars.err &&
	SCHEMAC=/opt/x/schemac-asan run_sub vars "echo \"\$SCHEMAC\" >&2" &&
	echo /opt/x/schemac-asan >expect &&
	test_cmp expect vars.err &&
	SCHEMAC=bin/schemac-asan run_sub vars "echo \"\$SCHEMAC\" >&2" &&
	echo "$PWD/bin/schemac-asan" >expect &&
	test_cmp expect vars.err
'

test_expect_success 'non-option arguments reach the script' '
	mkdir -p sub/t &&
	cp "$TOP/t/test-lib.sh" sub/t/ &&
	{
		echo ". \"\$(dirname \"\$0\")/test-lib.sh\"" &&
		echo "echo \"\${TEST_ARGS[*]}\" >&2"
	} >sub/t/args.sh &&
	bash sub/t/args.sh -v some-case other 2>args.err &&
	echo "some-case other" >expect &&
	test_cmp expect args.err
'

test_expect_success 'pg_canon drops noise and sorts statements' '
	cat >dump1.sql <<-\EOF &&
	--
	-- PostgreSQL database dump
	--

	\restrict AbCdEf123
	SET statement_timeout = 0;
	SELECT pg_catalog.set_config('"'"'search_path'"'"', '"'"''"'"', false);
	SET default_table_access_method = heap;

	-- Name: t; Type: TABLE; Schema: public; Owner: postgres
	CREATE TABLE public.t (
	    id integer NOT NULL,
	    note text DEFAULT '"'"'a;'"'"'::text
	);

	ALTER TABLE public.t OWNER TO postgres;
	COMMENT ON TABLE public.t IS '"'"'it'"'"''"'"'s -- not a comment;
	still the comment'"'"';

	\unrestrict AbCdEf123
	EOF
	cat >dump2.sql <<-\EOF &&
	\restrict ZZZ
	COMMENT ON TABLE public.t IS '"'"'it'"'"''"'"'s -- not a comment;
	still the comment'"'"';
	ALTER TABLE public.t OWNER TO postgres;
	CREATE TABLE public.t (
	    id integer NOT NULL,
	    note text DEFAULT '"'"'a;'"'"'::text
	);
	\unrestrict ZZZ
	EOF
	pg_canon dump1.sql canon1 &&
	pg_canon dump2.sql canon2 &&
	test_cmp canon1 canon2 &&
	test $(grep -c "^\$" canon1) = 3 &&
	! grep -i "restrict\|^SET\|set_config\|^--" canon1
'

test_expect_success 'pg_canon keeps dollar-quoted bodies and quoted names whole' '
	cat >dump.sql <<-\EOF &&
	CREATE FUNCTION public.f() RETURNS integer
	    LANGUAGE sql
	    AS $_$
	-- a comment inside the body;
	select 1;

	select 2;
	$_$;
	CREATE TABLE public."we;ird" (
	    "a$x$" integer
	);
	EOF
	pg_canon dump.sql canon &&
	test $(grep -c "^\$" canon) = 3 &&
	grep "^-- a comment inside the body;$" canon &&
	grep "^select 2;$" canon &&
	sed -n 1p canon | grep "^CREATE FUNCTION" &&
	sed -n 10p canon | grep "^CREATE TABLE public.\"we;ird\" ($"
'

test_expect_success 'pg_canon notices a changed statement' '
	printf "CREATE TABLE a (x int);\nCREATE TABLE b (y int);\n" >d1.sql &&
	printf "CREATE TABLE b (y bigint);\nCREATE TABLE a (x int);\n" >d2.sql &&
	pg_canon d1.sql c1 &&
	pg_canon d2.sql c2 &&
	test_must_fail test_cmp c1 c2 >diff.out &&
	grep "^-CREATE TABLE b (y int);$" diff.out &&
	grep "^+CREATE TABLE b (y bigint);$" diff.out
'

test_expect_success 'pg_canon keeps repeated statements (a multiset)' '
	printf "ALTER TABLE a OWNER TO x;\n" >d1.sql &&
	printf "ALTER TABLE a OWNER TO x;\nALTER TABLE a OWNER TO x;\n" >d2.sql &&
	pg_canon d1.sql c1 &&
	pg_canon d2.sql c2 &&
	test_must_fail test_cmp c1 c2
'

test_done
