#!/bin/bash
#
# make install and make uninstall (issue 17): into a temporary DESTDIR, the
# binary runs, `man -l` renders the man page with every command's --help
# text in it, the bash completion works from where it is installed, and
# uninstall takes all of it away again.

. "$(dirname "$0")/test-lib.sh"

test_description 'make install: binary, man page, completions; make uninstall'

if ! test -x "$TOP/schemac"; then
	bail_out "$TOP/schemac is not built (run make)"
fi
for tool in man make bash; do
	command -v $tool >/dev/null || skip_all "$tool is not installed (make deps)"
done

dest=$TEST_TMP/dest
prefix=/opt/schemac-test

# flat: the words of standard input on one line, single spaces.
flat () {
	tr -s ' \t\n' '   '
}

test_expect_success 'make install puts the binary, man page and completions under DESTDIR and PREFIX' '
	make -s -C "$TOP" install DESTDIR="$dest" PREFIX=$prefix >out 2>err &&
	test -x "$dest$prefix/bin/schemac" &&
	test_path_is_file "$dest$prefix/share/man/man1/schemac.1" &&
	test_path_is_file "$dest$prefix/share/bash-completion/completions/schemac" &&
	test_path_is_file "$dest$prefix/share/zsh/site-functions/_schemac" &&
	(cd "$dest" && find . -type f | sort) >got &&
	cat >expected <<-EOF &&
	.$prefix/bin/schemac
	.$prefix/share/bash-completion/completions/schemac
	.$prefix/share/man/man1/schemac.1
	.$prefix/share/zsh/site-functions/_schemac
	EOF
	test_cmp expected got
'

test_expect_success 'the installed binary runs' '
	"$dest$prefix/bin/schemac" --version >out &&
	"$TOP/schemac" --version >expected &&
	test_cmp expected out &&
	"$dest$prefix/bin/schemac" diff /dev/null "$TOP/schema" >out &&
	grep "^CREATE TABLE" out
'

test_expect_success 'man -l renders schemac(1) with its sections' '
	MANWIDTH=2000 man -l "$dest$prefix/share/man/man1/schemac.1" >man.txt 2>man.err &&
	test_must_be_empty man.err &&
	for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "LINT RULES" DIRECTIVES \
		       "EXIT STATUS" ENVIRONMENT FILES; do
		grep -x "$section" man.txt || exit 1
	done &&
	grep "^ *schemac - a SQL-first migration compiler for PostgreSQL" man.txt
'

# The man page is generated from the command table, so it cannot disagree
# with --help; this proves it for every command, usage and text.
test_expect_success 'every command has a section holding exactly its --help text' '
	flat <man.txt >man.flat &&
	"$TOP/schemac" --help | sed -n "s/^  schemac \([a-z-]*\).*/\1/p" >commands &&
	test $(wc -l <commands) -ge 12 &&
	while read -r c; do
		grep -x "   $c" man.txt &&
		"$TOP/schemac" $c --help >help &&
		sed -n 1p help | sed "s/^usage: //" | flat >usage &&
		grep -F -- "$(cat usage)" man.flat &&
		sed 1,2d help | flat >text &&
		grep -F -- "$(cat text)" man.flat >/dev/null || { echo "$c: not in the man page:"; cat text; exit 1; }
	done <commands
'

test_expect_success 'every lint rule and exit code is in the man page' '
	"$TOP/schemac" lint --rules | sed -n "s/^| \`\([a-z-]*\)\`.*/\1/p" >rules &&
	test $(wc -l <rules) -ge 20 &&
	while read -r r; do grep -x " *$r" man.txt || exit 1; done <rules &&
	for code in 0 1 2 3; do grep -E "^ +$code( |$)" man.txt || exit 1; done
'

test_expect_success 'the installed bash completion completes commands and options' '
	bash -c "
		source \"$dest$prefix/share/bash-completion/completions/schemac\"
		COMP_WORDS=(schemac mig); COMP_CWORD=1; _schemac; echo \${COMPREPLY[*]}
		COMP_WORDS=(schemac status --ex); COMP_CWORD=2; _schemac; echo \${COMPREPLY[*]}
	" >got &&
	printf "migrate\\n--exit-code\\n" >expected &&
	test_cmp expected got
'

test_expect_success 'make uninstall removes what make install put there' '
	make -s -C "$TOP" uninstall DESTDIR="$dest" PREFIX=$prefix &&
	(cd "$dest" && find . -type f) >left &&
	test_must_be_empty left
'

test_done
