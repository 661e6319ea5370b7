#!/usr/bin/python3
# lint-oracle.py: what PostgreSQL 15 does with each statement of a migration,
# next to what `schemac lint --explain` says it does.  Run by
# t/t2100-lint-oracle.sh against the throwaway server of t/lib-pg.sh (PGHOST,
# PGPORT, PGUSER from the environment).
#
#	lint-oracle.py SCHEMAC WORK RESULTS CASEFILE...
#
# Each CASEFILE holds cases in the compact format described in
# testdata/lint-oracle/README; every case is written out as a folder
# WORK/<case>/ with base.sql, data.sql and migration.sql, loaded into a
# database of its own (base, then data), and its migration run statement by
# statement as the runner runs it (see "The runner" below).  For each
# statement the server is observed from inside the transaction that runs
# it, before COMMIT:
#
#   locks    pg_locks of the backend itself, relation locks on the tables,
#            partitioned tables and materialized views of the base schema
#            (system catalogs, indexes, sequences, and the relations the
#            migration creates are left out); the statement's lock on a table
#            is the strongest mode it added to what the transaction held;
#   rewrite  pg_class.relfilenode of a base table changed;
#   scan     the table was read whole: pg_stat_xact_user_tables.seq_scan
#            grew (index scans are lookups, not a read of the table; the
#            tables that a validated foreign key references are read as
#            the planner chooses, and are not counted);
#            TRUNCATE, which gives a table a new empty file and builds its
#            indexes on it, neither rewrites nor scans;
#   failure  the statement's error (SQLSTATE and message): the run stops.
#
# A statement PostgreSQL refuses in a transaction block (CONCURRENTLY,
# VACUUM, ...) runs on its own; its scans and rewrites are read from the
# shared statistics after a forced flush, and its locks are caught while
# it waits for a transaction that a second session holds open on the table
# (every such statement of PostgreSQL 15 first takes its lock, then waits
# for the transactions that use the table, or queues for the lock).
#
# Then lint is run in the case folder:
#	schemac lint --base base.sql --explain [--transaction MODEL] migration.sql
# (MODEL passed when the binary knows the option) and its per-statement
# claims ("  lock: MODE on T, ...", "  table: rewrites T | scans T[, U] |
# builds an index on T") are compared with the server's, statement by
# statement.  Agreement means, for each base table:
#   lock     lint names the strongest mode the statement took, or a mode the
#            transaction already held (PostgreSQL adds no second row then);
#            a table only read (ACCESS SHARE) may go unnamed;
#   rewrite  lint says "rewrites T" exactly when the file changed;
#   scan     lint says T is scanned, rewritten or indexed exactly when the
#            server read it whole;
#   failure  a statement that fails on the server has an error finding of
#            lint at its line; and lint exits 2 on no case (every case is
#            valid PostgreSQL).
# RESULTS gets one line per case: NAME, a tab, then "agree" or the
# differences, "; "-separated, in statement order.

import os
import re
import subprocess
import sys
import threading
import time

import psycopg2
import psycopg2.extensions

LOCK_ORDER = [
    "ACCESS SHARE", "ROW SHARE", "ROW EXCLUSIVE", "SHARE UPDATE EXCLUSIVE",
    "SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE",
]
LOCK_RANK = {m: i for i, m in enumerate(LOCK_ORDER)}


def mode_name(pg_mode):
    """AccessExclusiveLock -> ACCESS EXCLUSIVE."""
    words = re.findall(r"[A-Z][a-z]*", pg_mode.replace("Lock", ""))
    return " ".join(w.upper() for w in words)


def strongest(modes):
    return max(modes, key=lambda m: LOCK_RANK[m]) if modes else None


# ---- cases ---------------------------------------------------------------

class Case:
    def __init__(self, name, about, source):
        self.name = name
        self.about = about
        self.source = source    # "file:line" of its === line
        self.base = ""
        self.data = ""
        self.migration = ""
        self.model = "auto"


