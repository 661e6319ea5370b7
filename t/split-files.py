#!/usr/bin/env python3
"""t/split-files.py - the script that split the long compiler files.

Kept as the record of the refactor (issue 15: no source file over 1,500
lines), and so that it can be run again on a tree where others have edited
the same files since: it moves functions by name, never by line number.

    t/split-files.py [--dry-run] [--root DIR] [--only SRC]
                                         apply every split in SPLITS (only
                                         those of source file SRC)
    t/split-files.py --list FILE.c       the top-level items of FILE.c with
                                         their sizes (to plan a split)

For each split, a source file SRC gives named functions (each with its
comment) to new files; with them go the static functions, static data,
macros and types that only the moved functions use. What ends up used in
two files becomes shared through the group's internal header HDR: a static
function loses `static` and its prototype (with the comment above it) goes
into HDR; a struct, enum or macro moves into HDR; static data becomes an
`extern` there. Forward declarations follow the function they declare, or
go when the header declares it. The new files start with their own comment
and SRC's includes (plus HDR). The Makefile builds compiler/*.c by
wildcard; the script checks that it still does.

The top-level items are found by parsing: brace, bracket and parenthesis
matching that skips strings, character constants, comments and
preprocessor lines. Any surprise (a named function missing, a name that
would clash with a global of another file, a new file that exists
already, a function left unused) stops the script with a message and
nothing written. Running it twice is an error on the second run (the new
files exist): run it on the tree from before the split.
"""

import os
import re
import sys

# The splits, in order. Each: src, hdr (the group's internal header; made
# when missing, with hdr_comment), and the new files, each with its
# comment and the functions (or data) it takes by name.
def words(s):
    return s.split()


