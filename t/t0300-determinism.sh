#!/bin/bash
#
# Determinism: the same diff gives byte-identical output run after run,
# whatever the current directory, locale, time zone or heap contents; and a
# folder is exactly the concatenation of its .sql files in path order, so
# the order files were made in does not matter, renaming files without
# changing their path order changes nothing, and renaming that does change
# it changes only the order of the moved file's statements (or, when a file
# moves before what it needs, is an error naming it).
#
# Inputs: the example schema in schema/ and a few of testdata/diff/*/.
# Whether a migration is right is the round-trip oracle's business
# (t1000-diff-golden.sh), not this script's.

. "$(dirname "$0")/test-lib.sh"

test_description 'schemac diff: deterministic output, folders read in path order'

if ! test -x "$SCHEMAC"; then
	bail_out "$SCHEMAC is not built (run make)"
fi

SCHEMA=$TOP/schema
CASES_DIR=$TOP/testdata/diff
CASES="create-everything-dependency-order drop-everything-dependency-order
fk-mutual-create fk-mutual-drop multi-change-users table-drop-both-ends-of-fk
name-63-byte-multibyte comment-change-all-kinds"

if ! ls "$SCHEMA"/*.sql >/dev/null 2>&1; then
	bail_out "no example schema in $SCHEMA"
fi
for c in $CASES; do
	test -f "$CASES_DIR/$c/from.sql" && test -f "$CASES_DIR/$c/to.sql" ||
		bail_out "missing case $CASES_DIR/$c"
done

# same_runs N FROM TO: N runs of `schemac diff FROM TO` succeed, print
# something, and print the same bytes; the first run's output is left in
# run.1.
same_runs () {
	"$SCHEMAC" diff "$2" "$3" >run.1 &&
	test -s run.1 &&
	i=2 &&
	while test $i -le "$1"; do
		"$SCHEMAC" diff "$2" "$3" >run.$i &&
		test_cmp run.1 run.$i || return 1
		i=$((i + 1))
	done
}

# blocks FILE: FILE's statements (paragraphs separated by blank lines), one
# per line, newlines inside a statement shown as \n.
blocks () {
	awk 'BEGIN { RS = ""; ORS = "\n" } { gsub(/\n/, "\\n"); print }' "$1"
}

# without WORD FILE: FILE's statements, in order, leaving out those that
# mention WORD.
without () {
	blocks "$2" | grep -v -w -e "$1"
}

# first_line PATTERN FILE: the line number of the first line of FILE
# matching PATTERN (nothing when none).
first_line () {
	grep -n -e "$1" "$2" | sed -n '1s/:.*//p'
}

test_expect_success 'the example schema, created: five runs print the same' '
	same_runs 5 /dev/null "$SCHEMA"
'

test_expect_success 'the example schema, dropped: five runs print the same' '
	same_runs 5 "$SCHEMA" /dev/null
'

for c in $CASES; do
	test_expect_success "testdata/diff/$c: five runs print the same, both ways" '
		same_runs 5 "$CASES_DIR/$c/from.sql" "$CASES_DIR/$c/to.sql" &&
		same_runs 5 "$CASES_DIR/$c/to.sql" "$CASES_DIR/$c/from.sql"
	'
done

test_expect_success 'the output does not depend on the environment' '
	"$SCHEMAC" diff /dev/null "$SCHEMA" >base &&
	"$SCHEMAC" diff "$CASES_DIR/multi-change-users/from.sql" \
		"$CASES_DIR/multi-change-users/to.sql" >base2 &&
	mkdir -p elsewhere/deeper &&
	cp -R "$SCHEMA" elsewhere/schema &&
	(cd elsewhere/deeper && "$SCHEMAC" diff /dev/null ../schema) >relative &&
	test_cmp base relative &&
	for env in "LC_ALL=C.UTF-8 LANG=C.UTF-8" "LC_ALL=POSIX" "TZ=Pacific/Kiritimati" \
		"TZ=America/St_Johns" "MALLOC_PERTURB_=165" "MALLOC_PERTURB_=90"; do
		env $env "$SCHEMAC" diff /dev/null "$SCHEMA" >other &&
		test_cmp base other &&
		env $env "$SCHEMAC" diff "$CASES_DIR/multi-change-users/from.sql" \
			"$CASES_DIR/multi-change-users/to.sql" >other2 &&
		test_cmp base2 other2 || exit 1
	done
'

