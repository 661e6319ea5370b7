# test-lib.sh: a small TAP test library in the style of git's t/test-lib.sh.
#
# A test script sources this file, declares what it tests, runs tests and
# finishes with test_done:
#
#	. "$(dirname "$0")/test-lib.sh"
#	test_description 'what this script tests'
#	test_expect_success 'title' '
#		command && command &&
#		test_cmp expected actual
#	'
#	test_done
#
# Each test body is eval'ed in a subshell, with `set -e`, standard input from
# /dev/null, and the scratch directory as the current directory; its output
# is captured and shown as `# ` comment lines when the test fails (always
# with -v).  The script prints `ok N - title` / `not ok N - title` and, at the
# end, the plan `1..N`, as prove expects.
#
# Variables it sets:
#	TOP       the repository root (the parent of this t/ folder)
#	SCHEMAC   the binary under test: "$TOP/schemac" unless set by the
#	          environment (the Makefile's test target points it at a
#	          sanitizer build); made absolute
#	SCHEMAC_RELEASE  the release build (make test sets it to ./schemac;
#	          SCHEMAC unless set), for runs that only repeat inputs a run
#	          of SCHEMAC has already been through in the same test: the
#	          diff the other way round, a second run for determinism, a
#	          diff of a file with itself.  Every input still meets the
#	          sanitizers once; the repeats cost a third of the time
#	          (ASan's start and exit, LeakSanitizer's scan, slower code).
#	          made absolute
#	TEST_TMP  a scratch directory for this script under ${TMPDIR:-/tmp},
#	          removed at exit unless SCHEMAC_KEEP_TMP=1
#	TEST_ARGS the script's arguments that are not options (an array)
#
# Functions, besides test_expect_success and test_done:
#	test_expect_failure TITLE COMMANDS  a known breakage: TAP `# TODO`
#	test_description TEXT     what the script tests (a TAP comment)
#	skip_all REASON           the whole script does not apply here
#	bail_out REASON           something needed is broken: stop prove
#	test_at_exit CMD          run CMD at exit, whatever the way out
#	test_cmp EXPECTED ACTUAL  equal files, else the diff -u
#	test_must_fail CMD...     CMD fails, without dying of a signal
#	test_expect_code N CMD... CMD exits with N
#	test_must_be_empty FILE   FILE exists and is empty
#	test_path_is_file FILE
#
# Options a script accepts: -v / --verbose (show every test's output),
# -i / --immediate (stop at the first failure).  Environment: TEST_VERBOSE=1
# is the same as -v.

TEST_NAME=$(basename "$0" .sh)
TOP=$(cd "$(dirname "$0")/.." && pwd -P) || exit 1

# The binary may be given relative to where the script was started; tests
# run elsewhere, so make it absolute.
SCHEMAC=${SCHEMAC:-$TOP/schemac}
case $SCHEMAC in
/*) ;;
*/*) SCHEMAC=$PWD/$SCHEMAC ;;
esac
SCHEMAC_RELEASE=${SCHEMAC_RELEASE:-$SCHEMAC}
case $SCHEMAC_RELEASE in
/*) ;;
*/*) SCHEMAC_RELEASE=$PWD/$SCHEMAC_RELEASE ;;
esac
export TOP SCHEMAC SCHEMAC_RELEASE

# Reproducible tools: byte order for sort, untranslated messages.
LC_ALL=C
LANG=C
export LC_ALL LANG
unset CDPATH

test_verbose_=${TEST_VERBOSE:-}
test_immediate_=
TEST_ARGS=()
for test_arg_ in "$@"; do
	case $test_arg_ in
	-v|--verbose) test_verbose_=1 ;;
	-i|--immediate) test_immediate_=1 ;;
	-h|--help)
		echo "usage: $0 [-v|--verbose] [-i|--immediate] [args...]"
		exit 0 ;;
	*) TEST_ARGS+=("$test_arg_") ;;
	esac
done
unset test_arg_

test_count_=0
test_failed_=0
test_broken_=0
test_fixed_=0
test_last_fixed_=
test_at_exit_=()