SPLITS = [
    {
        "src": "compiler/lint.c",
        "src_note": "lint.c: findings, locks, the statements",
        "hdr": "compiler/lint_int.h",
        # lint.c's own node_str would clash with the builder's; the short
        # names that become shared get the stage's prefix
        "rename": {"node_str": "lint_node_str", "has": "lint_has",
                   "lock": "lint_lock", "take": "lint_take", "work": "lint_work",
                   "reads": "lint_reads"},
        "hdr_comment": """\
 * lint_int.h - what the linter's files share: the linter's state (the
 * catalog as it stands, the locks taken, the findings) and the helpers
 * that record findings and locks. Private to lint*.c; lint.h is the
 * stage's interface. lint.c walks the statements; lint_rules.c is the
 * rules table; lint_refs.c foreign keys, reads and what a drop leaves
 * behind; lint_alter.c ALTER TABLE, ALTER DOMAIN and type changes.
""",
        "files": [
            {
                "file": "compiler/lint_rules.c",
                "note": "lint_rules.c",
                "comment": """\
 * lint_rules.c - the rules table: each rule's id, class, what it finds
 * and how to fix it, and the names of classes, levels and transaction
 * modes as configuration and the command line spell them.
""",
                "take": words("""lint_rules lint_nrules lint_find_rule lint_level_from_name
                    lint_class_name lint_txmode_from_name"""),
            },
            {
                "file": "compiler/lint_refs.c",
                "note": "lint_refs.c: foreign keys, reads, what a drop leaves behind",
                "comment": """\
 * lint_refs.c - what a statement touches beyond its own table: the
 * foreign keys it adds (and whether an index serves them), the tables it
 * reads or locks through them, and the views, policies, triggers and
 * functions a DROP would leave broken.
""",
                "take": words("""new_fk leads lint_fk_indexed lint_fk_index_sql create_fks
                    fks_without_index reads referencing_tables fk_target lock_referencing
                    lock_column_fks fk_lookups truncate_cascade dep_reads names_table
                    select_reads from_reads object_label and_list drop_still_used
                    pending_breaks"""),
            },
            {
                "file": "compiler/lint_alter.c",
                "note": "lint_alter.c: ALTER TABLE, ALTER DOMAIN, type changes",
                "comment": """\
 * lint_alter.c - ALTER TABLE's commands (lint_alter_cmd), ALTER DOMAIN
 * and ALTER TYPE of a composite: the lock each takes, whether it
 * rewrites or scans the table, what a type change loses, and the
 * columns of a domain or composite type it reaches.
""",
                "take": words("""resolve_type columns_of_type domain_scan lint_alter_domain
                    lint_alter_composite mod_first mod_second name_in_set rewrites lossy column_advice
                    is_key_column not_null_check_column proves_not_null has_not_null_check
                    unquoted column_indexed index_has_nullable lint_alter_cmd"""),
            },
        ],
    },
    {
        "src": "compiler/diff.c",
        "src_note": "diff.c",
        "hdr": "compiler/diff_int.h",
        "rename": {"find_table": "diff_find_table", "parent_table": "diff_parent_table",
                   "attach_index": "diff_attach_index", "after_parent": "diff_after_parent"},
        "files": [
            {
                "file": "compiler/diff_column.c",
                "note": "diff_column.c: columns, and what a parent gives its children",
                "comment": """\
 * diff_column.c - the columns of a kept table: type changes (the USING
 * they need, what they lose), identity, defaults, options; the tables
 * made again because a column cannot change in place; and what an
 * inheritance or partition parent gives its children, so that a change
 * recursing from the parent is not made twice.
""",
                "take": words("""in_family numeric_family string_family needs_using
                    typmod_scale typmod_first diff_type_change_loss diff_using_cast
                    identity_after_type column_retyped uses_changed_column column_replaced
                    column_recreated diff_column is_recreated partkey_swapped mark_recreated
                    same_parent inherits_from attached_now diff_cascade_parent
                    parent_part_changes parent_part_created parent_part_dropped parent_table
                    inherited_check comes_from_parent attach_index goes_with_parent
                    diff_column_options new_table_column_options after_parent
                    diff_table_links"""),
            },
            {
                "file": "compiler/diff_table.c",
                "note": "diff_table.c: tables, constraints, indexes",
                "comment": """\
 * diff_table.c - tables created, dropped and kept, and the constraints
 * and indexes of kept tables: dropped and added again where they use a
 * column, type or operator class that changes; foreign keys dropped and
 * added again around the keys they reference.
""",
                "take": words("""references_column same_key table_key fks_by_target
                    collect_fk_redo add_constraint_change object_redone uses_redone_opclass
                    diff_constraints exprs_use elems_use uses_retyped names_any uses_replaced
                    integer_family same_spelling_family retyped_columns holds_key key_is_new
                    child_keeps_column cmp_tables sort_tables diff_tables"""),
            },
            {
                "file": "compiler/diff_object.c",
                "note": "diff_object.c: views, functions, triggers, policies, generic objects",
                "comment": """\
 * diff_object.c - the objects kept as statements (views, materialized
 * views, functions, triggers, policies and the generic kinds): created,
 * dropped, replaced in place or made again when what they use changes,
 * in dependency order; row level security of tables.
""",
                "take": words("""set_add uses_any uses_shape object_uses_changed_column
                    cmp_objects visit_key visit objects_in_order changed_under object_equal
                    replaceable object_target object_comments matview_indexes diff_objects
                    collect_recalled diff_rls"""),
            },
        ],
    },
    {
        "src": "compiler/build_table.c",
        "src_note": "build_table.c: columns, tables, ALTER TABLE",
        "hdr": "compiler/build_int.h",
        "rename": {"has": "table_has", "record": "rename_record", "here": "table_here"},
        "files": [
            {
                "file": "compiler/build_constraint.c",
                "note": "build_constraint.c: keys, indexes, checks, foreign keys",
                "comment": """\
 * build_constraint.c - the constraints of CREATE TABLE and ALTER TABLE
 * ADD: primary keys and unique constraints with the index behind each
 * (its elements, collations and names), checks, and foreign keys with
 * their actions.
""",
                "take": words("""same_set primary_key has_unique_key check_columns_exist
                    elem_colname key_collation make_elem add_index_colname index_constraint
                    same_index_constraint add_index_constraints add_checks fk_action_of
                    add_foreign_keys"""),
            },
            {
                "file": "compiler/build_rename.c",
                "note": "build_rename.c: renames of tables, columns, sequences",
                "comment": """\
 * build_rename.c - ALTER ... RENAME of tables, columns and sequences in
 * the catalog, and build_apply_renames: the renames a migration names,
 * applied to an older catalog with the sequences and partitions they
 * carry along.
""",
                "take": words("""rename_in_list rename_in_elems build_rename_column
                    build_rename_table build_rename_sequence record apply_part_renames
                    old_owned_sequence apply_sequence_renames build_apply_renames"""),
            },
        ],
    },
    {
        "src": "compiler/build_object.c",
        "src_note": "build_object.c: views, triggers, policies, dependents",
        "hdr": "compiler/build_int.h",
        "rename": {"has": "object_has", "defelem_text": "function_defelem_text"},
        "files": [
            {
                "file": "compiler/build_function.c",
                "note": "build_function.c: CREATE and ALTER FUNCTION",
                "comment": """\
 * build_function.c - CREATE FUNCTION and PROCEDURE, ALTER FUNCTION: the
 * signature and options as the catalog keeps them, and the relations
 * and functions a body uses (SQL bodies parsed, PL/pgSQL's queries
 * found through libpg_query's PL/pgSQL parser).
""",
                "take": words("""json_queries plpgsql_queries defelem_text const_text set_text
                    is_input mode_letter function_args build_create_function
                    build_alter_function"""),
            },
        ],
    },
]

