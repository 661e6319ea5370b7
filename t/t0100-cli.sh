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
	grep "^usage: schemac diff \[--safe\] \[--owners\] \[--exit-code\] FROM TO" out
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
	grep "usage: schemac diff \[--safe\] \[--owners\] \[--exit-code\] FROM TO" err
'

test_expect_success 'diff with one path: usage on stderr, exit 2' '
	run diff table.sql &&
	expect_code 2 &&
	test_must_be_empty out &&
	grep "usage: schemac diff \[--safe\] \[--owners\] \[--exit-code\] FROM TO" err
'

test_expect_success 'diff with three paths: usage on stderr, exit 2' '
	run diff /dev/null table.sql index.sql &&
	expect_code 2 &&
	test_must_be_empty out &&
	grep "usage: schemac diff \[--safe\] \[--owners\] \[--exit-code\] FROM TO" err
'

test_expect_success 'a column added before kept ones: appended, and a hint says so' '
	echo "CREATE TABLE t (id int);" >mid-from.sql &&
	echo "CREATE TABLE t (note text, id int, tail text);" >mid-to.sql &&
	run diff mid-from.sql mid-to.sql &&
	expect_code 0 &&
	grep "^ALTER TABLE t ADD COLUMN note text;$" out &&
	grep "^schemac: hint: column t.note is added at the end of the table, not before id as in the schema" err &&
	! grep "t.tail" err
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

# ---- help, did you mean, conflicting options (issue 17) ---------------

# The commands, as the general usage lists them.
commands=$("$SCHEMAC" --help | sed -n 's/^  schemac \([a-z-]*\).*/\1/p')

test_expect_success 'the general usage lists the commands, exit codes and environment' '
	test $(echo $commands | wc -w) -ge 12 &&
	for c in diff generate new check lint migrate status help completion; do
		echo "$commands" | grep -x "$c" || exit 1
	done &&
	"$SCHEMAC" --help >out &&
	grep "^exit codes:" out &&
	grep "^  NO_COLOR " out
'

test_expect_success 'schemac help COMMAND prints exactly what COMMAND --help prints' '
	for c in $commands; do
		run help $c && expect_code 0 && test_must_be_empty err && mv out help.out &&
		run $c --help && expect_code 0 && test_must_be_empty err &&
		test_cmp out help.out &&
		head -n 1 out | grep "^usage: schemac $c" || exit 1
	done
'

test_expect_success 'schemac help alone is schemac --help' '
	run help && expect_code 0 && mv out help.out &&
	run --help && test_cmp out help.out
'

test_expect_success 'schemac help RULE explains a lint rule' '
	run help drop-column &&
	expect_code 0 &&
	grep "^drop-column (destructive)" out &&
	grep "schemac:allow drop-column REASON" out
'

test_expect_success 'an unknown help topic: exit 2, the nearest command or rule' '
	run help genrate &&
	expect_code 2 && test_must_be_empty out &&
	grep "did you mean .generate.?" err &&
	run help drop-colum &&
	expect_code 2 &&
	grep "did you mean .drop-column.?" err &&
	run help bogus &&
	expect_code 2 &&
	grep "no help on .bogus." err &&
	! grep "did you mean" err
'

test_expect_success 'a mistyped command: exit 2, did you mean the nearest one' '
	run genrate &&
	expect_code 2 && test_must_be_empty out &&
	grep "^schemac: .genrate. is not a command; did you mean .generate.?" err &&
	run stauts &&
	grep "did you mean .status.?" err &&
	run lnit &&
	grep "did you mean .lint.?" err &&
	run frobnicate &&
	expect_code 2 &&
	! grep "did you mean" err
'

test_expect_success 'a mistyped option: exit 2, did you mean the nearest option of that command' '
	run lint --formt json &&
	expect_code 2 && test_must_be_empty out &&
	grep "^schemac: unknown option .--formt. for lint; did you mean .--format.?" err &&
	grep "^usage: schemac lint " err &&
	run migrate --dryrun &&
	expect_code 2 &&
	grep "did you mean .--dry-run.?" err &&
	run --verison &&
	expect_code 2 &&
	grep "did you mean .--version.?" err
'

test_expect_success 'every command refuses an unknown option with exit 2' '
	for c in $commands; do
		run $c --no-such-option &&
		expect_code 2 &&
		grep "unknown option .--no-such-option." err || exit 1
	done
'