# test_at_exit CMD: run CMD (eval'ed) when the script exits, however it
# exits; the last one registered runs first, and all run before the scratch
# directory is removed.
test_at_exit () {
	test_at_exit_=("$1" "${test_at_exit_[@]}")
}

test_exit_ () {
	test_exit_code_=$?
	trap - EXIT INT TERM HUP
	for test_hook_ in "${test_at_exit_[@]}"; do
		eval "$test_hook_" >/dev/null 2>&1 || :
	done
	if test -n "$TEST_TMP" && test -d "$TEST_TMP"; then
		if test "$SCHEMAC_KEEP_TMP" = 1; then
			echo "# scratch directory kept: $TEST_TMP"
		else
			rm -rf "$TEST_TMP"
		fi
	fi
	exit "$test_exit_code_"
}
trap test_exit_ EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

TEST_TMP=$(mktemp -d "${TMPDIR:-/tmp}/schemac-$TEST_NAME.XXXXXX") || {
	echo "Bail out! cannot create a scratch directory under ${TMPDIR:-/tmp}"
	exit 1
}
export TEST_TMP

# test_description TEXT: what the script tests, printed as a TAP comment.
test_description () {
	TEST_DESCRIPTION=$1
	printf '%s\n' "$1" | sed -e 's/^/# /'
}

# skip_all REASON: the whole script does not apply here; must come before
# the first test.
skip_all () {
	echo "1..0 # SKIP $1"
	exit 0
}

# bail_out REASON: something the script needs is broken; prove stops.
bail_out () {
	echo "Bail out! $1"
	exit 1
}

# say_comment_ FILE: FILE's lines as TAP comments.
say_comment_ () {
	sed -e 's/^/# /' "$1"
}