SPLITS.append({
    "src": "compiler/build.c",
    "src_note": "build.c: the statement dispatch, schemas, extensions, enums, sequences",
    "hdr": "compiler/build_int.h",
    "rename": {"has": "build_has"},
    "files": [
        {
            "file": "compiler/build_drop.c",
            "note": "build_drop.c: DROP, COMMENT ON, ALTER ... RENAME",
            "comment": """\
 * build_drop.c - the statements that name an object built before: DROP
 * (with what goes along: a table's sequences, the objects on a dropped
 * table, CASCADE's dependents), COMMENT ON (each kind's comment slot) and
 * ALTER ... RENAME (tables, columns, constraints, indexes, types, enum
 * labels, schemas and the stored statements that name them).
""",
            "take": words("""list_items type_in_use drop_one object_type_name build_drop
                comment_slot_for_relation missing_object build_comment build_rename_type
                build_rename"""),
        },
    ],
})

SPLITS.append({
    "src": "runtime/introspect.c",
    "src_note": "introspect.c: the phases, relations, types, functions",
    "hdr": "runtime/introspect_int.h",
    "rename": {"warn": "introspect_warn", "query": "in_query", "val": "in_val",
               "statements": "in_statements", "is_true": "in_is_true", "in_ns": "in_schema_pred"},
    "hdr_comment": """\
 * introspect_int.h - what introspect.c and introspect_objects.c share: the
 * operators every catalog query qualifies, the warning helper and the
 * readers of the objects past the tables. Private to runtime/introspect*.c;
 * introspect.h is the interface.
""",
    "files": [
        {
            "file": "runtime/introspect_objects.c",
            "note": "introspect_objects.c: triggers, policies, rules, operator classes, text search, languages, publications, default privileges",
            "comment": """\
 * introspect_objects.c - the readers of introspect.c for the objects past
 * tables, types and functions: text search configurations, operator
 * classes and families, languages, triggers, rules and statistics,
 * policies, publications and default privileges, each a pg_catalog query
 * written back as the DDL that makes it.
""",
            "take": words("""read_ts_configs read_opclasses read_languages read_triggers
                read_rules_statistics read_policies read_publications read_default_privileges"""),
        },
    ],
})

SPLITS.append({
    "src": "compiler/build_names.c",
    "src_note": "build_names.c: names, types, typmods, collations, expression types",
    "hdr": "compiler/build_names_int.h",
    "rename": {"at": "names_at", "scratch": "names_scratch", "expr_type": "names_expr_type",
               "type_text": "names_type_text", "names_in": "names_walk"},
    "hdr_comment": """\
 * build_names_int.h - what build_names.c and build_calls.c share: the
 * walk's context, the built-in catalog's lookups and the certain types of
 * expressions. Private to those two files; build_int.h declares what the
 * rest of the builder calls.
""",
    "files": [
        {
            "file": "compiler/build_calls.c",
            "note": "build_calls.c: calls of the input's functions, enum labels, the statement's columns",
            "comment": """\
 * build_calls.c - calls of the functions the input creates, resolved as
 * PostgreSQL resolves them (the argument count with parameter defaults and
 * VARIADIC, named arguments, overloads, implicit conversions among
 * built-in types and through domains; accepted when unsure), the function
 * a trigger executes, enum labels written as string constants (defaults,
 * casts, comparisons with a column of the statement's table), the columns
 * a generation expression names, and the expression of a schemac:using
 * directive. Called from build_names.c's walk.
""",
            "take": words("""domain_base column_def_named create_has_more_columns scope_find_column
                scope_column arg_type user_casts known_type may_coerce function_params arg_fits
                call_fits user_functions call_types check_user_call check_user_trigger enum_of
                check_label comparison check_compared_labels check_cast_label missing_column
                build_check_using"""),
        },
    ],
})

IDENT = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
KEYWORDS = {
    "auto", "break", "case", "char", "const", "continue", "default", "do",
    "double", "else", "enum", "extern", "float", "for", "goto", "if",
    "inline", "int", "long", "register", "restrict", "return", "short",
    "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
    "unsigned", "void", "volatile", "while", "_Bool", "bool", "size_t",
    "__attribute__", "_Static_assert", "static_assert",
}


class SplitError(Exception):
    pass


def note(msg):
    print("split-files: " + msg, file=sys.stderr)


def die(msg):
    raise SplitError(msg)


# ---- lexing ----------------------------------------------------------------

def skip_string(text, i):
    """text[i] is a quote: the index after the literal."""
    q = text[i]
    i += 1
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == q:
            return i + 1
        if c == "\n":
            die("unterminated literal at offset %d" % i)
        i += 1
    die("unterminated literal at end of file")


def skip_comment(text, i):
    """text[i:i+2] opens a comment: the index after it (after the newline
    for a // comment is not taken: the index of the newline)."""
    if text.startswith("//", i):
        j = text.find("\n", i)
        return len(text) if j < 0 else j
    j = text.find("*/", i + 2)
    if j < 0:
        die("unterminated comment at offset %d" % i)
    return j + 2


def skip_pp(text, i):
    """text[i] is the # of a preprocessor line: the index of the newline
    that ends it (continuations and comments inside taken)."""
    while i < len(text):
        c = text[i]
        if c == "\\" and text.startswith("\\\n", i):
            i += 2
            continue
        if text.startswith("/*", i):
            i = skip_comment(text, i)
            continue
        if c in "\"'":
            i = skip_string(text, i)
            continue
        if c == "\n":
            return i
        i += 1
    return i