def read_cases(path):
    """The cases of one compact file (format: testdata/lint-oracle/README)."""
    defaults = {"base": "", "data": "", "model": "auto"}
    cases = []
    cur = None          # the case being read, or None for the file header
    section = None      # "base", "data", "migration", or None
    buf = {}

    def finish():
        if cur is None:
            defaults["base"] = buf.get("base", defaults["base"])
            defaults["data"] = buf.get("data", defaults["data"])
            return
        cur.base = buf.get("base", defaults["base"])
        cur.data = buf.get("data", defaults["data"])
        cur.migration = buf.get("migration", "")
        cases.append(cur)

    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            m = re.match(r"^=== ([a-z0-9][a-z0-9-]*[a-z0-9]): (.+)$", line)
            if m:
                finish()
                cur = Case(m.group(1), m.group(2).strip(),
                           "%s:%d" % (path, lineno))
                cur.model = defaults["model"]
                section = "migration"
                buf = {}
                continue
            if line.startswith("==="):
                sys.exit("%s:%d: a case starts with '=== name: what it is "
                         "about'" % (path, lineno))
            m = re.match(r"^--- (base|data|migration|transaction)\b\s*(.*)$", line)
            if m:
                if m.group(1) == "transaction":
                    model = m.group(2).strip()
                    if model not in ("auto", "wrapped", "none"):
                        sys.exit("%s:%d: transaction auto, wrapped or none"
                                 % (path, lineno))
                    if cur is None:
                        defaults["model"] = model
                    else:
                        cur.model = model
                    continue
                section = m.group(1)
                buf[section] = ""
                continue
            if section is None:
                continue            # the file's header comment
            buf[section] = buf.get(section, "") + line
    finish()
    return cases


# ---- statements ----------------------------------------------------------