# test_run_ FUNC TITLE COMMANDS: count a test and run COMMANDS as its body;
# FUNC names the caller for the usage message.  Sets test_title_ (TITLE on
# one line, `#` escaped for TAP), test_out_ (the body's output) and test_rc_.
test_run_ () {
	if test $# -ne 3; then
		bail_out "$1 needs 2 arguments, got $(($# - 1)): $2"
	fi
	test_count_=$((test_count_ + 1))
	test_title_=${2//$'\n'/ }
	test_title_=${test_title_//#/\\#}
	test_out_=$TEST_TMP/.test-output
	(
		set -e
		cd "$TEST_TMP"
		eval "$3"
	) </dev/null >"$test_out_" 2>&1
	test_rc_=$?
}

# test_show_failure_ COMMANDS: what a failed test ran and printed.
test_show_failure_ () {
	# The commands help most when the test said nothing.
	if test -n "$test_verbose_" || ! test -s "$test_out_"; then
		printf '%s\n' "$1" | sed -e '/^[[:space:]]*$/d' -e 's/^/#	/'
	fi
	if test -s "$test_out_"; then
		echo "# output (exit code $test_rc_):"
		say_comment_ "$test_out_"
	else
		echo "# no output (exit code $test_rc_)"
	fi
}

# test_expect_success TITLE COMMANDS
test_expect_success () {
	test_run_ test_expect_success "$@"
	if test "$test_rc_" -eq 0; then
		echo "ok $test_count_ - $test_title_"
		if test -n "$test_verbose_" && test -s "$test_out_"; then
			say_comment_ "$test_out_"
		fi
	else
		test_failed_=$((test_failed_ + 1))
		echo "not ok $test_count_ - $test_title_"
		test_show_failure_ "$2"
		if test -n "$test_immediate_"; then
			echo "1..$test_count_"
			exit 1
		fi
	fi
	rm -f "$test_out_"
	return 0
}

# test_expect_failure TITLE COMMANDS: a known breakage.  The test runs; TAP
# marks it `# TODO`, so its failure does not fail the script, and prove
# reports it as "unexpectedly succeeded" when it passes.  test_done counts
# those, and the caller can ask test_last_fixed_ whether the last one passed.
test_expect_failure () {
	test_run_ test_expect_failure "$@"
	if test "$test_rc_" -eq 0; then
		test_fixed_=$((test_fixed_ + 1))
		test_last_fixed_=1
		echo "ok $test_count_ - $test_title_ # TODO known breakage vanished"
		if test -n "$test_verbose_" && test -s "$test_out_"; then
			say_comment_ "$test_out_"
		fi
	else
		test_broken_=$((test_broken_ + 1))
		test_last_fixed_=
		echo "not ok $test_count_ - $test_title_ # TODO known breakage"
		if test -n "$test_verbose_"; then
			test_show_failure_ "$2"
		fi
	fi
	rm -f "$test_out_"
	return 0
}

# golden_cases DIR: the case folders of DIR into the array `cases`, or just
# the one named by CASE=name or the script's first argument; bails out when
# that case does not exist or $SCHEMAC is not built, skips when DIR is empty.
golden_cases () {
	CASES_DIR=$1
	only_case=${TEST_ARGS[0]:-${CASE:-}}
	if test -n "$only_case" && ! test -d "$CASES_DIR/$only_case"; then
		bail_out "no such case: $CASES_DIR/$only_case"
	fi
	if ! test -x "$SCHEMAC"; then
		bail_out "$SCHEMAC is not built (run make)"
	fi
	cases=()
	for case_dir in "$CASES_DIR"/*/; do
		case_dir=${case_dir%/}
		if test -z "$only_case" || test "${case_dir##*/}" = "$only_case"; then
			cases+=("$case_dir")
		fi
	done
	if test ${#cases[@]} -eq 0; then
		skip_all "no cases in $CASES_DIR"
	fi
}

# case_options CASE_DIR: the options for `schemac diff` the case asks for,
# the words of the first line of its file `options` (none without one).
case_options () {
	if test -f "$1/options"; then
		head -n 1 "$1/options"
	fi
}

# test_skip TITLE REASON: a test not run here, counted as a TAP skip.
test_skip () {
	test_count_=$((test_count_ + 1))
	echo "ok $test_count_ # skip $1 ($2)"
}

# test_done: print the plan; exit 1 when a test failed (a known breakage,
# fixed or not, does not count).
test_done () {
	echo "1..$test_count_"
	if test $test_broken_ -ne 0; then
		echo "# still have $test_broken_ known breakage(s)"
	fi
	if test $test_fixed_ -ne 0; then
		echo "# $test_fixed_ known breakage(s) vanished; turn them into test_expect_success"
	fi
	if test $test_failed_ -ne 0; then
		echo "# failed $test_failed_ among $test_count_ test(s)"
		exit 1
	fi
	exit 0
}

# test_cmp EXPECTED ACTUAL: the two files are equal, else show the diff.
test_cmp () {
	diff -u "$1" "$2"
}

# test_must_fail CMD...: CMD exits non-zero, but was not killed by a signal
# (a sanitizer report or a crash is not the failure we expect).
test_must_fail () {
	"$@" && test_rc_=0 || test_rc_=$?
	if test "$test_rc_" -eq 0; then
		echo "test_must_fail: command succeeded: $*"
		return 1
	elif test "$test_rc_" -gt 128; then
		echo "test_must_fail: command died of signal $((test_rc_ - 128)): $*"
		return 1
	fi
	return 0
}

# test_expect_code CODE CMD...: CMD exits with exactly CODE.
test_expect_code () {
	test_want_=$1
	shift
	"$@" && test_rc_=0 || test_rc_=$?
	if test "$test_rc_" -ne "$test_want_"; then
		echo "test_expect_code: command exited $test_rc_, wanted $test_want_: $*"
		return 1
	fi
	return 0
}

# test_must_be_empty FILE: FILE exists and is empty, else show it.
test_must_be_empty () {
	if ! test -f "$1"; then
		echo "test_must_be_empty: '$1' is missing"
		return 1
	elif test -s "$1"; then
		echo "test_must_be_empty: '$1' is not empty, it contains:"
		cat "$1"
		return 1
	fi
}

# test_path_is_file FILE
test_path_is_file () {
	if ! test -f "$1"; then
		echo "test_path_is_file: '$1' is not a file"
		return 1
	fi
}
