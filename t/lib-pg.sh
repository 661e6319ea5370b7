# lib-pg.sh: a throwaway PostgreSQL 15 server for tests, and dump helpers.
#
# Source it after test-lib.sh, then call pg_start before the first test:
#
#	. "$(dirname "$0")/test-lib.sh"
#	. "$(dirname "$0")/lib-pg.sh"
#	pg_start
#
# pg_start runs initdb in a folder under the script's scratch directory and
# starts a server that listens only on a unix socket there, with fsync off.
# The server is stopped (`pg_ctl stop -m immediate`) when the script exits,
# failures and signals included.  Without PostgreSQL 15 the script is
# skipped.  Afterwards PGHOST, PGPORT, PGUSER and PGDATABASE are exported,
# and PostgreSQL 15's bin folder leads PATH, so plain psql, createdb and
# pg_dump reach the server.  The roles anon, authenticated and service_role
# exist, for the test schemas' grants.
#
# Helpers:
#	pg_createdb NAME        a new, empty database
#	pg_dropdb NAME          drop it (if it exists)
#	pg_load DB FILE         run FILE with psql, stopping at the first
#	                        error; psql's output goes to stderr, and only
#	                        when it fails
#	pg_dump_schema DB OUT   `pg_dump --schema-only` of DB into OUT
#	pg_canon IN OUT         a dump in canonical form (see below)
#	pg_dump_canon DB OUT [RAW]  the two above together, then one line per
#	                        extension with its version (pg_dump prints
#	                        none); the raw dump kept in RAW if given
#	pg_canon_db DB RAW OUT  the same from RAW, a pg_dump of DB made before
#	                        (DB unchanged since), without dumping again
#	pg_file_dump FILE DB OUT  the raw pg_dump of FILE loaded alone (see
#	                        below: shared between scripts in one make test)
#	pg_dump_cache_get FILE OUT, pg_dump_cache_put FILE DUMP  that dump
#	                        from the cache, and into it
#	pg_side DIR WORK DB SCHEMA MIGRATION BEFORE AFTER  a schema loaded,
#	                        dumped, migrated, dumped again (see below)
#	pg_dump_reads_back SRC DUMP WORK [OPT...]  SRC's raw pg_dump DUMP
#	                        builds the same catalog as SRC (schemac diff)
#	pg_tx_safe FILE         FILE acts the same inside BEGIN ... ROLLBACK
#	                        as run alone (see below)
#	pg_batch DB DIR TAG FILE [TAG FILE...]  each FILE run in one psql
#	                        session, between BEGIN and ROLLBACK; psql's
#	                        messages on it in DIR/TAG.pg (see below)
#
# The canonical form of a dump is its set of statements, sorted, one blank
# line after each, so that two dumps that differ only in the order of their
# statements are equal, and test_cmp on two of them shows the statements
# that differ.  Dropped on the way: `\restrict` / `\unrestrict` lines (pg_dump
# 15.18 writes them with a random key), comments, blank lines, and the
# `SET ...` / `SELECT pg_catalog.set_config(...)` settings pg_dump emits.
# Statements end at a `;` that ends a line outside quotes, quoted
# identifiers and dollar-quoted bodies.

PG_BINDIR=${PG_BINDIR:-/usr/lib/postgresql/15/bin}

# pg_port_in_use_ PORT: something listens on PORT (TCP) or has a socket
# file for it in the usual places.
pg_port_in_use_ () {
	if test -e "/tmp/.s.PGSQL.$1" || test -e "/var/run/postgresql/.s.PGSQL.$1"; then
		return 0
	fi
	if command -v ss >/dev/null 2>&1; then
		if ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; then
			return 0
		fi
		if ss -Hlx 2>/dev/null | grep -q "\.s\.PGSQL\.$1[[:space:]]"; then
			return 0
		fi
	fi
	return 1
}