def code_only(text):
    """text with comments, strings and character constants blanked (kept
    as spaces, so offsets stay), for finding names."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if text.startswith("/*", i) or text.startswith("//", i):
            j = skip_comment(text, i)
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c in "\"'":
            j = skip_string(text, i)
            out.append(c + " " * (j - i - 2) + c)
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


# ---- items -----------------------------------------------------------------

class Item:
    """A top-level item: lead (the blank lines and comments before it, the
    last comment block that touches it in attached), code, its kind and
    the names it defines and uses."""

    def __init__(self, lead, code, tail):
        self.lead = lead
        self.code = code
        self.tail = tail		# the rest of its last line and the newline
        self.kind = None		# func, proto, data, type, define, pp
        self.name = None
        self.defines = set()
        self.uses = set()
        self.static = False

    def text(self):
        return self.lead + self.code + self.tail

    def detached_attached(self):
        """lead split into what stands apart (blank lines, section
        comments) and the comment block right above the item."""
        lines = self.lead.split("\n")
        # lead ends just before the item's code, at the start of a line
        # (the last element is "" or the code's indentation).
        last = lines[-1]
        body = lines[:-1]
        k = len(body)
        while k > 0 and body[k - 1].strip() != "":
            k -= 1
        attached = body[k:]
        if not any(s.strip().startswith(("/*", "//", "*")) for s in attached):
            return self.lead, ""
        det = "\n".join(body[:k] + [""]) if k else ""
        att = "\n".join(attached + [last])
        return det, att

    def lines(self):
        return self.text().count("\n")


def parse_items(text, path):
    """The file's items, in order; their texts joined give text back."""
    items = []
    i = 0
    n = len(text)
    while i < n:
        start = i
        # the lead: whitespace and comments
        while i < n:
            if text[i] in " \t\n":
                i += 1
            elif text.startswith("/*", i) or text.startswith("//", i):
                i = skip_comment(text, i)
            else:
                break
        if i >= n:
            if items:
                items[-1].tail += text[start:]
            else:
                it = Item(text[start:], "", "")
                it.kind = "pp"
                items.append(it)
            break
        # the lead ends at the start of the code's line
        ls = text.rfind("\n", start, i) + 1
        if ls < start:
            ls = start
        lead = text[start:ls]
        cstart = ls
        if text[i] == "#":
            end = skip_pp(text, i)
        else:
            end = scan_decl(text, i, path)
        # the tail: the rest of the line (spaces, a comment) and newline
        j = end
        while j < n and text[j] in " \t":
            j += 1
        if text.startswith("/*", j) and text.find("\n", j, skip_comment(text, j)) < 0:
            j = skip_comment(text, j)
        elif text.startswith("//", j):
            j = skip_comment(text, j)
        while j < n and text[j] in " \t":
            j += 1
        if j < n and text[j] == "\n":
            tail = text[end:j + 1]
            i = j + 1
        else:
            tail = ""
            i = end
        it = Item(lead, text[cstart:end], tail)
        classify(it, path)
        items.append(it)
    if "".join(x.text() for x in items) != text:
        die("%s: the items do not add up to the file (parser bug)" % path)
    return items


def scan_decl(text, i, path):
    """From the start of a declaration or definition: the index after its
    final ; or, for a function definition, after its closing brace."""
    depth = 0
    n = len(text)
    last_sig = ""		# the last significant character at depth 0
    while i < n:
        c = text[i]
        if text.startswith("/*", i) or text.startswith("//", i):
            i = skip_comment(text, i)
            continue
        if c in "\"'":
            i = skip_string(text, i)
            last_sig = c
            continue
        if c in "([{":
            if c == "{" and depth == 0 and last_sig == ")":
                return match_brace(text, i, path) + 1
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth < 0:
                die("%s:%d: unbalanced '%s'" % (path, text.count("\n", 0, i) + 1, c))
        elif c == ";" and depth == 0:
            return i + 1
        if not c.isspace() and depth == 0:
            last_sig = c
        if depth == 0 and c == ")":
            last_sig = ")"
        i += 1
    die("%s: declaration without end" % path)


def match_brace(text, i, path):
    """text[i] is {: the index of its }."""
    depth = 0
    n = len(text)
    while i < n:
        c = text[i]
        if text.startswith("/*", i) or text.startswith("//", i):
            i = skip_comment(text, i)
            continue
        if c in "\"'":
            i = skip_string(text, i)
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    die("%s:%d: unbalanced '{'" % (path, text.count("\n", 0, i) + 1))


