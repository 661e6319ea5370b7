#!/bin/bash
#
# schemac lint: the golden cases and the output formats.
#
# Each folder testdata/lint/<case>/ holds base.sql (the schema before the
# migration; may be empty), migration.sql (the statements linted),
# expected.txt (the exact standard error of
# `schemac lint --base base.sql migration.sql` run inside the folder, so the
# paths in it are relative) and expected-exit (its exit code: 0 clean or
# warnings only, 1 errors, 2 bad input). A case may hold a schemac.json,
# read as the project's configuration (per-rule levels), and an options
# file, whose first line gives more options (--transaction wrapped: the
# file runs as one transaction, as a migration of the migrations folder).
#
# A case with schema.sql instead is a schema lint: `schemac lint --schema
# schema.sql` (t2001 proves its verdicts against PostgreSQL 15).
#
# Case names: fire-<rule> must raise <rule>; ok-<rule>-<what> is a near miss
# that must not; allow-* exercise the -- schemac:allow acknowledgements;
# config-* the rule levels of schemac.json.
#
# SCHEMAC_BLESS=1 writes the output to expected.txt and expected-exit
# instead of comparing.  One case only: CASE=name in the environment, or the
# case name as an argument.

. "$(dirname "$0")/test-lib.sh"

test_description 'schemac lint: golden cases, rule coverage and output formats'

golden_cases "$TOP/testdata/lint"

# lint_case CASE_DIR OUT: runs the case, its stderr in OUT.txt, its exit
# code in OUT.exit.
lint_case () {
	rc=0
	if test -f "$1/schema.sql"; then
		(cd "$1" && "$SCHEMAC" lint $(case_options "$1") --schema schema.sql)
	else
		(cd "$1" && "$SCHEMAC" lint $(case_options "$1") --base base.sql migration.sql)
	fi >"$2.stdout" 2>"$2.txt" || rc=$?
	echo $rc >"$2.exit"
}