# pg_free_port_: print a port number nothing seems to use.
pg_free_port_ () {
	pg_tries_=0
	while test $pg_tries_ -lt 50; do
		pg_port_=$(( 20000 + (RANDOM * 32768 + RANDOM + $$) % 40000 ))
		if ! pg_port_in_use_ $pg_port_; then
			echo $pg_port_
			return 0
		fi
		pg_tries_=$((pg_tries_ + 1))
	done
	return 1
}

# pg_as_server_ CMD...: run CMD as the server's owner (initdb refuses root).
pg_as_server_ () {
	if test "$(id -u)" = 0; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

# pg_initdb_: a new cluster in PG_DATA.  With PG_INITDB_CACHE set (a
# folder; make test makes one per run and removes it after), the first
# script runs initdb and leaves a copy of the fresh cluster there, and the
# others copy that instead of running initdb again (seconds each, on a
# loaded machine): the same files initdb would write, as the options are
# the same for all.  The settings of each server are appended to its own
# copy (pg_start).
pg_initdb_ () {
	pg_tpl_=${PG_INITDB_CACHE:+$PG_INITDB_CACHE/data}
	if test -n "$pg_tpl_" && test -f "$pg_tpl_/PG_VERSION"; then
		cp -a "$pg_tpl_" "$PG_DATA" && return 0
		rm -rf "$PG_DATA"
	fi
	if ! pg_as_server_ "$PG_BINDIR/initdb" -D "$PG_DATA" -A trust \
			-U postgres --no-sync -E UTF8 --locale=C \
			>"$PG_DIR/initdb.log" 2>&1; then
		say_comment_ "$PG_DIR/initdb.log"
		bail_out "initdb failed"
	fi
	# Kept atomically: a copy under a name of its own, then renamed (when
	# another script was quicker, its copy stays and ours goes).
	if test -n "$pg_tpl_" && test -d "$PG_INITDB_CACHE" && ! test -e "$pg_tpl_"; then
		cp -a "$PG_DATA" "$pg_tpl_.$$" &&
		mv -T "$pg_tpl_.$$" "$pg_tpl_" 2>/dev/null
		rm -rf "$pg_tpl_.$$"
	fi
	return 0
}

pg_start () {
	if ! test -x "$PG_BINDIR/initdb" || ! test -x "$PG_BINDIR/pg_ctl"; then
		skip_all "PostgreSQL 15 server binaries not found in $PG_BINDIR"
	fi
	if test "$(id -u)" = 0 && ! id postgres >/dev/null 2>&1; then
		skip_all "running as root and there is no postgres user for initdb"
	fi

	# The folder must be reachable by the postgres user and short enough
	# for a unix socket path (at most 107 bytes).
	PG_DIR=$TEST_TMP/pg
	mkdir "$PG_DIR" || bail_out "cannot create $PG_DIR"
	if test "$(id -u)" = 0; then
		chmod 711 "$TEST_TMP"
		chown postgres: "$PG_DIR"
	fi
	if ! pg_as_server_ test -w "$PG_DIR" ||
	   test ${#PG_DIR} -gt 80; then
		PG_DIR=$(mktemp -d /tmp/schemac-pg.XXXXXX) ||
			bail_out "cannot create a server folder in /tmp"
		test_at_exit "rm -rf '$PG_DIR'"
		if test "$(id -u)" = 0; then
			chmod 755 "$PG_DIR"
			chown postgres: "$PG_DIR"
		fi
	fi
	PG_DATA=$PG_DIR/data
	PG_SOCKDIR=$PG_DIR/s
	PG_LOG=$PG_DIR/server.log
	pg_as_server_ mkdir -m 700 "$PG_SOCKDIR" ||
		bail_out "cannot create the socket folder $PG_SOCKDIR"

	pg_initdb_
	cat >>"$PG_DATA/postgresql.conf" <<-EOF
	# added by t/lib-pg.sh
	listen_addresses = ''
	unix_socket_directories = '$PG_SOCKDIR'
	fsync = off
	synchronous_commit = off
	full_page_writes = off
	max_connections = 20
	shared_buffers = 32MB
	EOF

	# From here on, whatever happens, stop the server at exit.
	test_at_exit "pg_as_server_ '$PG_BINDIR/pg_ctl' -D '$PG_DATA' stop -m immediate -w -t 30"

	pg_started_=
	for _ in 1 2 3; do
		PGPORT=$(pg_free_port_) || bail_out "no free port for the server"
		if pg_as_server_ "$PG_BINDIR/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" \
				-o "-p $PGPORT" -w -t 60 start >/dev/null 2>&1; then
			pg_started_=1
			break
		fi
	done
	if test -z "$pg_started_"; then
		test -f "$PG_LOG" && say_comment_ "$PG_LOG"
		bail_out "the PostgreSQL server did not start"
	fi

	unset PGHOSTADDR PGSERVICE PGSERVICEFILE PGOPTIONS PGPASSWORD \
		PGPASSFILE PGSSLMODE PGTARGETSESSIONATTRS PGREQUIRESSL
	PGHOST=$PG_SOCKDIR
	PGUSER=postgres
	PGDATABASE=postgres
	PATH=$PG_BINDIR:$PATH
	export PGHOST PGPORT PGUSER PGDATABASE PATH PG_DIR PG_DATA PG_LOG

	if ! psql -X -q -c 'select 1' >/dev/null 2>&1; then
		say_comment_ "$PG_LOG"
		bail_out "cannot connect to the PostgreSQL server"
	fi

	# Roles that grants in the test schemas name (Supabase's API roles);
	# roles are cluster-wide, outside any schema.
	for pg_role_ in anon authenticated service_role; do
		psql -X -q -v ON_ERROR_STOP=1 -c "DO \$\$BEGIN
			IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$pg_role_')
			THEN CREATE ROLE $pg_role_ NOLOGIN; END IF; END\$\$" >/dev/null ||
			bail_out "cannot create role $pg_role_"
	done
}

# pg_quote_ident_ NAME: NAME as a quoted SQL identifier.
pg_quote_ident_ () {
	printf '"%s"' "$(printf '%s' "$1" | sed -e 's/"/""/g')"
}

pg_createdb () {
	psql -X -q -v ON_ERROR_STOP=1 -d postgres \
		-c "CREATE DATABASE $(pg_quote_ident_ "$1") STRATEGY file_copy" >/dev/null
}

pg_dropdb () {
	psql -X -q -v ON_ERROR_STOP=1 -d postgres \
		-c "DROP DATABASE IF EXISTS $(pg_quote_ident_ "$1") WITH (FORCE)" >/dev/null
}

pg_load () {
	pg_load_log_=$(mktemp "$TEST_TMP/.pg_load.XXXXXX") || return 1
	if psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2" >"$pg_load_log_" 2>&1; then
		rm -f "$pg_load_log_"
		return 0
	fi
	echo "pg_load: loading $2 into database $1 failed:" >&2
	cat "$pg_load_log_" >&2
	rm -f "$pg_load_log_"
	return 1
}

pg_dump_schema () {
	pg_dump --schema-only -d "$1" -f "$2"
}

pg_canon () {
	perl -e '
use strict;
use warnings;

my (@stmts, $cur, $state, $tag);
$cur = "";
$state = "";            # "", "q" (string), "e" (E string), "d" (quoted ident), "\$" (dollar body)
$tag = "";

while (my $line = <STDIN>) {
	chomp $line;
	$line =~ s/\r$//;
	if ($state eq "" && $cur eq "") {
		next if $line =~ /^\s*$/;
		next if $line =~ /^\s*--/;
		next if $line =~ /^\\(?:un)?restrict\b/;
	}
	# Scan the line, tracking quotes, to find comments and where the
	# line ends up.
	my $out = "";
	my $i = 0;
	my $n = length $line;
	while ($i < $n) {
		my $c = substr($line, $i, 1);
		if ($state eq "q" || $state eq "e") {
			if ($state eq "e" && $c eq "\\") {
				$out .= substr($line, $i, 2); $i += 2; next;
			}
			if ($c eq "\x27") {
				if (substr($line, $i + 1, 1) eq "\x27") {
					$out .= "\x27\x27"; $i += 2; next;
				}
				$state = "";
			}
			$out .= $c; $i++; next;
		}
		if ($state eq "d") {
			$state = "" if $c eq "\"";   # a doubled "" re-enters at once
			$out .= $c; $i++; next;
		}
		if ($state eq "\$") {
			if (substr($line, $i, length $tag) eq $tag) {
				$out .= $tag; $i += length $tag; $state = ""; next;
			}
			$out .= $c; $i++; next;
		}
		# outside quotes
		if ($c eq "-" && substr($line, $i + 1, 1) eq "-") {
			last;                           # a comment to the end of the line
		}
		if ($c eq "\x27") {
			my $prev = $i > 0 ? substr($line, $i - 1, 1) : "";
			my $prev2 = $i > 1 ? substr($line, $i - 2, 1) : "";
			$state = ($prev =~ /[eE]/ && $prev2 !~ /[\w\$]/) ? "e" : "q";
			$out .= $c; $i++; next;
		}
		if ($c eq "\"") {
			$state = "d"; $out .= $c; $i++; next;
		}
		if ($c eq "\$") {
			my $prev = $i > 0 ? substr($line, $i - 1, 1) : "";
			if ($prev !~ /[\w\$]/ &&
			    substr($line, $i) =~ /^(\$(?:[A-Za-z_\x80-\xff][\w\x80-\xff]*)?\$)/) {
				$tag = $1; $state = "\$";
				$out .= $tag; $i += length $tag; next;
			}
		}
		$out .= $c; $i++;
	}
	$out =~ s/\s+$// if $state eq "";
	next if $state eq "" && $cur eq "" && $out eq "";
	$cur .= ($cur eq "" ? "" : "\n") . $out;
	if ($state eq "" && $out =~ /;$/) {
		push @stmts, $cur;
		$cur = "";
	}
}
push @stmts, $cur if $cur ne "";
@stmts = grep { !/^(?:SET\s|SELECT\s+pg_catalog\.set_config\()/ } @stmts;
print "$_\n\n" for sort @stmts;
' <"$1" >"$2"
}

pg_dump_canon () {
	if test -n "$3"; then
		pg_dump_canon_raw_=$3
	else
		pg_dump_canon_raw_=$(mktemp "$TEST_TMP/.pg_dump.XXXXXX") || return 1
	fi
	pg_dump_schema "$1" "$pg_dump_canon_raw_" &&
	pg_canon_db "$1" "$pg_dump_canon_raw_" "$2" &&
	if test -z "$3"; then
		rm -f "$pg_dump_canon_raw_"
	fi
}

pg_canon_db () {
	pg_canon "$2" "$3" &&
	psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c \
		"SELECT '-- extension ' || extname || ' version ' || extversion FROM pg_extension ORDER BY extname" >>"$3"
}

# pg_file_dump FILE DB OUT: the raw pg_dump --schema-only of FILE loaded
# alone into a new database DB (dropped after) in OUT.  With PG_DUMP_CACHE
# set (a folder; make test makes one per run and removes it after), a dump
# kept there for the same content of FILE by pg_dump_cache_put is copied
# instead: t1000 dumps every golden case's to.sql loaded alone, t7210 needs
# the same dump as its oracle.
pg_file_dump () {
	pg_dump_cache_get "$1" "$3" && return
	pg_createdb "$2" &&
	pg_load "$2" "$1" &&
	pg_dump_schema "$2" "$3" &&
	pg_dropdb "$2" &&
	pg_dump_cache_put "$1" "$3"
}

# pg_dump_cache_get FILE OUT: the raw pg_dump of FILE loaded alone, from
# PG_DUMP_CACHE, copied into OUT; fails (OUT untouched) when there is none.
pg_dump_cache_get () {
	test -n "${PG_DUMP_CACHE:-}" || return 1
	pg_dcg_cached_=$PG_DUMP_CACHE/$(sha256sum <"$1" | cut -c1-64).sql
	test -f "$pg_dcg_cached_" && cp "$pg_dcg_cached_" "$2"
}

# pg_dump_cache_put FILE DUMP: DUMP, the raw pg_dump of FILE loaded alone
# into a new database, kept in PG_DUMP_CACHE (when set) for pg_file_dump.
pg_dump_cache_put () {
	if test -n "${PG_DUMP_CACHE:-}" && test -d "$PG_DUMP_CACHE"; then
		pg_dcp_key_=$(sha256sum <"$1" | cut -c1-64) &&
		cp "$2" "$PG_DUMP_CACHE/.$pg_dcp_key_.$$" &&
		mv -f "$PG_DUMP_CACHE/.$pg_dcp_key_.$$" "$PG_DUMP_CACHE/$pg_dcp_key_.sql"
	fi
}

# pg_side DIR WORK DB SCHEMA MIGRATION BEFORE AFTER: load DIR/SCHEMA into
# a new database DB; dump it canonically to WORK/BEFORE (unless BEFORE is
# empty), keeping the raw dump in WORK/SCHEMA.dump.sql; apply
# WORK/MIGRATION (none when empty or missing) and dump to WORK/AFTER; drop
# DB.  A migration that fails to apply is printed.
pg_side () {
	pg_createdb "$3" &&
	pg_load "$3" "$1/$4" &&
	if test -n "$6"; then
		pg_dump_canon "$3" "$2/$6" "$2/$4.dump.sql"
	fi &&
	if test -n "$5" && test -f "$2/$5"; then
		{
			pg_load "$3" "$2/$5" || {
				echo "the migration ($5) was:"
				cat "$2/$5"
				return 1
			}
		} &&
		pg_dump_canon "$3" "$2/$7"
	fi &&
	pg_dropdb "$3"
}

# pg_dump_reads_back SRC DUMP WORK [OPTION...]: the raw pg_dump DUMP of the
# schema SRC (a file or folder) reads back into the catalog SRC builds:
# `schemac diff` prints nothing from one to the other, either way (with
# OPTIONs).  By design two things are exempt (README "Decisions"): comments
# an extension sets on itself, which appear in the dump but not in the
# source, from source to dump; and, from dump to source, the ALTER
# EXTENSION ... UPDATE TO of a source that names an extension version
# (pg_dump prints none).  The diffs are left in WORK/forward.sql and
# WORK/backward.sql.  The way back, over the same two inputs, is run by
# SCHEMAC_RELEASE (test-lib.sh).
pg_dump_reads_back () {
	pg_rb_src_=$1 pg_rb_dump_=$2 pg_rb_work_=$3
	shift 3
	"$SCHEMAC" diff "$@" "$pg_rb_src_" "$pg_rb_dump_" >"$pg_rb_work_/forward.sql" &&
	"$SCHEMAC_RELEASE" diff "$@" "$pg_rb_dump_" "$pg_rb_src_" >"$pg_rb_work_/backward.sql" &&
	{ grep -v "^COMMENT ON EXTENSION" "$pg_rb_work_/forward.sql" | grep -v "^\$" >"$pg_rb_work_/forward.rest" || true; } &&
	test_must_be_empty "$pg_rb_work_/forward.rest" &&
	{ grep -v "^ALTER EXTENSION .* UPDATE TO " "$pg_rb_work_/backward.sql" | grep -v "^\$" >"$pg_rb_work_/backward.rest" || true; } &&
	test_must_be_empty "$pg_rb_work_/backward.rest"
}

# pg_tx_safe FILE: FILE, run with psql between BEGIN and ROLLBACK, meets
# the errors it meets run alone (psql -f, each statement its own
# transaction), and leaves the session as it found it: no psql
# meta-command, nothing that cannot run in a transaction block or acts
# otherwise there (transaction control, CONCURRENTLY, VACUUM, CREATE
# DATABASE, ALTER TYPE ... ADD VALUE, whose value a transaction cannot use,
# LOCK, cursors, SET LOCAL, set_config), no deferred constraint (checked
# at COMMIT, which never comes), nothing that outlives a ROLLBACK (PREPARE,
# LISTEN, LOAD).  By words, in the text as it is for the words that may
# hide in a function's body (COMMIT in a procedure), and outside quotes
# and comments for BEGIN, END and the cursor commands, which PL/pgSQL
# bodies are full of.  A false "no" only costs time: the caller runs FILE
# alone.
pg_tx_safe () {
	perl -e '
local $/;
my $t = <STDIN>;
exit 1 if $t =~ /\b(?:COMMIT|ROLLBACK|ABORT|SAVEPOINT|RELEASE|PREPARE|CONCURRENTLY|VACUUM|CLUSTER|REINDEX|CHECKPOINT|TABLESPACE|SUBSCRIPTION|DATABASE|DISCARD|SYSTEM|DEFERR\w*|LOCK|TRANSACTION|LOCAL|set_config|CALL|COPY|LISTEN|NOTIFY|CURSOR|LOAD)\b|\bADD\s+VALUE\b|^\s*\\/im;
$t =~ s/--[^\n]*//g;
$t =~ s/\$([A-Za-z_]\w*)?\$.*?\$\1\$//gs;
$t =~ s/\x27(?:[^\x27]|\x27\x27)*\x27//gs;
exit 1 if $t =~ /\b(?:BEGIN|START|END|DECLARE|FETCH|MOVE|CLOSE)\b/i;
exit 0;
' <"$1"
}

# pg_batch DB DIR TAG FILE [TAG FILE...]: each FILE (pg_tx_safe) run in one
# psql session on DB, between BEGIN and ROLLBACK, not stopping at errors
# (after one, the rest of FILE fails as the transaction is aborted: the
# first error is the one that counts).  psql's messages on FILE (it names
# FILE and the line of each error, as psql -f FILE does) go to DIR/TAG.pg,
# written only when the session got past FILE's ROLLBACK: without it (the
# session died), the caller runs FILE alone.  A session run for hundreds
# of files saves a database, a connection and a psql start for each.
pg_batch () {
	pg_batch_db_=$1 pg_batch_dir_=$2
	shift 2
	: >"$pg_batch_dir_/batch.sql" || return 1
	while test $# -ge 2; do
		printf '\\warn ==begin %s\nBEGIN;\n\\i %s\nROLLBACK;\n\\warn ==end %s\n' \
			"$1" "$(pg_quote_literal_ "$2")" "$1" >>"$pg_batch_dir_/batch.sql"
		shift 2
	done
	psql -X -q -d "$pg_batch_db_" -f "$pg_batch_dir_/batch.sql" \
		>/dev/null 2>"$pg_batch_dir_/batch.out"
	perl -e '
my ($dir) = @ARGV;
my ($tag, $buf);
while (my $line = <STDIN>) {
	if ($line =~ /^==begin (\S+)$/) { $tag = $1; $buf = ""; next; }
	if (defined $tag && $line =~ /^==end \Q$tag\E$/) {
		open my $out, ">", "$dir/$tag.pg" or die "$dir/$tag.pg: $!";
		print $out $buf;
		close $out;
		undef $tag;
		next;
	}
	$buf .= $line if defined $tag;
}
' "$pg_batch_dir_" <"$pg_batch_dir_/batch.out"
}

# pg_quote_literal_ TEXT: TEXT as a single-quoted literal, for psql.
pg_quote_literal_ () {
	printf "'%s'" "$(printf '%s' "$1" | sed -e "s/'/''/g")"
}