def idents_with_context(code):
    """(name, previous significant chars, next significant char) of each
    identifier of code (comments and strings blanked)."""
    out = []
    for m in IDENT.finditer(code):
        if m.start() > 0 and (code[m.start() - 1].isalnum() or code[m.start() - 1] == "_"):
            continue
        k = m.start() - 1
        while k >= 0 and code[k].isspace():
            k -= 1
        prev = code[max(0, k - 1):k + 1]
        j = m.end()
        while j < len(code) and code[j].isspace():
            j += 1
        nxt = code[j] if j < len(code) else ""
        out.append((m.group(0), prev, nxt, m.start()))
    return out


def classify(it, path):
    code = code_only(it.code)
    ids = idents_with_context(code)
    it.uses = set()
    prev_word = None
    for name, prev, nxt, _ in ids:
        if prev.endswith(".") or prev == "->":
            prev_word = name
            continue
        if prev_word in ("struct", "union", "enum"):
            it.uses.add(prev_word + " " + name)
        elif name not in KEYWORDS:
            it.uses.add(name)
        prev_word = name
    stripped = code.strip()
    if stripped.startswith("#"):
        m = re.match(r"#\s*define\s+([A-Za-z_][A-Za-z_0-9]*)", stripped)
        if m:
            it.kind = "define"
            it.name = m.group(1)
            it.defines = {it.name}
            it.uses.discard(it.name)
        else:
            it.kind = "pp"
        return
    words = [x[0] for x in ids]
    if words and words[0] in ("_Static_assert", "static_assert"):
        it.kind = "assert"
        return
    it.static = bool(words) and words[0] == "static"
    if code.rstrip().endswith("}") and not code.rstrip().endswith("};"):
        # a function definition: the name is the identifier before the
        # first parenthesis at depth 0
        it.kind = "func"
        it.name = declarator_name(code, path)
        it.defines = {it.name}
        it.uses.discard(it.name)
        return
    if words and words[0] == "typedef":
        it.kind = "type"
        top = depth0(code)
        names = IDENT.findall(top)
        fp = re.search(r"\(\s*\*\s*([A-Za-z_]\w*)\s*\)\s*\(", code)
        it.name = fp.group(1) if fp and "()(" in top.replace(" ", "") else names[-1]
        it.defines = {it.name}
        m = re.match(r"typedef\s+(struct|union|enum)\s+([A-Za-z_]\w*)\s*\{", stripped)
        if m:
            it.defines.add(m.group(1) + " " + m.group(2))
        it.defines |= enumerators(code)
        it.uses -= it.defines
        return
    m = re.match(r"(?:static\s+)?(?:const\s+)?(struct|union|enum)\s+([A-Za-z_]\w*)?\s*(\{|;)", stripped)
    if m and m.group(3) == "{" and re.match(r"\s*(struct|union|enum)\s*(\w+\s*)?\{\}\s*;\s*$", depth0(code)):
        it.kind = "type"
        it.name = (m.group(1) + " " + m.group(2)) if m.group(2) else None
        it.defines = {it.name} if it.name else set()
        it.defines |= enumerators(code)
        if not it.defines:
            die("%s: a type without a name: %s" % (path, stripped[:60]))
        it.name = it.name or sorted(it.defines)[0]
        it.uses -= it.defines
        return
    if m and m.group(3) == ";":
        it.kind = "forward"
        it.name = m.group(1) + " " + m.group(2)
        it.uses = set()
        return
    top = depth0(code)
    # a prototype: NAME ( ... ) at depth 0 with the name a plain identifier
    pm = re.search(r"([A-Za-z_]\w*)\s*\(\)", top)
    eq = top.find("=")
    if pm and (eq < 0 or pm.start() < eq) and pm.group(1) not in ("__attribute__",):
        it.kind = "proto"
        it.name = pm.group(1)
        it.uses.discard(it.name)
        return
    it.kind = "data"
    cut = len(top)
    for ch in "=[;":
        k = top.find(ch)
        if 0 <= k < cut:
            cut = k
    names = IDENT.findall(top[:cut])
    if not names:
        die("%s: cannot name the declaration: %s" % (path, stripped[:60]))
    it.name = names[-1]
    it.defines = {it.name}
    it.uses.discard(it.name)


def depth0(code):
    """code with what stands inside (), [] and {} removed (the brackets
    kept), so that only the outer shape is left."""
    out = []
    depth = 0
    for c in code:
        if c in "([{":
            if depth == 0:
                out.append(c)
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                out.append(c)
        elif depth == 0:
            out.append(c)
    return "".join(out)


def enumerators(code):
    m = re.search(r"\benum\b[^{]*\{", code)
    if not m:
        return set()
    body = code[m.end():match_brace(code, m.end() - 1, "?")]
    names = set()
    depth = 0
    expect = True
    for tok in re.finditer(r"[A-Za-z_]\w*|[(),]", body):
        t = tok.group(0)
        if t == "(":
            depth += 1
        elif t == ")":
            depth -= 1
        elif t == "," and depth == 0:
            expect = True
        elif expect and depth == 0:
            names.add(t)
            expect = False
    return names