# The options a usage line names are the ones the command takes: each is
# accepted (whatever else then goes wrong in an empty folder).
test_expect_success 'every option a usage line names is one its command accepts' '
	mkdir -p empty-project &&
	for c in $commands; do
		"$SCHEMAC" help $c | head -n 1 | grep -o -- "--[a-z-]*\( [A-Za-z|]*\)\?" |
		while read -r opt value; do
			case $value in "") ;; *[a-z]*) value=${value%%|*} ;; *) value=x ;; esac
			(cd empty-project && "$SCHEMAC" $c $opt $value >../out 2>../err </dev/null) || :
			if grep "unknown option\|exclude each other" err; then
				echo "$c $opt $value"; exit 1
			fi
		done || exit 1
	done
'

test_expect_success 'options that exclude each other are an error' '
	mkdir -p conflict && cd conflict &&
	run generate --safe --plain &&
	expect_code 2 &&
	grep "^schemac: --safe and --plain exclude each other" err &&
	test_must_be_empty out &&
	! test -e migrations &&
	run status --url postgres:///x --env dev &&
	expect_code 2 &&
	grep "exclude each other" err
'

test_expect_success 'a bad database URL is bad input: exit 2, not 3, and no password shown' '
	run status --url "postgresql://u:sekrit@localhost:notaport/db" &&
	expect_code 2 &&
	grep "bad database URL from --url: port .notaport. is not a number" err &&
	! grep sekrit err &&
	run migrate --url "postgres://localhost/db?sslmode=bogus" &&
	expect_code 2 &&
	grep "sslmode .bogus.: one of disable" err &&
	run status --url "notaurl" &&
	expect_code 2
'

# ---- diff --exit-code and standard input --------------------------------

test_expect_success 'diff --exit-code: 1 when there is a migration, 0 when none, 2 on bad input' '
	run diff --exit-code /dev/null table.sql &&
	expect_code 1 &&
	grep "^CREATE TABLE users ($" out &&
	run diff --exit-code table.sql table.sql &&
	expect_code 0 &&
	test_must_be_empty out &&
	run diff --exit-code /dev/null bad.sql &&
	expect_code 2
'

test_expect_success 'diff reads - from standard input, and names it <stdin>' '
	"$SCHEMAC" diff /dev/null - <table.sql >out 2>err &&
	test_must_be_empty err &&
	"$SCHEMAC" diff /dev/null table.sql >expected &&
	test_cmp expected out &&
	"$SCHEMAC" diff - /dev/null <table.sql >out &&
	grep "^DROP TABLE users;$" out &&
	test_expect_code 2 "$SCHEMAC" diff /dev/null - <bad.sql >out 2>err &&
	grep "^<stdin>:2:8: error: " err &&
	test_expect_code 2 "$SCHEMAC" diff - - <table.sql 2>err &&
	grep "only one of FROM and TO can be -" err
'

# ---- colours -------------------------------------------------------------

unset NO_COLOR
esc=$(printf "\033")

# on_terminal CMD...: runs CMD under a pseudo-terminal (util-linux script),
# everything it writes in tty.out.
on_terminal () {
	TERM=xterm script -q -e -c "$*" /dev/null >tty.out 2>&1 </dev/null || :
}

test_expect_success 'colours on a terminal: severity, location and caret of a diagnostic' '
	on_terminal "$SCHEMAC" diff /dev/null bad.sql &&
	grep "bad\.sql:2:8: .*error" tty.out &&
	grep "${esc}\[1;31merror${esc}\[0m" tty.out &&
	grep "${esc}\[1mbad\.sql:2:8: " tty.out &&
	grep "${esc}\[1;32m^${esc}\[0m" tty.out
'

test_expect_success 'no colours on a pipe, nor with NO_COLOR, nor with TERM=dumb' '
	run diff /dev/null bad.sql &&
	grep "^bad\.sql:2:8: error: " err &&
	! grep "$esc" err &&
	on_terminal env NO_COLOR=1 "$SCHEMAC" diff /dev/null bad.sql &&
	grep "bad\.sql:2:8: error: " tty.out &&
	! grep "$esc" tty.out &&
	TERM=dumb script -q -e -c "$SCHEMAC diff /dev/null bad.sql" /dev/null >tty.out 2>&1 </dev/null || : &&
	grep "bad\.sql:2:8: error: " tty.out &&
	! grep "$esc" tty.out
'

test_expect_success '--color=always colours a pipe (and beats NO_COLOR), --color=never a terminal not' '
	NO_COLOR=1 "$SCHEMAC" --color=always diff /dev/null bad.sql 2>err || : &&
	grep "${esc}\[1;31merror" err &&
	"$SCHEMAC" diff --color /dev/null bad.sql 2>err || : &&
	grep "${esc}\[1;31merror" err &&
	on_terminal "$SCHEMAC" diff --color=never /dev/null bad.sql &&
	grep "bad\.sql:2:8: error: " tty.out &&
	! grep "$esc" tty.out &&
	run --color=sometimes diff /dev/null table.sql &&
	expect_code 2 &&
	grep "auto, always or never" err
