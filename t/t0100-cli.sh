#!/bin/bash
#
# The command-line contract (DESIGN.md, "Contracts"): --version and --help,
# usage errors and their exit code 2, results on stdout and diagnostics on
# stderr, and what `schemac diff` reads: files, /dev/null, empty files and
# folders of .sql files, read recursively in path order.

. "$(dirname "$0")/test-lib.sh"

test_description 'schemac command line: usage, exit codes, streams and inputs'

if ! test -x "$SCHEMAC"; then
	bail_out "$SCHEMAC is not built (run make)"
fi

# run ARGS...: runs schemac with ARGS, stdout in out, stderr in err, its
# exit code in the variable code; never fails itself.
run () {
	code=0
	"$SCHEMAC" "$@" >out 2>err || code=$?
}

# expect_code N: the last run exited with N; shows its stderr if not.
expect_code () {
	if test "$code" -ne "$1"; then
		echo "exit code $code, wanted $1; stderr:"
		cat err
		return 1
	fi
}

# A table, and an index on it that needs the table first.
cat >"$TEST_TMP/table.sql" <<\EOF
CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);
EOF
cat >"$TEST_TMP/index.sql" <<\EOF
CREATE INDEX users_email_idx ON users (email);
EOF
cat >"$TEST_TMP/both.expected" <<\EOF
CREATE TABLE users (
    id integer NOT NULL,
    email text NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);

CREATE INDEX users_email_idx ON users (email);
EOF

test_expect_success '--version prints "schemac <version>" and exits 0' '
	run --version &&
	expect_code 0 &&
	test_must_be_empty err &&
	test $(wc -l <out) -eq 1 &&
	grep -E "^schemac [0-9]+\.[0-9]+\.[0-9]+([-+.][0-9A-Za-z.+-]*)?$" out
'

test_expect_success '--help prints the usage on stdout, lists diff, exits 0' '
	run --help &&
	expect_code 0 &&
	test_must_be_empty err &&
	grep "^usage: schemac " out &&
	grep -w diff out
'

test_expect_success 'diff --help prints the usage of diff on stdout, exits 0' '
	run diff --help &&
	expect_code 0 &&
	test_must_be_empty err &&
	grep "^usage: schemac diff \[--safe\] \[--owners\] FROM TO" out
'

test_expect_success 'no arguments: usage on stderr, exit 2' '
	run &&
	expect_code 2 &&
	test_must_be_empty out &&
	grep "^usage: schemac " err
'

test_expect_success 'an unknown command: named on stderr, exit 2' '
	run frobnicate a.sql &&
	expect_code 2 &&
	test_must_be_empty out &&
	grep "frobnicate" err
'

test_expect_success 'an unknown option instead of a command: named on stderr, exit 2' '
	run --frobnicate &&
	expect_code 2 &&
	test_must_be_empty out &&
	grep -e "--frobnicate" err
'

test_expect_success 'diff with no path: usage on stderr, exit 2' '
	run diff &&
	expect_code 2 &&
	test_must_be_empty out &&
	grep "usage: schemac diff \[--safe\] \[--owners\] FROM TO" err
'

test_expect_success 'diff with one path: usage on stderr, exit 2' '
	run diff table.sql &&
	expect_code 2 &&
	test_must_be_empty out &&
	grep "usage: schemac diff \[--safe\] \[--owners\] FROM TO" err
'

test_expect_success 'diff with three paths: usage on stderr, exit 2' '
	run diff /dev/null table.sql index.sql &&
	expect_code 2 &&
	test_must_be_empty out &&
	grep "usage: schemac diff \[--safe\] \[--owners\] FROM TO" err
'

test_expect_success 'a missing TO: named on stderr, exit 2, nothing on stdout' '
	run diff /dev/null no-such-file.sql &&
	expect_code 2 &&
	test_must_be_empty out &&
	grep "no-such-file\.sql" err
'

test_expect_success 'a missing FROM: named on stderr, exit 2, nothing on stdout' '
	run diff no-such-folder table.sql &&
	expect_code 2 &&
	test_must_be_empty out &&
	grep "no-such-folder" err
'

test_expect_success 'a missing file in both places: both named' '
	run diff missing-one.sql missing-two.sql &&
	expect_code 2 &&
	test_must_be_empty out &&
	grep "missing-one\.sql" err &&
	grep "missing-two\.sql" err
'

test_expect_success 'a file holding a NUL byte is bad input: exit 2' '
	printf "CREATE TABLE t (id int);\\0\\n" >nul.sql &&
	run diff /dev/null nul.sql &&
	expect_code 2 &&
	test_must_be_empty out &&
	grep "nul\.sql" err
'

test_expect_success 'a successful diff: the migration on stdout, nothing on stderr' '
	run diff /dev/null table.sql &&
	expect_code 0 &&
	test_must_be_empty err &&
	grep "^CREATE TABLE users ($" out
'

test_expect_success 'SQL that does not parse: exit 2, the error on stderr, nothing on stdout' '
	printf "CREATE TABLE users (id int);\\nCREATE TABEL teams (id int);\\n" >bad.sql &&
	run diff /dev/null bad.sql &&
	expect_code 2 &&
	test_must_be_empty out &&
	grep "^bad\.sql:2:8: error: " err
'

test_expect_success 'a warning goes to stderr; the migration still goes to stdout, exit 0' '
	cat table.sql >warn.sql &&
	echo "INSERT INTO users VALUES (1, '"'"'a@example.com'"'"');" >>warn.sql &&
	run diff /dev/null warn.sql &&
	expect_code 0 &&
	grep "^warn\.sql:2:1: warning: " err &&
	! grep "error" err &&
	grep "^CREATE TABLE users ($" out &&
	! grep -i "insert" out