def declarator_name(code, path):
    brace = code.find("{")
    head = code[:brace]
    top = depth0(head)
    m = None
    for m in re.finditer(r"([A-Za-z_]\w*)\s*\(\)", top):
        if m.group(1) != "__attribute__":
            break
    if not m:
        die("%s: cannot name the function: %s" % (path, head.strip()[:60]))
    return m.group(1)


# ---- the splits --------------------------------------------------------------

def main(argv):
    root = "."
    args = argv[1:]
    if args[:1] == ["--list"]:
        for path in args[1:]:
            with open(path) as f:
                items = parse_items(f.read(), path)
            line = 1
            for it in items:
                code_line = line + it.lead.count("\n")
                print("%5d %5d %-7s %s%s" % (code_line, it.lines(), it.kind, "static " if it.static else "",
                                             it.name or it.code.strip()[:50]))
                line += it.lines()
        return 0
    dry = False
    if args[:1] == ["--dry-run"]:
        dry = True
        args = args[1:]
    if args[:1] == ["--root"]:
        root = args[1]
        args = args[2:]
    only = None
    if args[:1] == ["--only"] and len(args) >= 2:
        only = args[1]
        args = args[2:]
    if args:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    try:
        apply_splits(root, dry, only)
    except SplitError as e:
        print("split-files: " + str(e), file=sys.stderr)
        return 1
    return 0


class Tree:
    """The files as the splits leave them: read through, written at the
    end only (nothing half-written when a split fails)."""

    def __init__(self, root):
        self.root = root
        self.files = {}
        self.new = set()

    def path(self, rel):
        return os.path.join(self.root, rel)

    def exists(self, rel):
        return rel in self.files or os.path.exists(self.path(rel))

    def read(self, rel):
        if rel not in self.files:
            with open(self.path(rel)) as f:
                self.files[rel] = f.read()
        return self.files[rel]

    def write(self, rel, text):
        if not self.exists(rel):
            self.new.add(rel)
        self.files[rel] = text

    def sources(self):
        out = set(self.files)
        for d in ("compiler", "runtime"):
            for f in os.listdir(self.path(d)):
                out.add(d + "/" + f)
        return sorted(x for x in out if x.endswith(".c"))

    def commit(self):
        for rel, text in sorted(self.files.items()):
            p = self.path(rel)
            if os.path.exists(p):
                with open(p) as f:
                    if f.read() == text:
                        continue
            tmp = p + ".split-tmp"
            with open(tmp, "w") as f:
                f.write(text)
            os.replace(tmp, p)
            print("split-files: wrote " + rel)


def rename_idents(text, renames, path):
    """text with the identifiers of renames (old: new) replaced where they
    are code (not in comments or strings, not a member after . or ->)."""
    if not renames:
        return text
    code = code_only(text)
    out = []
    last = 0
    for name, prev, nxt, pos in idents_with_context(code):
        if name in renames and not (prev.endswith(".") or prev == "->"):
            out.append(text[last:pos])
            out.append(renames[name])
            last = pos + len(name)
    out.append(text[last:])
    res = "".join(out)
    for old in renames:
        if not re.search(r"\b%s\b" % re.escape(old), code):
            die("%s: rename of '%s', which is not there" % (path, old))
    return res


def includes_of(items):
    """The #include lines of items: quoted ones, then <system> ones."""
    quoted, system = [], []
    for it in items:
        c = it.code.strip()
        if c.startswith("#") and re.match(r"#\s*include", c):
            (system if "<" in c.split()[1][:1] else quoted).append(c)
    return quoted, system


