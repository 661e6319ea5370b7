#!/usr/bin/env python3
"""Mutation harness: real schemas, broken the way a hold-out breaks them,
and their benign variants; PostgreSQL 15's verdict on each against
schemac's.

    python3 t/mutate.py [--count N] [--seed S] [--keep DIR] [--pg-cache DIR] [-v] SOURCE...

Each SOURCE is a schema file PostgreSQL loads alone (a Rails structure.sql
of ../shared/corpus/structure, a golden case's to.sql). For each mutant:
PostgreSQL's verdict is `psql -X -v ON_ERROR_STOP=1` on a scratch database
of the server PGHOST/PGPORT name (the line psql reports for the first ERROR
is the statement it refused); schemac's is `$SCHEMAC diff /dev/null MUTANT`
(exit 2: refused, first error's line; exit 0: accepted). A source the server
refuses as it is, is left out.

Mutation kinds: drop-* (a table, column, function, type, domain, enum
label, sequence, schema that something else names), misspell-* (a name in
an index, foreign key, view, policy, trigger, default, check, generated
column, a column type), call-arity / call-type (an argument added to, or
changed in, a function call), call-user-type (an argument of a call of the
schema's own function given another type), misspell-enum-label (a use of
an enum label), misspell-qualified-call (schema.f() of a function that
schema lacks), trigger-returns (a trigger's function made to return
integer), duplicate (an object created twice), typmod
(a type modifier out of range), and benign-* (a table renamed consistently,
an unrelated table added, an index moved to the end), which PostgreSQL
usually accepts. The server decides; the kind is only the label.

Prints one line per kind: mutants, agreement, cases where schemac passes
what PostgreSQL refuses (false-accept), and refuses what it accepts
(false-refuse), and where the first error is on another line. With -v,
every disagreement. Exit 1 when any mutant disagrees (--allow N: more
than N; --allow 5%: more than 5% of the mutants), so a bounded run of it
is a test.
"""
import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>--[^\n]*|/\*.*?\*/)
  | (?P<dollar>\$(?P<tag>[A-Za-z_]*)\$.*?\$(?P=tag)\$)
  | (?P<string>[EeBbXxNnUu]?'(?:[^']|'')*')
  | (?P<qident>"(?:[^"]|"")+")
  | (?P<ident>[A-Za-z_][A-Za-z0-9_$]*)
  | (?P<number>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<op>::|[-+*/<>=~!@#%^&|`?]+|.)
""", re.X | re.S)

KEYWORDS = set("""
all alter and any array as asc authorization before begin between bigint
bigserial boolean both by cascade case cast char character check collate
column constraint create current_date current_time current_timestamp
current_user database default deferrable delete desc distinct do domain
double drop each else end enum except execute exists extension false fetch
first for foreign from function generated grant group having if immutable
in index initially inherits insert int integer interval into is join key
language last leading like limit local match materialized not null nulls
numeric on only or order outer over owned owner partition policy precision
primary procedure public real references replace restrict return returns
revoke role row rule schema select sequence serial session_user set setof
smallint stable start stored table temp temporary text then time timestamp
to trailing trigger true type union unique update user using values varchar
varying view volatile when where with without zone
""".split())


def tokens(text):
    """(kind, text, start) of each token of text, whitespace and comments
    left out."""
    out = []
    for m in TOKEN.finditer(text):
        kind = m.lastgroup if m.lastgroup != "tag" else "dollar"
        for k in ("ws", "comment", "dollar", "string", "qident", "ident", "number", "op"):
            if m.group(k) is not None:
                kind = k
                break
        if kind in ("ws", "comment"):
            continue
        out.append((kind, m.group(0), m.start()))
    return out


def split_statements(text):
    """The statements of text, each with its own text (the `;` included)
    and whatever precedes it kept in the one before (so that joining them
    gives text back)."""
    stmts = []
    start = 0
    depth = 0
    for kind, tok, pos in tokens(text):
        if kind == "op" and tok in "()":
            depth += 1 if tok == "(" else -1
        elif kind == "op" and tok == ";" and depth <= 0:
            end = pos + 1
            if end < len(text) and text[end] == "\n":
                end += 1
            stmts.append(text[start:end])
            start = end
            depth = 0
    if text[start:].strip():
        stmts.append(text[start:])
    elif stmts:
        stmts[-1] += text[start:]
    return stmts


def words(stmt):
    """Identifier tokens of stmt, lower-cased unless quoted, with their
    positions."""
    out = []
    for kind, tok, pos in tokens(stmt):
        if kind == "ident":
            out.append((tok.lower(), pos, len(tok)))
        elif kind == "qident":
            out.append((tok[1:-1], pos, len(tok)))
    return out


def head(stmt):
    """The statement's leading keywords, upper-cased, comments left out."""
    toks = [t for k, t, _ in tokens(stmt)[:6]]
    return " ".join(toks).upper()


CREATE_NAME = re.compile(
    r"^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:UNLOGGED\s+|MATERIALIZED\s+|UNIQUE\s+)?"
    r"(TABLE|VIEW|FUNCTION|PROCEDURE|TYPE|DOMAIN|SEQUENCE|SCHEMA|INDEX)\s+"
    r"(?:IF\s+NOT\s+EXISTS\s+)?(?:CONCURRENTLY\s+)?"
    r"((?:\"[^\"]+\"|[A-Za-z_][\w$]*)(?:\.(?:\"[^\"]+\"|[A-Za-z_][\w$]*))?)",
    re.I | re.M)


def strip_comments(stmt):
    return re.sub(r"^\s*--[^\n]*\n", "", stmt, flags=re.M)


def created(stmt):
    """(kind, last part of the name) of the object stmt creates, or None."""
    m = CREATE_NAME.match(strip_comments(stmt))
    if not m:
        return None
    name = m.group(2).split(".")[-1]
    name = name[1:-1] if name.startswith('"') else name.lower()
    kind = m.group(1).upper()
    if kind == "TYPE":
        rest = strip_comments(stmt)[m.end():]
        if re.match(r"\s*AS\s+ENUM", rest, re.I):
            kind = "ENUM"
    if re.match(r"\s*CREATE\s+MATERIALIZED", strip_comments(stmt), re.I):
        kind = "MATVIEW"
    return kind, name


class Schema:
    def __init__(self, text):
        self.stmts = split_statements(text)
        self.words = [words(s) for s in self.stmts]
        self.created = [created(s) for s in self.stmts]

    def text(self, stmts=None):
        return "".join(self.stmts if stmts is None else stmts)

    def used_elsewhere(self, name, skip):
        return [i for i, ws in enumerate(self.words)
                if i != skip and any(w == name for w, _, _ in ws)]


def misspell(name, rnd):
    if len(name) > 3 and rnd.random() < 0.5:
        i = rnd.randrange(1, len(name) - 1)
        if name[i] != name[i + 1]:
            return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name + "x"


def replace_at(stmt, pos, length, new):
    if stmt[pos] == '"':
        new = '"' + new + '"'
    return stmt[:pos] + new + stmt[pos + length:]


# each mutator: (schema, rnd) -> text or None

def drop_object(kinds):
    def mut(s, rnd):
        cands = [i for i, c in enumerate(s.created)
                 if c and c[0] in kinds and s.used_elsewhere(c[1], i)]
        if not cands:
            return None
        i = rnd.choice(cands)
        return s.text(s.stmts[:i] + s.stmts[i + 1:])
    return mut


def table_columns(stmt):
    """(start, end, name) of each column definition in a CREATE TABLE."""
    m = re.search(r"\(", stmt)
    if not m:
        return []
    out = []
    depth = 0
    start = m.end()
    for kind, tok, pos in tokens(stmt[m.start():]):
        pos += m.start()
        if kind != "op":
            continue
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth -= 1
            if depth == 0:
                out.append((start, pos))
                break
        elif tok == "," and depth == 1:
            out.append((start, pos))
            start = pos + 1
    cols = []
    for a, b in out:
        ws = words(stmt[a:b])
        if not ws or ws[0][0] in ("constraint", "primary", "unique", "check",
                                  "foreign", "exclude", "like"):
            continue
        cols.append((a, b, ws[0][0]))
    return cols


def drop_column(s, rnd):
    cands = []
    for i, c in enumerate(s.created):
        if not c or c[0] != "TABLE":
            continue
        cols = table_columns(s.stmts[i])
        if len(cols) < 2:
            continue
        for a, b, name in cols:
            if name in KEYWORDS:
                continue
            if s.used_elsewhere(name, i):
                cands.append((i, a, b))
    if not cands:
        return None
    i, a, b = rnd.choice(cands)
    stmt = s.stmts[i]
    # drop the definition and one comma next to it
    if stmt[b] == ",":
        stmt = stmt[:a] + stmt[b + 1:]
    else:
        j = stmt.rindex(",", 0, a)
        stmt = stmt[:j] + stmt[b:]
    return s.text(s.stmts[:i] + [stmt] + s.stmts[i + 1:])


CONTEXTS = {
    "index": lambda st: re.match(r"\s*CREATE\s+(UNIQUE\s+)?INDEX", st, re.I),
    "fk": lambda st: re.search(r"\bFOREIGN\s+KEY\b", st, re.I),
    "view": lambda st: re.match(r"\s*CREATE\s+(OR\s+REPLACE\s+)?(MATERIALIZED\s+)?VIEW", st, re.I),
    "policy": lambda st: re.match(r"\s*CREATE\s+POLICY", st, re.I),
    "trigger": lambda st: re.match(r"\s*CREATE\s+(OR\s+REPLACE\s+)?(CONSTRAINT\s+)?TRIGGER", st, re.I),
    "default": lambda st: re.search(r"\bDEFAULT\b", st, re.I) and not re.match(r"\s*(CREATE\s+(OR\s+REPLACE\s+)?(FUNCTION|PROCEDURE)|ALTER\s+DEFAULT)", st, re.I),
    "check": lambda st: re.search(r"\bCHECK\s*\(", st, re.I) and not re.match(r"\s*CREATE\s+(OR\s+REPLACE\s+)?(FUNCTION|PROCEDURE)", st, re.I),
    "generated": lambda st: re.search(r"\bGENERATED\s+ALWAYS\s+AS\s*\(", st, re.I),
}


def known_names(s):
    """Names the schema defines: objects and columns."""
    names = set()
    for i, c in enumerate(s.created):
        if c:
            names.add(c[1])
            if c[0] == "TABLE":
                names.update(n for _, _, n in table_columns(s.stmts[i]))
    return names - KEYWORDS


def misspell_in(ctx):
    test = CONTEXTS[ctx]

    def mut(s, rnd):
        names = known_names(s)
        cands = []
        for i, st in enumerate(s.stmts):
            body = strip_comments(st)
            if not test(body):
                continue
            off = len(st) - len(body)
            for w, pos, ln in words(body):
                if w in names:
                    cands.append((i, pos + off, ln, w))
        if not cands:
            return None
        i, pos, ln, w = rnd.choice(cands)
        st = replace_at(s.stmts[i], pos, ln, misspell(w, rnd))
        return s.text(s.stmts[:i] + [st] + s.stmts[i + 1:])
    return mut


TYPE_NAMES = ["integer", "bigint", "text", "boolean", "timestamp", "uuid",
              "jsonb", "date", "numeric", "smallint", "inet", "bytea", "json"]


def misspell_type(s, rnd):
    cands = []
    for i, c in enumerate(s.created):
        if not c or c[0] != "TABLE":
            continue
        st = s.stmts[i]
        for a, b, name in table_columns(st):
            ws = words(st[a:b])
            if len(ws) > 1 and ws[1][0] in TYPE_NAMES:
                cands.append((i, a + ws[1][1], ws[1][2], ws[1][0]))
    if not cands:
        return None
    i, pos, ln, w = rnd.choice(cands)
    bad = {"timestamp": "timestampz", "integer": "integr", "text": "txt",
           "boolean": "bool_", "uuid": "uid"}.get(w) or misspell(w, rnd)
    st = s.stmts[i][:pos] + bad + s.stmts[i][pos + ln:]
    return s.text(s.stmts[:i] + [st] + s.stmts[i + 1:])


def calls(st):
    """(name, position of '(', position of its ')') of each call in st."""
    toks = tokens(st)
    out = []
    for j in range(len(toks) - 1):
        k, t, p = toks[j]
        if k in ("ident", "qident") and toks[j + 1][1] == "(" and t.lower() not in KEYWORDS:
            depth = 0
            for k2, t2, p2 in toks[j + 1:]:
                if t2 == "(":
                    depth += 1
                elif t2 == ")":
                    depth -= 1
                    if depth == 0:
                        out.append((t, toks[j + 1][2], p2))
                        break
    return out


def call_mutation(change):
    def mut(s, rnd):
        cands = []
        for i, st in enumerate(s.stmts):
            body = strip_comments(st)
            if re.match(r"\s*CREATE\s+(OR\s+REPLACE\s+)?(FUNCTION|PROCEDURE|TRIGGER)", body, re.I):
                continue
            if not any(t(body) for t in CONTEXTS.values()):
                continue
            off = len(st) - len(body)
            for name, lp, rp in calls(body):
                cands.append((i, lp + off, rp + off))
        if not cands:
            return None
        i, lp, rp = rnd.choice(cands)
        st = s.stmts[i]
        inner = st[lp + 1:rp]
        if change == "arity":
            new = inner + (", 1" if inner.strip() else "1")
        else:
            new = "true" if not inner.strip() else "true, " + inner
        st = st[:lp + 1] + new + st[rp:]
        return s.text(s.stmts[:i] + [st] + s.stmts[i + 1:])
    return mut


def user_function_names(s):
    """Names of the functions the schema creates."""
    return {c[1] for c in s.created if c and c[0] in ("FUNCTION", "PROCEDURE")}


def statements_outside_functions(s):
    """(index, text without leading comments, offset of that text) of each
    statement that is not a CREATE FUNCTION or PROCEDURE."""
    for i, st in enumerate(s.stmts):
        body = strip_comments(st)
        if not re.match(r"\s*CREATE\s+(OR\s+REPLACE\s+)?(FUNCTION|PROCEDURE)", body, re.I):
            yield i, body, len(st) - len(body)


def call_user_type(s, rnd):
    """An argument of a call to one of the schema's own functions replaced
    by a value of another type (a boolean for a string, a string cast to
    text for anything else)."""
    names = user_function_names(s)
    cands = []
    for i, body, off in statements_outside_functions(s):
        for name, lp, rp in calls(body):
            n = name.lower() if not name.startswith('"') else name[1:-1]
            if n in names and body[lp + 1:rp].strip():
                cands.append((i, lp + off, rp + off))
    if not cands:
        return None
    i, lp, rp = rnd.choice(cands)
    st = s.stmts[i]
    inner = st[lp + 1:rp]
    # the first argument (up to a comma at depth 0)
    depth, end = 0, len(inner)
    for j, ch in enumerate(inner):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            end = j
            break
    first = inner[:end]
    new = "true" if "'" in first else "'x'::text"
    st = st[:lp + 1] + new + inner[end:] + st[rp:]
    return s.text(s.stmts[:i] + [st] + s.stmts[i + 1:])


def enum_labels(s):
    """Labels ('x', quoted) of the schema's enums."""
    out = set()
    for i, c in enumerate(s.created):
        if c and c[0] == "ENUM":
            out.update(t for k, t, p in tokens(s.stmts[i]) if k == "string")
    return out


def misspell_enum_label(s, rnd):
    """A use of an enum label (a string constant outside the CREATE TYPE)
    misspelled."""
    labels = enum_labels(s)
    cands = []
    for i, st in enumerate(s.stmts):
        c = s.created[i]
        if (c and c[0] == "ENUM") or re.match(r"\s*(INSERT|COPY|COMMENT)\b", strip_comments(st), re.I):
            continue
        for k, t, p in tokens(st):
            if k == "string" and t in labels and len(t) > 2:
                cands.append((i, p, len(t)))
    if not cands:
        return None
    i, p, ln = rnd.choice(cands)
    st = s.stmts[i]
    label = st[p + 1:p + ln - 1]
    st = st[:p] + "'" + misspell(label, rnd).replace("'", "''") + "'" + st[p + ln:]
    return s.text(s.stmts[:i] + [st] + s.stmts[i + 1:])


QUALIFIED_CALL = re.compile(r"\b([A-Za-z_][\w$]*)\.([A-Za-z_][\w$]*)\s*\(")


def misspell_qualified_call(s, rnd):
    """A schema-qualified call (app.f(...)) of one of the schema's own
    functions, its name misspelled: the schema exists, the function not."""
    names = user_function_names(s)
    cands = []
    for i, body, off in statements_outside_functions(s):
        for m in QUALIFIED_CALL.finditer(body):
            if m.group(2).lower() in names and m.group(1).lower() not in ("pg_catalog",):
                cands.append((i, m.start(2) + off, len(m.group(2))))
    if not cands:
        return None
    i, p, ln = rnd.choice(cands)
    st = s.stmts[i]
    st = st[:p] + misspell(st[p:p + ln].lower(), rnd) + st[p + ln:]
    return s.text(s.stmts[:i] + [st] + s.stmts[i + 1:])


TRIGGER_FN = re.compile(r"EXECUTE\s+(?:FUNCTION|PROCEDURE)\s+(?:[\w$\"]+\.)?\"?([\w$]+)\"?\s*\(", re.I)


def trigger_returns(s, rnd):
    """A function a trigger executes made to return integer instead of
    trigger."""
    used = set()
    for st in s.stmts:
        used.update(m.group(1).lower() for m in TRIGGER_FN.finditer(st))
    cands = [i for i, c in enumerate(s.created)
             if c and c[0] == "FUNCTION" and c[1] in used and
             re.search(r"\bRETURNS\s+trigger\b", s.stmts[i], re.I)]
    if not cands:
        return None
    i = rnd.choice(cands)
    st = re.sub(r"\bRETURNS\s+trigger\b", "RETURNS integer", s.stmts[i], count=1, flags=re.I)
    return s.text(s.stmts[:i] + [st] + s.stmts[i + 1:])


def duplicate(s, rnd):
    cands = [i for i, c in enumerate(s.created)
             if c and c[0] in ("TABLE", "INDEX", "FUNCTION", "TYPE", "ENUM", "DOMAIN",
                               "SEQUENCE", "VIEW", "SCHEMA")]
    if not cands:
        return None
    i = rnd.choice(cands)
    return s.text(s.stmts[:i + 1] + [s.stmts[i]] + s.stmts[i + 1:])


def drop_enum_label(s, rnd):
    cands = []
    for i, c in enumerate(s.created):
        if not c or c[0] != "ENUM":
            continue
        for k, t, p in tokens(s.stmts[i]):
            if k == "string" and any(t in st for j, st in enumerate(s.stmts) if j != i):
                cands.append((i, p, len(t)))
    if not cands:
        return None
    i, p, ln = rnd.choice(cands)
    st = s.stmts[i]
    after = st[p + ln:]
    m = re.match(r"\s*,", after)
    if m:
        st = st[:p] + after[m.end():]
    else:
        j = st.rindex(",", 0, p) if "," in st[:p] else None
        if j is None:
            return None
        st = st[:j] + after
    return s.text(s.stmts[:i] + [st] + s.stmts[i + 1:])


TYPMOD = re.compile(r"\b(character varying|varchar|character|char|numeric|decimal|bit varying|bit|timestamp|time|interval)\s*\((\d+)(\s*,\s*\d+)?\)", re.I)


def typmod(s, rnd):
    cands = []
    for i, st in enumerate(s.stmts):
        if re.match(r"\s*CREATE\s+(OR\s+REPLACE\s+)?(FUNCTION|PROCEDURE)", strip_comments(st), re.I):
            continue
        for m in TYPMOD.finditer(st):
            cands.append((i, m))
    if not cands:
        return None
    i, m = rnd.choice(cands)
    t = m.group(1).lower()
    if t in ("numeric", "decimal"):
        new = rnd.choice(["(0)", "(1001)", "(%s, -1001)" % m.group(2)])
    elif t in ("timestamp", "time", "interval"):
        new = rnd.choice(["(7)", "(-1)"])
    else:
        new = rnd.choice(["(0)", "(10485761)"])
    st = s.stmts[i]
    st = st[:m.start()] + m.group(1) + new + st[m.end():]
    return s.text(s.stmts[:i] + [st] + s.stmts[i + 1:])


def benign_rename(s, rnd):
    cands = [c[1] for c in s.created if c and c[0] == "TABLE"]
    if not cands:
        return None
    old = rnd.choice(cands)
    new = old + "_renamed"
    out = []
    for st, ws in zip(s.stmts, s.words):
        for w, pos, ln in reversed(ws):
            if w == old:
                st = replace_at(st, pos, ln, new)
        out.append(st)
    return s.text(out)


def benign_add(s, rnd):
    return s.text() + "\nCREATE TABLE mutate_unrelated (id bigint PRIMARY KEY, note text DEFAULT 'x' CHECK (length(note) < 80));\n"


def benign_reorder(s, rnd):
    cands = [i for i, c in enumerate(s.created) if c and c[0] == "INDEX"]
    if not cands:
        return None
    i = rnd.choice(cands)
    return s.text(s.stmts[:i] + s.stmts[i + 1:] + ["\n" + s.stmts[i]])


MUTATORS = {
    "drop-table": drop_object({"TABLE"}),
    "drop-view": drop_object({"VIEW", "MATVIEW"}),
    "drop-column": drop_column,
    "drop-function": drop_object({"FUNCTION", "PROCEDURE"}),
    "drop-type": drop_object({"TYPE", "ENUM"}),
    "drop-domain": drop_object({"DOMAIN"}),
    "drop-enum-label": drop_enum_label,
    "drop-sequence": drop_object({"SEQUENCE"}),
    "drop-schema": drop_object({"SCHEMA"}),
    "misspell-type": misspell_type,
    "call-arity": call_mutation("arity"),
    "call-type": call_mutation("type"),
    "call-user-type": call_user_type,
    "misspell-enum-label": misspell_enum_label,
    "misspell-qualified-call": misspell_qualified_call,
    "trigger-returns": trigger_returns,
    "duplicate": duplicate,
    "typmod": typmod,
    "benign-rename": benign_rename,
    "benign-add": benign_add,
    "benign-reorder": benign_reorder,
}
for _ctx in CONTEXTS:
    MUTATORS["misspell-" + _ctx] = misspell_in(_ctx)


ERROR_LINE = re.compile(r"^psql:[^:]*:(\d+): ERROR:\s*(.*)$", re.M)


PG_CACHE = None


def pg_verdict(path, db):
    """PostgreSQL's verdict on the file at path: (ok, line, message);
    with --pg-cache, remembered by the text's hash (another schemac on the
    same mutants then needs no server time)."""
    key = None
    if PG_CACHE:
        with open(path, "rb") as f:
            key = os.path.join(PG_CACHE, hashlib.sha1(f.read()).hexdigest())
        if os.path.exists(key):
            with open(key) as f:
                return tuple(json.load(f))
    out = pg_verdict_run(path, db)
    if key:
        with open(key, "w") as f:
            json.dump(list(out), f)
    return out


def pg_verdict_run(path, db):
    # (a run killed midway leaves its scratch database behind)
    subprocess.run(["dropdb", "--if-exists", db], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    subprocess.run(["createdb", db], check=True, stdout=subprocess.DEVNULL)
    try:
        r = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-f", path],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    finally:
        subprocess.run(["dropdb", db], check=True, stdout=subprocess.DEVNULL)
    if r.returncode == 0:
        return True, None, ""
    m = ERROR_LINE.search(r.stderr)
    return False, int(m.group(1)) if m else None, m.group(2) if m else r.stderr.strip()[:200]


SC_LINE = re.compile(r"^[^:\n]*:(\d+):(?:\d+:)? error: (.*)$", re.M)


def sc_verdict(schemac, path):
    r = subprocess.run([schemac, "diff", "/dev/null", path], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True, errors="replace")
    if r.returncode == 0:
        return True, None, ""
    if r.returncode != 2:
        return None, None, "exit %d: %s" % (r.returncode, r.stderr[-300:])
    m = SC_LINE.search(r.stderr)
    return False, int(m.group(1)) if m else None, m.group(2) if m else r.stderr.strip()[:200]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=3, help="mutants per kind and source")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kinds", default="", help="comma-separated kinds (default: all)")
    ap.add_argument("--keep", help="write each disagreeing mutant into this folder")
    ap.add_argument("--allow", default="0",
                    help="disagreements tolerated: a count, or a share of the mutants (5%%)")
    ap.add_argument("--pg-cache", help="a folder remembering PostgreSQL's verdicts")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("sources", nargs="+")
    a = ap.parse_args()
    global PG_CACHE
    if a.pg_cache:
        os.makedirs(a.pg_cache, exist_ok=True)
        PG_CACHE = a.pg_cache
    schemac = os.environ.get("SCHEMAC", "build/schemac")
    kinds = a.kinds.split(",") if a.kinds else list(MUTATORS)
    work = tempfile.mkdtemp(prefix="mutate.")
    stats = defaultdict(lambda: [0, 0, 0, 0, 0])  # n, agree, false-accept, false-refuse, other-line
    bad = 0
    n = 0
    for src in a.sources:
        text = open(src, encoding="utf-8", errors="surrogateescape").read()
        n += 1
        base = os.path.join(work, "base.sql")
        open(base, "w", encoding="utf-8", errors="surrogateescape").write(text)
        if not pg_verdict(base, "mutate_base")[0]:
            if a.v:
                print("# skipped (PostgreSQL refuses it): %s" % src)
            continue
        s = Schema(text)
        for kind in kinds:
            seen = set()
            for k in range(a.count):
                rnd = random.Random("%d/%s/%s/%d" % (a.seed, src, kind, k))
                out = MUTATORS[kind](s, rnd)
                if out is None or out in seen or out == text:
                    continue
                seen.add(out)
                path = os.path.join(work, "m.sql")
                open(path, "w", encoding="utf-8", errors="surrogateescape").write(out)
                pg_ok, pg_line, pg_msg = pg_verdict(path, "mutate_m")
                sc_ok, sc_line, sc_msg = sc_verdict(schemac, path)
                st = stats[kind]
                st[0] += 1
                why = None
                if sc_ok is None:
                    why = "crash/odd exit: " + sc_msg
                elif pg_ok == sc_ok:
                    st[1] += 1
                    if not pg_ok and pg_line != sc_line:
                        st[4] += 1
                        if a.v:
                            print("# %s %s#%d: line PG %s (%s), schemac %s (%s)" % (
                                kind, src, k, pg_line, pg_msg, sc_line, sc_msg))
                elif not pg_ok:
                    st[2] += 1
                    why = "PostgreSQL refuses line %s (%s), schemac accepts" % (pg_line, pg_msg)
                else:
                    st[3] += 1
                    why = "PostgreSQL accepts, schemac refuses line %s (%s)" % (sc_line, sc_msg)
                if why:
                    bad += 1
                    if a.v:
                        print("not ok %s %s#%d: %s" % (kind, src, k, why))
                    if a.keep:
                        os.makedirs(a.keep, exist_ok=True)
                        name = "%s-%s-%d.sql" % (kind, re.sub(r"\W+", "_", src)[-40:], k)
                        with open(os.path.join(a.keep, name), "w", encoding="utf-8",
                                  errors="surrogateescape") as f:
                            f.write(out)
    tot = [0, 0, 0, 0, 0]
    print("%-20s %6s %8s %8s %8s %6s" % ("kind", "n", "agree%", "fa", "fr", "line"))
    for kind in kinds:
        st = stats[kind]
        for j in range(5):
            tot[j] += st[j]
        if st[0]:
            print("%-20s %6d %8.1f %8d %8d %6d" % (kind, st[0], 100.0 * st[1] / st[0], st[2], st[3], st[4]))
    if tot[0]:
        print("%-20s %6d %8.1f %8d %8d %6d" % ("total", tot[0], 100.0 * tot[1] / tot[0], tot[2], tot[3], tot[4]))
    allow = (float(a.allow[:-1]) * tot[0] / 100.0 if a.allow.endswith("%")
             else int(a.allow))
    print("%d disagreement(s), %s tolerated" % (bad, a.allow))
    sys.exit(1 if bad > allow else 0)


if __name__ == "__main__":
    main()