'

test_expect_success 'lint findings on a terminal: the rule id coloured; the SQL on stdout never' '
	echo "ALTER TABLE users DROP COLUMN email;" >drop.sql &&
	on_terminal "$SCHEMAC" lint --base table.sql drop.sql &&
	grep "${esc}\[1;31merror${esc}\[0m\[${esc}\[1;33mdrop-column${esc}\[0m\]" tty.out &&
	"$SCHEMAC" --color=always diff /dev/null table.sql >out &&
	! grep "$esc" out &&
	"$SCHEMAC" --color=always lint --format json --base table.sql drop.sql >out || : &&
	! grep "$esc" out
'

# ---- progress ---------------------------------------------------------------

test_expect_success 'setup: a project with a history of three migrations' '
	mkdir -p proj/schema &&
	echo "CREATE TABLE a (id int);" >proj/schema/a.sql &&
	(cd proj && "$SCHEMAC" generate one >/dev/null) &&
	echo "CREATE TABLE b (id int);" >>proj/schema/a.sql &&
	(cd proj && "$SCHEMAC" generate two >/dev/null) &&
	echo "CREATE TABLE c (id int);" >>proj/schema/a.sql &&
	(cd proj && "$SCHEMAC" generate three >/dev/null) &&
	test $(ls proj/migrations/0*.sql | grep -vc down) = 3
'

test_expect_success 'progress on a terminal: one line on stderr, rewritten in place, erased at the end' '
	(cd proj && SCHEMAC_PROGRESS_DELAY_MS=0 on_terminal "$SCHEMAC" check) &&
	grep "replaying migrations 0/3: .*0000_one\.sql" proj/tty.out &&
	grep "$(printf "\r")replaying migrations" proj/tty.out &&
	# the last thing before the verdict is the erased line
	tr -d "\n" <proj/tty.out | grep "${esc}\[K$(printf "\r")${esc}\[K"
'

test_expect_success 'no progress on a pipe, with TERM=dumb, or for work shorter than half a second' '
	(cd proj && SCHEMAC_PROGRESS_DELAY_MS=0 "$SCHEMAC" check >../out 2>../err) &&
	! grep "replaying" err out &&
	(cd proj && SCHEMAC_PROGRESS_DELAY_MS=0 TERM=dumb script -q -e -c "$SCHEMAC check" /dev/null >tty.out 2>&1 </dev/null) &&
	! grep "replaying" proj/tty.out &&
	(cd proj && on_terminal "$SCHEMAC" check) &&
	! grep "replaying" proj/tty.out
'

# ---- completions ------------------------------------------------------------

# complete_bash WORDS...: what the bash completion offers for the last word.
complete_bash () {
	bash -c '
		source ./schemac.bash
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
		_schemac
		printf "%s\n" "${COMPREPLY[@]}"' complete_bash "$@"
}

test_expect_success 'bash completion: commands, options, their values, rule ids, environments' '
	"$SCHEMAC" completion bash >schemac.bash &&
	bash -n schemac.bash &&
	complete_bash "$SCHEMAC" gen >got && echo generate >expected && test_cmp expected got &&
	complete_bash "$SCHEMAC" lint --fo >got && echo --format >expected && test_cmp expected got &&
	complete_bash "$SCHEMAC" lint --format "" >got &&
	printf "text\\njson\\nsarif\\ngithub\\n" >expected && test_cmp expected got &&
	complete_bash "$SCHEMAC" help drop-col >got && echo drop-column >expected && test_cmp expected got &&
	complete_bash "$SCHEMAC" generate --sa >got && echo --safe >expected && test_cmp expected got &&
	cat >schemac.json <<-\EOF &&
	{ "environments": { "staging": { "url": "postgres://s/app" }, "prod": {} } }
	EOF
	complete_bash "$SCHEMAC" migrate --env "" >got &&
	printf "staging\\nprod\\n" >expected && test_cmp expected got &&
	mkdir -p dirs/sub && : >dirs/file.sql &&
	complete_bash "$SCHEMAC" check --schema dirs/ >got &&
	echo dirs/sub >expected && test_cmp expected got &&
	rm schemac.json
'

test_expect_success 'zsh completion: a script zsh reads, with every command and its options' '
	"$SCHEMAC" completion zsh >_schemac &&
	head -n 1 _schemac | grep "^#compdef schemac$" &&
	for c in $commands; do
		grep "^			.$c:" _schemac || exit 1
	done &&
	grep -e "--dry-run" _schemac &&
	if command -v zsh >/dev/null; then zsh -n _schemac; fi &&
	run completion fish &&
	expect_code 2 &&
	grep "bash or zsh" err
'

test_done