'

test_expect_success 'diff X X prints nothing: a file, a folder, the example schema' '
	run diff table.sql table.sql &&
	expect_code 0 &&
	test_must_be_empty out &&
	test_must_be_empty err &&
	mkdir -p same/sub &&
	cp table.sql same/1.sql &&
	cp index.sql same/sub/2.sql &&
	run diff same same &&
	expect_code 0 &&
	test_must_be_empty out &&
	test_must_be_empty err &&
	run diff "$TOP/schema" "$TOP/schema" &&
	expect_code 0 &&
	test_must_be_empty out &&
	test_must_be_empty err
'

test_expect_success 'diff /dev/null /dev/null prints nothing' '
	run diff /dev/null /dev/null &&
	expect_code 0 &&
	test_must_be_empty out &&
	test_must_be_empty err
'

test_expect_success 'an empty file, a file of comments and an empty folder are empty schemas' '
	: >empty.sql &&
	printf -- "-- nothing here\\n/* nor here */\\n\\n" >comments.sql &&
	mkdir -p empty-folder &&
	run diff /dev/null table.sql &&
	mv out from-devnull &&
	for empty in empty.sql comments.sql empty-folder; do
		run diff /dev/null "$empty" &&
		expect_code 0 &&
		test_must_be_empty out &&
		test_must_be_empty err &&
		run diff "$empty" /dev/null &&
		expect_code 0 &&
		test_must_be_empty out &&
		run diff "$empty" table.sql &&
		expect_code 0 &&
		test_must_be_empty err &&
		test_cmp from-devnull out || exit 1
	done
'

test_expect_success 'diff to /dev/null drops everything' '
	run diff table.sql /dev/null &&
	expect_code 0 &&
	test_must_be_empty err &&
	grep "^DROP TABLE users;$" out
'

test_expect_success 'a folder is read recursively, in path order' '
	mkdir -p tree/a tree/b/c &&
	cp table.sql tree/a/10_users.sql &&
	cp index.sql tree/b/c/05_indexes.sql &&
	run diff /dev/null tree &&
	expect_code 0 &&
	test_must_be_empty err &&
	test_cmp both.expected out &&
	run diff /dev/null tree/ &&
	expect_code 0 &&
	test_cmp both.expected out
'

test_expect_success 'file names order the files of a folder, not the order they were made in' '
	mkdir -p named &&
	cp index.sql named/2_index.sql &&
	cp table.sql named/1_table.sql &&
	run diff /dev/null named &&
	expect_code 0 &&
	test_cmp both.expected out
'

test_expect_success 'files out of order: the index comes first, its table does not exist yet' '
	mkdir -p backwards &&
	cp table.sql backwards/2_users.sql &&
	cp index.sql backwards/1_indexes.sql &&
	run diff /dev/null backwards &&
	expect_code 2 &&
	test_must_be_empty out &&
	grep "^backwards/1_indexes\.sql:1:33: error: .*users" err
'

test_expect_success 'a folder ignores files that do not end in .sql' '
	mkdir -p mixed/docs &&
	cp table.sql mixed/1_users.sql &&
	cp index.sql mixed/2_indexes.sql &&
	echo "this is not SQL at all (" >mixed/README.md &&
	echo "CREATE TABLE junk (id int);" >mixed/0_notes.txt &&
	echo "CREATE TABLE junk (id int);" >mixed/1_users.sql.orig &&
	echo "CREATE TABLE junk (id int);" >mixed/1_users.sqlx &&
	echo "CREATE TABLE junk (id int);" >mixed/docs/junk.SQL &&
	run diff /dev/null mixed &&
	expect_code 0 &&
	test_must_be_empty err &&
	test_cmp both.expected out
'

test_expect_success 'a folder with an error in its second file names that file' '
	mkdir -p broken/sub &&
	cp table.sql broken/1_users.sql &&
	printf "\\nCREATE INDEX ON teams (id);\\n" >broken/sub/2_indexes.sql &&
	run diff /dev/null broken &&
	expect_code 2 &&
	test_must_be_empty out &&
	grep "^broken/sub/2_indexes\.sql:2:17: error: .*teams" err
'

# Supabase-style schemas reference auth.users and auth.uid() without defining
# the auth schema: outside references compile, and are never created.
test_expect_success 'references into a schema the input never defines compile' '
	cat >outside.sql <<-\EOF &&
	CREATE TABLE profiles (id uuid PRIMARY KEY REFERENCES auth.users ON DELETE CASCADE);
	CREATE FUNCTION handle_new_user() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
	    AS $$ BEGIN INSERT INTO public.profiles (id) VALUES (NEW.id); RETURN NEW; END $$;
	CREATE TRIGGER on_auth_user_created AFTER INSERT ON auth.users
	    FOR EACH ROW EXECUTE FUNCTION public.handle_new_user();
	ALTER TABLE profiles ENABLE ROW LEVEL SECURITY;
	CREATE POLICY own ON profiles USING (auth.uid() = id);
	EOF
	run diff /dev/null outside.sql &&
	expect_code 0 &&
	test_must_be_empty err &&
	grep "REFERENCES auth.users ON DELETE CASCADE" out &&
	grep "^CREATE TRIGGER on_auth_user_created AFTER INSERT ON auth.users" out &&
	grep "USING (auth.uid() = id)" out &&
	! grep "CREATE TABLE auth\\|CREATE SCHEMA" out &&
	grep -n "^CREATE TABLE profiles\\|^CREATE FUNCTION handle_new_user" out >order &&
	head -n 1 order | grep "CREATE TABLE profiles" &&
	run diff outside.sql outside.sql &&
	test_must_be_empty out
'

test_done