def strip_static(code):
    """code without its leading `static`, the lines that continue its
    first (parameters aligned under the parenthesis) moved left as much."""
    m = re.match(r"(\s*)static\s+", code)
    if not m:
        return code
    cut = m.end() - len(m.group(1))
    code = code[:len(m.group(1))] + code[m.end():]
    head = code_only(code)
    depth = 0
    end = len(code)
    for k, c in enumerate(head):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif (c == "{" or c == ";") and depth == 0:
            end = k
            break
    lines = code[:end].split("\n")
    for k in range(1, len(lines)):
        ws = re.match(r"[ \t]*", lines[k]).group(0)
        col = len(ws.expandtabs(8))
        if col > cut and lines[k].strip():
            col -= cut
            lines[k] = "\t" * (col // 8) + " " * (col % 8) + lines[k][len(ws):]
    return "\n".join(lines) + code[end:]


def align_head(code):
    """A function head whose name changed length (a rename, a `static`
    gone): the lines that continue its parameter list aligned again under
    the parenthesis, as they were."""
    lines = code.split("\n")
    first = lines[0]
    k = code_only(first).find("(")
    if k < 0 or len(lines) == 1:
        return code
    target = len(first[:k + 1].expandtabs(8))
    depth = code_only(first).count("(") - code_only(first).count(")")
    for j in range(1, len(lines)):
        if depth <= 0:
            break
        ws = re.match(r"[ \t]*", lines[j]).group(0)
        col = len(ws.expandtabs(8))
        if lines[j].strip() and col != target and abs(col - target) <= 12:
            lines[j] = "\t" * (target // 8) + " " * (target % 8) + lines[j][len(ws):]
        c = code_only(lines[j])
        depth += c.count("(") - c.count(")")
    return "\n".join(lines)


def func_head(it):
    """A definition's prototype: its text up to the body."""
    code = code_only(it.code)
    depth = 0
    for k, c in enumerate(code):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "{" and depth == 0:
            return it.code[:k].rstrip() + ";"
    die("no body in " + it.name)


def global_defs(tree, rel):
    """name -> static? of the functions and data rel defines."""
    try:
        items = parse_items(tree.read(rel), rel)
    except SplitError:
        return {}
    out = {}
    for it in items:
        if it.kind in ("func", "data", "type"):
            for n in it.defines:
                out[n] = it.static or it.kind == "type"
    return out


def includes_header(text, hdr):
    base = os.path.basename(hdr)
    return re.search(r'^#\s*include\s+"%s"' % re.escape(base), text, re.M) is not None


def do_split(tree, spec):
    src = spec["src"]
    hdr = spec["hdr"]
    text = tree.read(src)
    text = rename_idents(text, spec.get("rename", {}), src)
    items = parse_items(text, src)
    targets = [f["file"] for f in spec["files"]]
    for t in targets:
        if tree.exists(t):
            die("%s exists already: run the script on the tree from before the split" % t)
    dest = {id(it): src for it in items}
    defs = {}
    for it in items:
        for n in it.defines:
            if it.kind in ("func", "data", "type", "define"):
                defs.setdefault(n, []).append(it)
    named = set()
    for f in spec["files"]:
        for n in f["take"]:
            n = spec.get("rename", {}).get(n, n)
            found = [it for it in defs.get(n, []) if it.name == n]
            if len(found) != 1:
                die("%s: %s '%s' (for %s)" % (src, "no function" if not found else "more than one",
                                               n, f["file"]))
            it = found[0]
            if id(it) in named:
                die("%s: '%s' named twice" % (src, n))
            named.add(id(it))
            dest[id(it)] = f["file"]

    def users(x):
        return [y for y in items if y is not x and y.kind not in ("proto", "forward", "pp")
                and x.defines & y.uses]

    user_of = {id(it): users(it) for it in items if it.defines}
    movable = [it for it in items if id(it) not in named and it.defines and
               (it.kind in ("type", "define") or (it.kind in ("func", "data") and it.static))]
    changed = True
    while changed:
        changed = False
        for it in movable:
            us = user_of[id(it)]
            ds = {dest[id(y)] for y in us}
            if len(ds) == 1:
                d = ds.pop()
                if d != dest[id(it)]:
                    dest[id(it)] = d
                    changed = True
    for it in items:
        if it.kind == "assert":
            ds = {dest[id(x)] for x in items if x.defines & it.uses}
            if len(ds) == 1:
                dest[id(it)] = ds.pop()

    # what is used in a file other than its own becomes shared
    exported, to_hdr = [], []
    for it in items:
        if not it.defines or it.kind not in ("func", "data", "type", "define"):
            continue
        others = {dest[id(y)] for y in user_of[id(it)]} - {dest[id(it)]}
        if not others:
            continue
        if it.kind in ("type", "define"):
            to_hdr.append(it)
        elif it.static:
            exported.append(it)
    # the header's types and macros bring those they use
    protos = {it.name: it for it in items if it.kind == "proto"}
    changed = True
    while changed:
        changed = False
        need = set()
        for it in to_hdr:
            need |= it.uses
        for it in exported:
            p = protos.get(it.name)
            need |= p.uses if p else set(code_uses(func_head(it) if it.kind == "func" else it.code))
        for it in items:
            if it.kind in ("type", "define") and it not in to_hdr and it.defines & need:
                to_hdr.append(it)
                changed = True
    to_hdr.sort(key=items.index)
    for it in to_hdr:
        dest[id(it)] = hdr

    # clashes with the other files' names
    group = {src} | set(targets)
    names = {n for it in exported for n in it.defines} | {n for it in to_hdr for n in it.defines}
    for rel in tree.sources():
        if rel in group:
            continue
        gd = global_defs(tree, rel)
        inc = includes_header(tree.read(rel), hdr)
        for n in names:
            if n in gd and (inc or not gd[n]):
                die("'%s' of %s would clash with %s's: name it in the split's rename" % (n, src, rel))

    # forward declarations
    for it in items:
        if it.kind == "proto" and it.name in defs:
            f = [x for x in defs[it.name] if x.kind == "func"]
            if not f or f[0] in exported:
                dest[id(it)] = None
                continue
            d = dest[id(f[0])]
            fi = items.index(f[0])
            early = [y for y in items[:items.index(it)] + items[items.index(it) + 1:fi]
                     if dest[id(y)] == d and it.name in y.uses and y.kind != "proto"]
            dest[id(it)] = d if early else None
        elif it.kind == "forward":
            d = [x for x in defs.get(it.name, [])]
            if d and dest[id(d[0])] == hdr:
                dest[id(it)] = None

    # the header's block
    hdr_lines = []
    for it in to_hdr:
        det, att = it.detached_attached()
        hdr_lines.append(att + it.code + it.tail.rstrip(" \t"))
        it.lead = det
    groups = [(src, spec.get("src_note", src))] + [(f["file"], f["note"]) for f in spec["files"]]
    blocks = []
    for rel, gnote in groups:
        decl = []
        for it in exported:
            if dest[id(it)] != rel:
                continue
            p = protos.get(it.name)
            pdet, patt = p.detached_attached() if p else ("", "")
            det, att = it.detached_attached()
            comment = patt or att
            if not patt:
                it.lead = det
            if it.kind == "func":
                d = strip_static(p.code) if p else strip_static(func_head(it))
            else:
                d = "extern " + strip_static(re.split(r"\s*=", it.code, 1)[0]).strip().rstrip(";") + ";"
            decl.append(comment.lstrip("\n") + align_head(d.strip()) + "\n")
        if decl:
            blocks.append("/* %s */\n" % gnote + "".join(decl))
    renamed = set(spec.get("rename", {}).values())
    for it in exported:
        it.code = align_head(strip_static(it.code))
    for it in items:
        if it.kind in ("func", "proto") and it.name in renamed and it not in exported:
            it.code = align_head(it.code)
    for f in targets:
        follow = [it.name or it.kind for it in items if dest[id(it)] == f and id(it) not in named
                  and it.kind != "proto"]
        note("%s: with them: %s" % (f, " ".join(follow)))
    note("%s: shared: %s" % (hdr, " ".join("%s(%s)" % (it.name, os.path.basename(dest[id(it)]))
                                          for it in exported)))
    note("%s: types and macros: %s" % (hdr, " ".join(it.name for it in to_hdr)))

    block = ""
    if hdr_lines:
        block += "\n" + "\n".join(x.rstrip("\n") + "\n" for x in hdr_lines)
    if blocks:
        block += "\n" + "\n".join(blocks)

    quoted, system = includes_of(items)
    hinc = '#include "%s"' % os.path.basename(hdr)
    if tree.exists(hdr):
        h = tree.read(hdr)
        k = h.rfind("#endif")
        if k < 0:
            die(hdr + ": no #endif")
        if block:
            h = h[:k].rstrip("\n") + "\n" + block + "\n" + h[k:]
    else:
        guard = "SCHEMAC_" + re.sub(r"\W", "_", os.path.basename(hdr)).upper()
        inc = [q for q in quoted if q != hinc]
        h = "/*\n" + spec["hdr_comment"] + " */\n#ifndef %s\n#define %s\n\n" % (guard, guard)
        h += "\n".join(inc) + "\n"
        if system:
            h += "\n" + "\n".join(system) + "\n"
        h += block + "\n#endif\n"
    tree.write(hdr, h)

    def body(rel):
        out = []
        for it in items:
            if dest[id(it)] == rel:
                out.append(it.text())
        return out

    # the source: its items, the header included after its includes
    parts = []
    seen_inc = not includes_header(text, hdr)
    last_inc = max(k for k, it in enumerate(items) if it.code.strip().startswith("#include"))
    for k, it in enumerate(items):
        if dest[id(it)] == src:
            parts.append(it.text())
        if k == last_inc and seen_inc:
            parts.append(hinc + "\n")
    tree.write(src, "".join(parts))
    for f in spec["files"]:
        out = "/*\n" + f["comment"] + " */\n"
        out += hinc + "\n" + "".join(q + "\n" for q in quoted if q != hinc)
        if system:
            out += "\n" + "".join(s + "\n" for s in system)
        b = body(f["file"])
        if not b:
            die("%s: nothing to move" % f["file"])
        b[0] = "\n" + b[0].lstrip("\n")
        out += "".join(b)
        tree.write(f["file"], out)


def code_uses(code):
    it = Item("", code, "")
    classify(it, "?")
    return it.uses


def apply_splits(root, dry=False, only=None):
    with open(os.path.join(root, "Makefile")) as f:
        mk = f.read()
    if "$(wildcard compiler/*.c)" not in mk:
        die("the Makefile no longer builds compiler/*.c by wildcard: list the new files there")
    tree = Tree(root)
    for spec in SPLITS:
        if only is None or spec["src"] == only:
            do_split(tree, spec)
    for rel in sorted(tree.files):
        n = tree.files[rel].count("\n")
        if n > 1500:
            print("split-files: %s has %d lines" % (rel, n), file=sys.stderr)
    if dry:
        for rel in sorted(tree.files):
            p = tree.path(rel)
            if rel in tree.new or open(p).read() != tree.files[rel]:
                print("%5d %s" % (tree.files[rel].count("\n"), rel))
    else:
        tree.commit()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