# The rule ids, from the rules table.
rules=($("$SCHEMAC" lint --rules | sed -n 's/^| `\([a-z-]*\)`.*/\1/p'))
if test ${#rules[@]} -lt 30; then
	bail_out "cannot read the rule ids from compiler/lint.c"
fi

for case_dir in "${cases[@]}"; do
	name=${case_dir##*/}
	work=$TEST_TMP/$name
	mkdir "$work"

	test_expect_success "$name: stderr and exit code are expected" '
		lint_case "$case_dir" "$work/actual" &&
		if test "$SCHEMAC_BLESS" = 1; then
			cp "$work/actual.txt" "$case_dir/expected.txt" &&
			cp "$work/actual.exit" "$case_dir/expected-exit" &&
			echo "blessed $case_dir"
		else
			if ! test -f "$case_dir/expected.txt" ||
			   ! test -f "$case_dir/expected-exit"; then
				echo "no expected.txt / expected-exit (bless with SCHEMAC_BLESS=1); the output:"
				cat "$work/actual.txt"
				echo "exit $(cat "$work/actual.exit")"
				false
			fi
			test_cmp "$case_dir/expected.txt" "$work/actual.txt" &&
			test_cmp "$case_dir/expected-exit" "$work/actual.exit"
		fi
	'

	# The rule a fire- case is named after is in its expected output; an
	# ok-<rule>- case does not raise that rule (as an error or warning).
	rule=
	for r in "${rules[@]}"; do
		case ${name#*-} in
		"$r"|"$r"-*) test ${#r} -le ${#rule} || rule=$r ;;
		esac
	done
	case $name in
	fire-*)
		test_expect_success "$name: raises $rule" '
			grep "\[$rule\]" "$case_dir/expected.txt"
		'
		;;
	ok-*)
		test_expect_success "$name: does not raise $rule" '
			! grep -E "(error|warning)\[$rule\]" "$case_dir/expected.txt"
		'
		;;
	esac
done

# Every rule has a fire- case.
if test -z "$only_case"; then
	test_expect_success 'every rule in lint_rules[] has a fire- case' '
		missing=
		for r in "${rules[@]}"; do
			test -d "$CASES_DIR/fire-$r" || missing="$missing $r"
		done
		test -z "$missing" || {
			echo "rules without a fire- case:$missing"
			false
		}
	'
fi

# ---- the output formats, on one case with several findings ---------------

fmt_case=$CASES_DIR/several
if test -z "$only_case" || test "$only_case" = several; then

test_expect_success 'format json: valid JSON with the findings' '
	(cd "$fmt_case" && "$SCHEMAC" lint --format json --base base.sql migration.sql) \
		>out.json 2>err.txt || test $? -eq 1 &&
	{ test -s out.json || cp err.txt out.json; } &&
	python3 -c "
import json, sys
doc = json.load(open(\"out.json\"))
items = doc if isinstance(doc, list) else next(
    v for k, v in doc.items() if isinstance(v, list) and v and isinstance(v[0], dict) and \"rule\" in v[0])
rules = [i[\"rule\"] for i in items]
for want in (\"lock-timeout\", \"add-column-not-null\", \"index-not-concurrent\", \"drop-column\", \"prefer-identity\"):
    assert want in rules, (want, rules)
for i in items:
    for f in (\"rule\", \"severity\", \"message\", \"file\", \"line\", \"column\"):
        assert f in i, (f, i)
    assert i[\"file\"] == \"migration.sql\", i
sev = {i[\"rule\"]: i[\"severity\"] for i in items}
assert sev[\"add-column-not-null\"] == \"error\", sev
assert sev[\"lock-timeout\"] == \"warning\", sev
assert sev[\"drop-column\"] == \"note\", sev
lines = {i[\"rule\"]: i[\"line\"] for i in items}
assert lines[\"index-not-concurrent\"] == 2 and lines[\"drop-column\"] == 4, lines
"
'

test_expect_success 'format sarif: SARIF 2.1.0 with the required fields' '
	(cd "$fmt_case" && "$SCHEMAC" lint --format sarif --base base.sql migration.sql) \
		>out.sarif 2>err.txt || test $? -eq 1 &&
	{ test -s out.sarif || cp err.txt out.sarif; } &&
	python3 -c "
import json
doc = json.load(open(\"out.sarif\"))
assert doc[\"version\"] == \"2.1.0\", doc.get(\"version\")
run = doc[\"runs\"][0]
assert run[\"tool\"][\"driver\"][\"name\"], run[\"tool\"]
results = run[\"results\"]
rules = [r[\"ruleId\"] for r in results]
for want in (\"lock-timeout\", \"add-column-not-null\", \"index-not-concurrent\", \"drop-column\", \"prefer-identity\"):
    assert want in rules, (want, rules)
for r in results:
    assert r[\"message\"][\"text\"], r
    loc = r[\"locations\"][0][\"physicalLocation\"]
    assert loc[\"artifactLocation\"][\"uri\"].endswith(\"migration.sql\"), loc
    assert isinstance(loc[\"region\"][\"startLine\"], int) and loc[\"region\"][\"startLine\"] >= 1, loc
"
'

test_expect_success 'format github: workflow commands with file, line, col' '
	(cd "$fmt_case" && "$SCHEMAC" lint --format github --base base.sql migration.sql) \
		>out.gh 2>err.gh || test $? -eq 1 &&
	cat out.gh err.gh | grep "^::" >cmds &&
	test $(wc -l <cmds) -ge 5 &&
	! grep -v -E "^::(error|warning|notice) file=[^,]+,line=[0-9]+,col=[0-9]+" cmds &&
	grep "^::error .*add-column-not-null" cmds &&
	grep "^::error .*index-not-concurrent" cmds &&
	grep "^::warning .*lock-timeout" cmds &&
	grep "^::warning .*prefer-identity" cmds &&
	grep "^::notice .*drop-column" cmds
'

test_expect_success '--explain: lock and table facts for each statement' '
	(cd "$fmt_case" && "$SCHEMAC" lint --explain --base base.sql migration.sql) \
		>explain.out 2>explain.err || test $? -eq 1 &&
	cat explain.out explain.err >explain.all &&
	grep -A3 "^migration.sql:1:1: ALTER TABLE t ADD COLUMN code" explain.all |
		grep "lock: ACCESS EXCLUSIVE on t" &&
	grep -A3 "^migration.sql:2:1: CREATE INDEX c_p_id ON c" explain.all >idx &&
	grep "lock: SHARE on c" idx &&
	grep "table: builds an index on c" idx &&
	grep -A3 "^migration.sql:4:1: ALTER TABLE t DROP COLUMN note" explain.all |
		grep "loses: column t.note" &&
	grep -A3 "^migration.sql:5:1: CREATE TABLE tmp" explain.all |
		grep "created in this migration"
'

fi

# ---- generated migrations --------------------------------------------------

if test -z "$only_case"; then

test_expect_success 'a generated migration with a drop is blocked until acknowledged' '
	mkdir -p drop/schema && cd drop &&
	printf "CREATE TABLE notes (id bigint PRIMARY KEY, body text, legacy text);\n" >schema/s.sql &&
	"$SCHEMAC" generate init >/dev/null &&
	printf "CREATE TABLE notes (id bigint PRIMARY KEY, body text);\n" >schema/s.sql &&
	"$SCHEMAC" generate drop_legacy >/dev/null 2>&1 &&
	test_expect_code 1 "$SCHEMAC" lint 2>err &&
	grep "^migrations/0001_drop_legacy.sql:[0-9]*:1: error\[drop-column\]: DROP COLUMN legacy loses the data of notes.legacy$" err &&
	sed -i "s/^ALTER TABLE notes DROP COLUMN legacy;/-- schemac:allow drop-column nothing reads it since 3.1\n&/" \
		migrations/0001_drop_legacy.sql &&
	"$SCHEMAC" hash >/dev/null &&
	"$SCHEMAC" lint 2>err &&
	grep "^schemac: 0 errors, 0 warnings, 1 acknowledged$" err
'

test_expect_success 'a generated migration on existing tables lints clean (safe by default), not with --plain' '
	mkdir -p online/schema && cd online &&
	printf "CREATE TABLE a (id bigint PRIMARY KEY, code text);\nCREATE TABLE b (id bigint PRIMARY KEY, a_id bigint);\n" >schema/s.sql &&
	"$SCHEMAC" generate init >/dev/null &&
	cp -R migrations plain-migrations &&
	printf "%s\n" "CREATE TABLE a (id bigint PRIMARY KEY, code text UNIQUE CHECK (code ~ '"'^[a-z]+\$'"'));" \
		"CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES a (id));" \
		"CREATE INDEX b_a_id_idx ON b (a_id);" >schema/s.sql &&
	"$SCHEMAC" generate codes >/dev/null &&
	"$SCHEMAC" lint 2>err &&
	test_must_be_empty err &&
	"$SCHEMAC" generate --plain --migrations plain-migrations codes >/dev/null &&
	test_expect_code 1 "$SCHEMAC" lint --migrations plain-migrations 2>err &&
	grep "error\[index-not-concurrent\]" err &&
	grep "error\[foreign-key-validates\]" err &&
	grep "error\[check-validates\]" err &&
	grep "error\[unique-without-index\]" err
'

fi

# ---- the committed example migrations --------------------------------------

if test -z "$only_case"; then
	test_expect_success 'schemac lint with no files lints migrations/ cleanly' '
		(cd "$TOP" && "$SCHEMAC" lint)
	'
fi

test_done