def split_sql(text):
    """The statements of text as (start offset, text), as psql splits them:
    at a ';' outside quotes, comments and dollar-quoted bodies.  The start
    is the first character that is not blank or a comment."""
    out = []
    i, n = 0, len(text)
    start = None
    depth = 0           # parentheses: a ';' inside them does not end (CREATE RULE)
    while i < n:
        c = text[i]
        if c == "-" and text.startswith("--", i):
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if c == "/" and text.startswith("/*", i):
            level, i = 1, i + 2
            while i < n and level:
                if text.startswith("/*", i):
                    level, i = level + 1, i + 2
                elif text.startswith("*/", i):
                    level, i = level - 1, i + 2
                else:
                    i += 1
            continue
        if c.isspace():
            i += 1
            continue
        if start is None:
            start = i
        if c == "'":
            esc = i > 0 and text[i - 1] in "eE" and (i < 2 or not (text[i - 2].isalnum() or text[i - 2] in "_$"))
            i += 1
            while i < n:
                if esc and text[i] == "\\":
                    i += 2
                    continue
                if text[i] == "'":
                    if text.startswith("''", i):
                        i += 2
                        continue
                    break
                i += 1
            i += 1
            continue
        if c == '"':
            j = text.find('"', i + 1)
            while j >= 0 and text.startswith('""', j):
                j = text.find('"', j + 2)
            i = n if j < 0 else j + 1
            continue
        if c == "$":
            m = re.match(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$", text[i:])
            if m and not (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")):
                tag = m.group(0)
                j = text.find(tag, i + len(tag))
                i = n if j < 0 else j + len(tag)
                continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == ";" and depth == 0:
            out.append((start, text[start:i + 1]))
            start = None
        i += 1
    if start is not None and text[start:].strip():
        out.append((start, text[start:]))
    return out


def linecol(text, offset):
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def first_words(sql):
    """The statement's leading keywords, upper case, comments skipped."""
    s = re.sub(r"--[^\n]*", " ", sql)
    s = re.sub(r"/\*.*?\*/", " ", s, flags=re.S)
    return [w.upper() for w in re.findall(r"[A-Za-z_]+", s)[:3]]


def tx_control(sql):
    w = first_words(sql)
    if not w:
        return None
    if w[0] == "BEGIN" or w[:2] == ["START", "TRANSACTION"]:
        return "begin"
    if w[0] in ("COMMIT", "END", "ROLLBACK", "ABORT"):
        if len(w) > 1 and w[1] == "PREPARED":
            return None
        if w[0] == "ROLLBACK" and len(w) > 1 and w[1] == "TO":
            return None
        return "end"
    return None


# ---- the server ----------------------------------------------------------

def connect(db):
    conn = psycopg2.connect(dbname=db)
    conn.autocommit = True
    return conn



SNAP_SQL = """
SELECT c.relname, c.relfilenode, coalesce(s.seq_scan, 0)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_stat_xact_user_tables s ON s.relid = c.oid
WHERE c.oid = ANY(%s)
"""

SHARED_SNAP_SQL = """
SELECT c.relname, c.relfilenode, coalesce(s.seq_scan, 0)
FROM pg_class c
LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
WHERE c.oid = ANY(%s)
"""

# By oid, named as in the base: a table the statement drops or renames
# keeps its lock under its base name.
LOCKS_SQL = """
SELECT l.relation, l.mode FROM pg_locks l
WHERE l.pid = %s AND l.locktype = 'relation' AND l.relation = ANY(%s)
"""

BASE_RELS_SQL = """
SELECT c.oid, c.relname, c.oid::regclass::text, c.relkind FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%%' AND n.nspname NOT LIKE 'pg\\_temp%%'
"""


def snapshot(cur, oids, shared=False):
    cur.execute(SHARED_SNAP_SQL if shared else SNAP_SQL, (oids,))
    return {name: (node, seq) for name, node, seq in cur.fetchall()}


BASE_NAMES = {}


def held_locks(cur, pid, oids):
    cur.execute(LOCKS_SQL, (pid, oids))
    held = {}
    for oid, mode in cur.fetchall():
        name = BASE_NAMES[oid]
        held.setdefault(name, set()).add(mode_name(mode))
    return held


class Observed:
    """What the server did with one statement."""

    def __init__(self, line, col, sql):
        self.line, self.col, self.sql = line, col, sql
        self.control = False
        self.new_locks = {}     # table -> set of modes added by the statement
        self.held_before = {}   # table -> set of modes held before it
        self.locks_seen = True  # False: the lock could not be caught
        self.rewrites = set()
        self.scans = set()
        self.error = None
        self.base = set()
        self.matviews = set()


REFERENCED_SQL = """
SELECT DISTINCT r.relname FROM pg_constraint k
JOIN pg_class r ON r.oid = k.confrelid
JOIN pg_class c ON c.oid = k.conrelid
WHERE k.contype = 'f' AND k.confrelid <> k.conrelid AND c.relname = ANY(%s)
"""


def referenced(cur, scans):
    """The tables that foreign keys of the scanned tables reference: the
    query that validates a foreign key reads them as the planner chooses
    (index lookups or a sequential scan, after the statistics), so a scan
    of them is no claim to check."""
    if not scans:
        return set()
    cur.execute(REFERENCED_SQL, (sorted(scans),))
    return {r[0] for r in cur.fetchall()}


def observe_in_tx(cur, pid, oids, sql, is_truncate):
    """Runs sql in the open transaction; (new locks, held before, rewrites,
    scans, error)."""
    before_locks = held_locks(cur, pid, oids)
    before = snapshot(cur, oids)
    try:
        cur.execute(sql)
    except psycopg2.Error as e:
        return before_locks, None, None, None, e
    after_locks = held_locks(cur, pid, oids)
    after = snapshot(cur, oids)
    new = {}
    for t, modes in after_locks.items():
        added = modes - before_locks.get(t, set())
        if added:
            new[t] = added
    rewrites, scans = diff_snap(before, after, is_truncate)
    return before_locks, new, rewrites, scans - referenced(cur, scans), None


def diff_snap(before, after, is_truncate):
    rewrites, scans = set(), set()
    for t, (node, seq) in before.items():
        if t not in after:
            continue            # dropped
        anode, aseq = after[t]
        if is_truncate:
            continue            # a new empty file, its indexes built on it
        if anode != node and node != 0:
            rewrites.add(t)
        if aseq > seq:
            scans.add(t)
    return rewrites, scans


def flush_stats(cur):
    # The flag makes the backend flush its pending statistics when it goes
    # idle, right after this query; the next query reads them.
    cur.execute("SELECT pg_stat_force_next_flush()")
    cur.execute("SELECT pg_stat_clear_snapshot()")


def observe_alone(db, conn, cur, pid, oids, names, sql, is_truncate):
    """A statement refused in a transaction block: run it alone while a
    second session holds a ROW EXCLUSIVE lock (a writer's) on every base
    table in an open transaction, so that the statement stops at its lock
    or at its wait for the writers to finish; a third session reads its
    locks from pg_locks meanwhile.  A statement that never waits (a plain
    VACUUM) is not caught: its locks are not compared."""
    flush_stats(cur)
    before = snapshot(cur, oids, shared=True)
    holder = connect(db)
    hcur = holder.cursor()
    hcur.execute("BEGIN")
    for t in names:
        hcur.execute("LOCK TABLE ONLY %s IN ROW EXCLUSIVE MODE" % t)
    watcher = connect(db)
    wcur = watcher.cursor()
    seen = {}
    result = {}
    caught = False

    def run():
        try:
            cur.execute(sql)
        except psycopg2.Error as e:
            result["error"] = e

    th = threading.Thread(target=run)
    th.start()
    deadline = time.time() + 10
    while th.is_alive() and time.time() < deadline:
        wcur.execute("SELECT c.relname, l.mode, l.granted, a.wait_event_type "
                     "FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                     "JOIN pg_stat_activity a ON a.pid = l.pid "
                     "WHERE l.pid = %s AND l.locktype = 'relation' AND c.oid = ANY(%s)",
                     (pid, oids))
        rows = wcur.fetchall()
        waiting = any(r[3] == "Lock" for r in rows)
        for name, mode, granted, _ in rows:
            seen.setdefault(name, set()).add(mode_name(mode))
        if waiting and rows:
            caught = True
            break
        time.sleep(0.002)
    hcur.execute("ROLLBACK")
    th.join()
    holder.close()
    watcher.close()
    if "error" in result:
        return None, None, None, result["error"], True
    flush_stats(cur)
    after = snapshot(cur, oids, shared=True)
    rewrites, scans = diff_snap(before, after, is_truncate)
    return seen, rewrites, scans - referenced(cur, scans), None, caught



def run_on_server(case, dirpath, dbname):
    """The statements of the migration with what the server did; or an
    error string when the base or data do not load."""
    conn = connect(dbname)
    cur = conn.cursor()
    for part in ("base", "data"):
        if getattr(case, part).strip():
            try:
                cur.execute(getattr(case, part))
            except psycopg2.Error as e:
                return "%s.sql does not load: %s" % (part, str(e).strip())
    cur.execute("SET statement_timeout = '30s'")
    cur.execute("SELECT pg_backend_pid()")
    pid = cur.fetchone()[0]
    cur.execute(BASE_RELS_SQL)
    rels = cur.fetchall()
    oids = [r[0] for r in rels]
    BASE_NAMES.clear()
    BASE_NAMES.update({r[0]: r[1] for r in rels})
    names = [r[2] for r in rels if r[3] != "m"]   # LOCK TABLE refuses a matview

    # goose and dbmate run the up part only: what follows their down
    # marker is not run (lint does not judge it either)
    text = re.split(r"(?m)^-- (?:\+goose Down|migrate:down)\b.*$", case.migration)[0]
    results = []
    in_tx = False
    if case.model == "wrapped":
        cur.execute("BEGIN")
        in_tx = True
    for off, sql in split_sql(text):
        line, col = linecol(text, off)
        o = Observed(line, col, sql)
        o.base = {r[1] for r in rels}
        o.matviews = {r[1] for r in rels if r[3] == "m"}
        results.append(o)
        ctl = tx_control(sql)
        truncate = first_words(sql)[:1] == ["TRUNCATE"]
        if ctl:
            o.control = True
            try:
                cur.execute(sql)
            except psycopg2.Error as e:
                o.error = e
                break
            if ctl == "begin":
                in_tx = True
            else:
                in_tx = False
            continue
        implicit = not in_tx
        if implicit:
            cur.execute("BEGIN")
        held, new, rw, sc, err = observe_in_tx(cur, pid, oids, sql, truncate)
        if err is not None and implicit and err.pgcode in ("25001", "2D000"):
            cur.execute("ROLLBACK")
            seen, rw, sc, err, caught = observe_alone(dbname, conn, cur, pid, oids, names, sql, truncate)
            if err is None:
                o.new_locks = seen
                o.locks_seen = caught
                o.rewrites, o.scans = rw, sc
            else:
                o.error = err
                break
            continue
        if err is not None:
            o.error = err
            if implicit or in_tx:
                try:
                    cur.execute("ROLLBACK")
                except psycopg2.Error:
                    pass
            break
        o.held_before, o.new_locks, o.rewrites, o.scans = held, new, rw, sc
        if implicit:
            cur.execute("COMMIT")
    if in_tx and (not results or results[-1].error is None):
        try:
            cur.execute("COMMIT")
        except psycopg2.Error:
            pass
    conn.close()
    return results


# ---- lint ----------------------------------------------------------------

class Claim:
    def __init__(self, line, col, sql):
        self.line, self.col, self.sql = line, col, sql
        self.locks = {}         # table -> mode
        self.rewrites = set()
        self.scans = set()


RULE_CLASS = {}     # rule id -> class, from `schemac lint --rules`


class LintRun:
    locking_errors = set()


lint_run = LintRun()


# The statements whose CONCURRENTLY form takes a weaker lock and does the
# same (PostgreSQL 15's DROP INDEX and ALTER TABLE ... DETACH PARTITION
# pages): written without it, their ACCESS EXCLUSIVE lock is avoidable.
AVOIDABLE_LOCK = [re.compile(r"^\s*DROP\s+INDEX\b(?!\s+CONCURRENTLY\b)", re.I),
                  re.compile(r"\bDETACH\s+PARTITION\b(?!.*\b(CONCURRENTLY|FINALIZE)\b)",
                             re.I | re.S)]


def avoidable_lock(o):
    """Did o take ACCESS EXCLUSIVE on a base table where its CONCURRENTLY
    form would not?"""
    sql = re.sub(r"--[^\n]*", " ", o.sql)
    if not any(p.search(sql) for p in AVOIDABLE_LOCK):
        return False
    return any("ACCESS EXCLUSIVE" in modes
               for t, modes in o.new_locks.items() if t in o.base)


def verdict(observed, error_lines):
    """(dangerous, flagged) for the measure: dangerous when the server
    failed the migration, rewrote or scanned a table of the base under a
    lock that blocks writes (SHARE or stronger, taken or held), or took an
    ACCESS EXCLUSIVE lock that the statement's CONCURRENTLY form avoids
    (DROP INDEX, DETACH PARTITION: issue 13 counts them as hazards, the lock
    queues behind any long query and every reader queues behind it);
    flagged when lint has an error at a failing statement or a
    locking-class error."""
    dangerous = set()   # the lines of the dangerous statements
    for o in observed:
        if o.control:
            continue
        if o.error is not None:
            dangerous.add(o.line)
            break
        if avoidable_lock(o):
            dangerous.add(o.line)
        for t in (o.rewrites | o.scans) & o.base:
            modes = set(o.new_locks.get(t, set())) | set(o.held_before.get(t, set()))
            # a materialized view has no writers: only a lock that blocks
            # its readers is a hazard
            bar = "ACCESS EXCLUSIVE" if t in o.matviews else "SHARE"
            if any(LOCK_RANK[m] >= LOCK_RANK[bar] for m in modes):
                dangerous.add(o.line)
    flagged = bool(lint_run.locking_errors) or bool(dangerous & error_lines)
    return bool(dangerous), flagged


def run_lint(schemac, dirpath, model, knows_transaction):
    args = [schemac, "lint", "--base", "base.sql", "--explain"]
    if knows_transaction:
        args += ["--transaction", model]
    args.append("migration.sql")
    r = subprocess.run(args, cwd=dirpath, capture_output=True, text=True)
    claims = {}
    cur = None
    finding = re.compile(r"^migration\.sql:(\d+):(\d+): (error|warning|note)(\[[a-z-]+\])?: (.*)$")
    for line in r.stdout.splitlines():
        if finding.match(line):
            cur = None
            continue
        m = re.match(r"^migration\.sql:(\d+):(\d+): (.*)$", line)
        if m:
            # the statements of a DO block are explained at the block's
            # place, one after the other: their claims add up
            key = (int(m.group(1)), int(m.group(2)))
            cur = claims.setdefault(key, Claim(key[0], key[1], m.group(3)))
            continue
        if cur is None:
            continue
        m = re.match(r"^\s+lock: (.*)$", line)
        if m:
            for part in m.group(1).split(", "):
                mm = re.match(r"^([A-Z ]+?) on (\S+)$", part.strip())
                if mm and mm.group(1) in LOCK_RANK:
                    t = mm.group(2).split(".")[-1].strip('"')
                    prev = cur.locks.get(t)
                    if prev is None or LOCK_RANK[mm.group(1)] > LOCK_RANK[prev]:
                        cur.locks[t] = mm.group(1)
            continue
        m = re.match(r"^\s+table: (.*)$", line)
        if m:
            what = m.group(1)
            for verb, into in (("rewrites ", cur.rewrites), ("scans ", cur.scans),
                               ("builds an index on ", cur.scans)):
                if what.startswith(verb):
                    for t in what[len(verb):].split(","):
                        t = t.strip().split(" ")[0].split(".")[-1].strip('"')
                        if t:
                            into.add(t)
    errors = set()
    gave_up = []
    lint_run.locking_errors = set()
    for line in (r.stdout + "\n" + r.stderr).splitlines():
        m = finding.match(line)
        if m and m.group(3) == "error":
            errors.add(int(m.group(1)))
            if m.group(4) and RULE_CLASS.get(m.group(4)[1:-1]) == "locking":
                lint_run.locking_errors.add(int(m.group(1)))
            if not m.group(4):
                gave_up.append("L%s %s" % (m.group(1), m.group(5)))
    return r.returncode, claims, errors, gave_up, r.stderr


def lock_text(m):
    return m if m else "none"


def compare(case, observed, lint):
    rc, claims, error_lines, gave_up, stderr = lint
    diffs = []
    if rc == 2:
        why = "; ".join(gave_up) if gave_up else stderr.strip().splitlines()[-1:]
        diffs.append("lint exits 2 (%s)" % (why if isinstance(why, str) else " ".join(why)))
    for o in observed:
        if o.control:
            continue
        where = "L%d" % o.line
        base_names = o.base
        if o.error is not None:
            if o.line not in error_lines:
                diffs.append("%s fails on the server (%s: %s), lint has no error there"
                             % (where, o.error.pgcode, str(o.error).splitlines()[0]))
            break
        c = claims.get((o.line, o.col))
        if c is None:
            if rc != 2:
                diffs.append("%s not in --explain" % where)
            continue
        # locks
        tables = (set(o.new_locks) | set(c.locks)) & base_names
        for t in sorted(tables):
            srv = strongest(o.new_locks.get(t, set()))
            mine = c.locks.get(t)
            if not o.locks_seen:
                continue
            if srv == mine:
                continue
            if mine is None and srv == "ACCESS SHARE":
                continue
            if mine is not None and mine in o.held_before.get(t, set()) and \
               (srv is None or LOCK_RANK[srv] < LOCK_RANK[mine]):
                continue
            diffs.append("%s lock on %s: server %s, lint %s"
                         % (where, t, lock_text(srv), lock_text(mine)))
        for t in sorted((o.rewrites | c.rewrites) & base_names):
            if (t in o.rewrites) != (t in c.rewrites):
                diffs.append("%s rewrite of %s: server %s, lint %s"
                             % (where, t, "yes" if t in o.rewrites else "no",
                                "yes" if t in c.rewrites else "no"))
        lint_reads = c.scans | c.rewrites
        for t in sorted((o.scans | lint_reads) & base_names):
            if (t in o.scans) != (t in lint_reads):
                diffs.append("%s scan of %s: server %s, lint %s"
                             % (where, t, "yes" if t in o.scans else "no",
                                "yes" if t in lint_reads else "no"))
    return diffs


def main():
    schemac, work, results_path = sys.argv[1:4]
    files = sys.argv[4:]
    rules = subprocess.run([schemac, "lint", "--rules"], capture_output=True, text=True)
    for line in rules.stdout.splitlines():
        m = re.match(r"^\| `([a-z-]+)` \| ([a-z]+) \|", line)
        if m:
            RULE_CLASS[m.group(1)] = m.group(2)
    measure = {"tp": 0, "fn": 0, "fp": 0, "tn": 0}
    missed, blocked = [], []
    h = subprocess.run([schemac, "lint", "--help"], capture_output=True, text=True)
    knows_transaction = "--transaction" in (h.stdout + h.stderr)
    cases = []
    seen = {}
    for f in files:
        for c in read_cases(f):
            if c.name in seen:
                sys.exit("%s: case %s already defined at %s" % (c.source, c.name, seen[c.name]))
            seen[c.name] = c.source
            cases.append(c)
    only = os.environ.get("CASE")
    if only:
        cases = [c for c in cases if c.name == only]
        if not cases:
            sys.exit("no such case: %s" % only)
    admin = connect("postgres")
    acur = admin.cursor()
    with open(results_path, "w") as out:
        for i, case in enumerate(cases):
            t0 = time.time()
            d = os.path.join(work, case.name)
            os.makedirs(d, exist_ok=True)
            for part in ("base", "data", "migration"):
                with open(os.path.join(d, part + ".sql"), "w") as f:
                    f.write(getattr(case, part))
            db = "lo_%d" % i
            acur.execute("DROP DATABASE IF EXISTS %s" % db)
            acur.execute("CREATE DATABASE %s TEMPLATE lo_template STRATEGY file_copy" % db)
            try:
                observed = run_on_server(case, d, db)
            finally:
                acur.execute("DROP DATABASE IF EXISTS %s WITH (FORCE)" % db)
            if isinstance(observed, str):
                out.write("%s\tbad case: %s\n" % (case.name, observed.replace("\n", " ")))
                continue
            lint = run_lint(schemac, d, case.model, knows_transaction)
            diffs = compare(case, observed, lint)
            dangerous, flagged = verdict(observed, lint[2])
            key = ("tp" if flagged else "fn") if dangerous else ("fp" if flagged else "tn")
            measure[key] += 1
            if key == "fn":
                missed.append(case.name)
            elif key == "fp":
                blocked.append(case.name)
            with open(os.path.join(d, "server.txt"), "w") as f:
                for o in observed:
                    f.write("L%d:%d %s\n" % (o.line, o.col, "control" if o.control else ""))
                    if o.error is not None:
                        f.write("  error %s %s\n" % (o.error.pgcode, str(o.error).strip()))
                    for t, modes in sorted(o.new_locks.items()):
                        f.write("  lock %s on %s\n" % (strongest(modes), t))
                    if not o.locks_seen:
                        f.write("  lock not caught\n")
                    for t in sorted(o.rewrites):
                        f.write("  rewrites %s\n" % t)
                    for t in sorted(o.scans):
                        f.write("  scans %s\n" % t)
            out.write("%s\t%s\n" % (case.name, "; ".join(diffs) if diffs else "agree"))
            print("%s %.2fs" % (case.name, time.time() - t0), file=sys.stderr)
            out.flush()
    nd, ns = measure["tp"] + measure["fn"], measure["fp"] + measure["tn"]
    with open(results_path + ".measure", "w") as f:
        f.write("recall %d/%d dangerous (%.1f%%), false positives %d/%d safe (%.1f%%)\n"
                % (measure["tp"], nd, 100.0 * measure["tp"] / nd if nd else 100.0,
                   measure["fp"], ns, 100.0 * measure["fp"] / ns if ns else 0.0))
        f.write("missed: %s\n" % " ".join(missed))
        f.write("blocked: %s\n" % " ".join(blocked))


if __name__ == "__main__":
    main()
