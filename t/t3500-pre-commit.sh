#!/bin/bash
#
# The pre-commit recipes of the README (issue 17), in a scratch git
# repository: the hook exactly as README.md writes it refuses a commit on a
# lint error and on a failed check, and lets it through once the finding is
# acknowledged; the repository's .pre-commit-hooks.yaml, run by pre-commit
# itself (try-repo), fails and passes the same way.

. "$(dirname "$0")/test-lib.sh"

test_description 'pre-commit: the README hook and .pre-commit-hooks.yaml; the CI example'

if ! test -x "$SCHEMAC"; then
	bail_out "$SCHEMAC is not built (run make)"
fi
command -v git >/dev/null || skip_all "git is not installed"

# schemac on PATH, as the hooks expect after make install
mkdir -p "$TEST_TMP/bin"
ln -s "$SCHEMAC" "$TEST_TMP/bin/schemac"
PATH=$TEST_TMP/bin:$PATH
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com
export GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
export GIT_CONFIG_NOSYSTEM=1 HOME=$TEST_TMP

commits () {
	git -C "$TEST_TMP/proj" rev-list --count HEAD
}

test_expect_success 'the README hook, as written, installed in a scratch repository' '
	sed -n "/^<!-- t\/t3500-pre-commit.sh installs this hook/,/^\`\`\`$/p" "$TOP/README.md" |
		sed "1,2d;\$d" >hook &&
	head -n 1 hook | grep "^#!/bin/sh$" &&
	grep "schemac check" hook && grep "schemac lint" hook &&
	git init -q proj && cd proj &&
	install -m 755 ../hook .git/hooks/pre-commit &&
	mkdir schema &&
	echo "CREATE TABLE users (id int PRIMARY KEY, email text, legacy text);" >schema/users.sql &&
	schemac generate init &&
	git add -A && git commit -q -m init &&
	test $(commits) = 1
'

test_expect_success 'a migration with a lint error: the commit is refused' '
	cd proj &&
	echo "CREATE TABLE users (id int PRIMARY KEY, email text);" >schema/users.sql &&
	schemac generate drop_legacy 2>err &&
	grep "DROP COLUMN legacy" migrations/0001_drop_legacy.sql &&
	git add -A &&
	test_must_fail git commit -q -m drop 2>err &&
	grep "error\[drop-column\]" err &&
	test $(commits) = 1
'

test_expect_success 'acknowledged in the migration, the commit goes through' '
	cd proj &&
	{ printf -- "-- schemac:allow drop-column legacy is unread since v2\\n\\n" &&
	  cat migrations/0001_drop_legacy.sql; } >ack.sql &&
	mv ack.sql migrations/0001_drop_legacy.sql &&
	schemac hash &&
	git add -A && git commit -q -m drop &&
	test $(commits) = 2
'

test_expect_success 'a schema change without its migration: check refuses the commit' '
	cd proj &&
	echo "CREATE TABLE teams (id int PRIMARY KEY);" >schema/teams.sql &&
	git add -A &&
	test_must_fail git commit -q -m teams 2>err &&
	test $(commits) = 2 &&
	schemac generate teams &&
	git add -A && git commit -q -m teams &&
	test $(commits) = 3
'

# The CI example's schemac steps are commands and options this schemac
# takes (verify comes with its own branch: skipped, said so, when absent).
test_expect_success 'examples/github-actions.yml: YAML, and its schemac steps exist' '
	python3 -c "import sys, yaml; yaml.safe_load(open(sys.argv[1]))" \
		"$TOP/examples/github-actions.yml" &&
	sed -n "s/^ *run: \(schemac .*\)/\1/p" "$TOP/examples/github-actions.yml" |
		sed "s/ *[>|].*//" >steps &&
	test $(wc -l <steps) -ge 4 &&
	grep -x "schemac lint --format sarif" steps &&
	grep -x "schemac lint --format github" steps &&
	mkdir -p ci && cd ci &&
	while read -r step; do
		set -- $step &&
		if test "$2" = verify && ! schemac help verify >/dev/null 2>&1; then
			echo "# skipped: $step (no verify command in this build)"; continue
		fi
		{ "$@" >out 2>err || :; } &&
		if grep "unknown option\|is not a command" err; then exit 1; fi
	done <../steps
'

if ! command -v pre-commit >/dev/null; then
	skip_all "pre-commit is not installed (make deps)"
fi
export PRE_COMMIT_HOME=$TEST_TMP/pre-commit-home

test_expect_success '.pre-commit-hooks.yaml through pre-commit: schemac-check and schemac-lint pass' '
	cd proj &&
	pre-commit try-repo "$TOP" --all-files >../pc.out 2>&1 &&
	grep "^schemac check\.*Passed" ../pc.out &&
	grep "^schemac lint\.*Passed" ../pc.out
'

test_expect_success '.pre-commit-hooks.yaml through pre-commit: a lint error fails schemac-lint' '
	cd proj &&
	echo "CREATE TABLE teams (id int PRIMARY KEY, name text);" >schema/teams.sql &&
	schemac generate team_names &&
	echo "CREATE TABLE teams (id int PRIMARY KEY);" >schema/teams.sql &&
	schemac generate drop_team_names &&
	git add -A &&
	test_must_fail pre-commit try-repo "$TOP" --all-files >../pc.out 2>&1 &&
	grep "^schemac check\.*Passed" ../pc.out &&
	grep "^schemac lint\.*Failed" ../pc.out &&
	grep "error\[drop-column\]" ../pc.out
'

test_done
