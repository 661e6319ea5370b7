#!/bin/bash
#
# Golden error cases: what schemac says about bad input.
#
# Each folder testdata/errors/<case>/ holds
#   input.sql     the schema to compile (or input/, a folder of .sql files)
#   expected.txt  exactly what schemac must print on stderr
#   expected.sql  only in a case that is a warning, not an error: the
#                 migration schemac must still print on stdout (to make
#                 a new warning case, create it empty, then bless)
#
# For each case, `schemac diff /dev/null input.sql` is run from the case
# folder, so that the paths in the messages are the relative `input.sql`
# (or `input/...`), whatever the checkout's location.  Without expected.sql
# it must exit 2 and print nothing on stdout; with expected.sql it must exit
# 0 and print expected.sql.  Either way its stderr must be expected.txt.
#
# SCHEMAC_BLESS=1 writes the output to expected.txt (and to expected.sql
# where there is one) instead of comparing; read every blessed file before
# committing it.  One case only: CASE=name in the environment, or the case
# name as an argument.

. "$(dirname "$0")/test-lib.sh"

test_description 'schemac diff: golden error messages'

golden_cases "$TOP/testdata/errors"

for case_dir in "${cases[@]}"; do
	name=${case_dir##*/}
	work=$TEST_TMP/$name
	mkdir "$work"
	if test -d "$case_dir/input"; then
		input=input
	else
		input=input.sql
	fi
	if test -f "$case_dir/expected.sql"; then
		title="$name: a warning on stderr, exit 0, the migration on stdout"
		want_code=0
	else
		title="$name: the error on stderr, exit 2, nothing on stdout"
		want_code=2
	fi

	test_expect_success "$title" '
		test -e "$case_dir/$input" || {
			echo "$case_dir has neither input.sql nor input/"
			false
		}
		code=0
		(cd "$case_dir" && "$SCHEMAC" diff /dev/null "$input") \
			>"$work/stdout" 2>"$work/stderr" || code=$?
		if test "$SCHEMAC_BLESS" = 1; then
			cp "$work/stderr" "$case_dir/expected.txt" &&
			if test $want_code -eq 0; then
				cp "$work/stdout" "$case_dir/expected.sql"
			fi &&
			echo "blessed $case_dir (exit code $code)"
		fi
		if test $code -ne $want_code; then
			echo "exit code $code, wanted $want_code; stderr:"
			cat "$work/stderr"
			false
		fi
		if test $want_code -eq 0; then
			test_cmp "$case_dir/expected.sql" "$work/stdout"
		else
			test_must_be_empty "$work/stdout"
		fi
		if ! test -f "$case_dir/expected.txt"; then
			echo "no expected.txt (bless with SCHEMAC_BLESS=1); stderr:"
			cat "$work/stderr"
			false
		fi
		test_cmp "$case_dir/expected.txt" "$work/stderr"
	'
done

test_done