test_expect_success 'a folder is its .sql files concatenated in path order' '
	"$SCHEMAC" diff /dev/null "$SCHEMA" >base &&
	cat "$SCHEMA"/*.sql >all.sql &&
	"$SCHEMAC" diff /dev/null all.sql >concatenated &&
	test_cmp base concatenated &&
	"$SCHEMAC" diff "$SCHEMA" /dev/null >base-drop &&
	"$SCHEMAC" diff all.sql /dev/null >concatenated-drop &&
	test_cmp base-drop concatenated-drop &&
	"$SCHEMAC" diff all.sql "$SCHEMA" >none &&
	test_must_be_empty none
'

test_expect_success 'the order files were made in does not matter' '
	"$SCHEMAC" diff /dev/null "$SCHEMA" >base &&
	"$SCHEMAC" diff "$SCHEMA" /dev/null >base-drop &&
	for order in "sort -r" "sort" "sort -t_ -k2"; do
		rm -rf copy && mkdir copy &&
		(cd "$SCHEMA" && ls *.sql) | $order >names &&
		while read -r f; do
			cp "$SCHEMA/$f" "copy/$f" || exit 1
		done <names &&
		"$SCHEMAC" diff /dev/null copy >out &&
		test_cmp base out &&
		"$SCHEMAC" diff copy /dev/null >out-drop &&
		test_cmp base-drop out-drop || exit 1
	done
'

test_expect_success 'renaming files without changing their path order changes nothing' '
	"$SCHEMAC" diff /dev/null "$SCHEMA" >base &&
	"$SCHEMAC" diff "$SCHEMA" /dev/null >base-drop &&
	mkdir -p renamed/a/b renamed/c/3 renamed/e &&
	cp "$SCHEMA/01_types.sql" renamed/a/010-enum-types.sql &&
	cp "$SCHEMA/02_users.sql" renamed/a/b/users.sql &&
	cp "$SCHEMA/03_workspaces.sql" renamed/b-workspaces.sql &&
	cp "$SCHEMA/04_workspace_members.sql" renamed/c/1.sql &&
	cp "$SCHEMA/05_invitations.sql" renamed/c/2.sql &&
	cp "$SCHEMA/06_projects.sql" renamed/c/3/projects.sql &&
	cp "$SCHEMA/07_images.sql" renamed/d.sql &&
	cp "$SCHEMA/08_security.sql" renamed/e/rls.sql &&
	cp "$SCHEMA/09_triggers_views.sql" renamed/f.sql &&
	"$SCHEMAC" diff /dev/null renamed >out &&
	test_cmp base out &&
	"$SCHEMAC" diff renamed /dev/null >out-drop &&
	test_cmp base-drop out-drop &&
	"$SCHEMAC" diff renamed "$SCHEMA" >none &&
	test_must_be_empty none
'

test_expect_success 'moving a file in the path order changes nothing: the output has its own base order' '
	"$SCHEMAC" diff /dev/null "$SCHEMA" >base &&
	"$SCHEMAC" diff "$SCHEMA" /dev/null >base-drop &&
	cp -R "$SCHEMA" swapped &&
	mv swapped/05_invitations.sql swapped/06b_invitations.sql &&
	"$SCHEMAC" diff /dev/null swapped >out &&
	"$SCHEMAC" diff swapped /dev/null >out-drop &&
	cat swapped/*.sql >swapped.sql &&
	"$SCHEMAC" diff /dev/null swapped.sql >concatenated &&
	test_cmp out concatenated &&
	"$SCHEMAC" diff swapped "$SCHEMA" >none &&
	test_must_be_empty none &&
	test_cmp base out &&
	test_cmp base-drop out-drop &&
	test $(first_line "^CREATE TABLE invitations" out) -lt \
	     $(first_line "^CREATE TABLE projects" out) &&
	test $(first_line "^DROP TABLE invitations" out-drop) -gt \
	     $(first_line "^DROP TABLE projects" out-drop)
'

test_expect_success 'renaming a file before what it needs is an error naming that file' '
	cp -R "$SCHEMA" early &&
	mv early/07_images.sql early/05a_images.sql &&
	code=0 &&
	"$SCHEMAC" diff /dev/null early >out 2>err || code=$? &&
	test $code -eq 2 &&
	test_must_be_empty out &&
	grep "^early/05a_images\.sql:[0-9]*:[0-9]*: error: relation .projects. does not exist$" err &&
	! grep "^early/0[1-46-7]" err
'

test_done
