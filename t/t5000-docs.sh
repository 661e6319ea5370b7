#!/bin/bash
#
# schemac docs (issue 17): the schema drawn from its static catalog. The
# Mermaid erDiagram exactly, with the cardinality each foreign key has from
# the keys and NOT NULL; DOT that Graphviz draws; tbls's schema.json checked
# against the shape of tbls's published JSON Schema; the HTML site rendered
# in headless Chromium, its DOM holding the tables and the SVG diagram and
# its screenshot showing the diagram; the Mermaid text rendered by
# mermaid.js (npm, installed by make deps) in headless Chromium, every
# entity and relationship in its SVG; --changed marks; a clear error, and
# nothing written, without Graphviz or on bad input.

. "$(dirname "$0")/test-lib.sh"

test_description 'schemac docs: mermaid, dot, tbls json, html in a browser'

if ! test -x "$SCHEMAC"; then
	bail_out "$SCHEMAC is not built (run make)"
fi

cat >"$TEST_TMP/s.sql" <<\SQL
CREATE SCHEMA billing;
CREATE TYPE status AS ENUM ('active', 'closed');
CREATE TABLE orgs (id bigint PRIMARY KEY, name text NOT NULL UNIQUE);
COMMENT ON TABLE orgs IS 'Organisations';
CREATE TABLE users (
    id bigint PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES orgs,
    manager_id bigint REFERENCES users,
    status status NOT NULL DEFAULT 'active'
);
COMMENT ON COLUMN users.manager_id IS 'who they report to';
CREATE TABLE billing.accounts (org_id bigint PRIMARY KEY REFERENCES orgs, balance numeric(10,2) NOT NULL DEFAULT 0);
CREATE INDEX users_org_idx ON users (org_id);
CREATE VIEW active_users AS SELECT id FROM users WHERE status = 'active';
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON users USING (id = 1);
SQL

# the next version: accounts altered, teams added (one per org), users dropped
cat >"$TEST_TMP/t.sql" <<\SQL
CREATE SCHEMA billing;
CREATE TYPE status AS ENUM ('active', 'closed');
CREATE TABLE orgs (id bigint PRIMARY KEY, name text NOT NULL UNIQUE);
COMMENT ON TABLE orgs IS 'Organisations';
CREATE TABLE billing.accounts (org_id bigint PRIMARY KEY REFERENCES orgs, balance numeric(12,2) NOT NULL DEFAULT 0);
CREATE TABLE teams (id bigint PRIMARY KEY, org_id bigint REFERENCES orgs UNIQUE);
SQL

cat >"$TEST_TMP/mermaid.expected" <<\TXT
erDiagram
    public_orgs["orgs"] {
        bigint id PK
        text name UK
    }
    public_users["users"] {
        bigint id PK
        bigint org_id FK
        bigint manager_id FK "who they report to"
        status status
    }
    billing_accounts["billing.accounts"] {
        bigint org_id PK, FK
        numeric(10_2) balance
    }
    public_orgs ||--o{ public_users : "users_org_id_fkey"
    public_users |o--o{ public_users : "users_manager_id_fkey"
    public_orgs ||--o| billing_accounts : "accounts_org_id_fkey"
TXT

test_expect_success 'mermaid: entities with types and keys, relations with their cardinality' '
	"$SCHEMAC" docs --format mermaid s.sql >out 2>err &&
	test_must_be_empty err &&
	test_cmp mermaid.expected out
'

test_expect_success 'mermaid --changed FROM: the tables added, altered and dropped are marked' '
	"$SCHEMAC" docs --format mermaid --changed s.sql t.sql >out &&
	grep "^    public_orgs\[\"orgs\"\] {$" out &&
	grep "^    billing_accounts\[\"billing.accounts (altered)\"\] {$" out &&
	grep "^    public_teams\[\"teams (added)\"\] {$" out &&
	grep "^    public_users\[\"users (dropped)\"\] {$" out &&
	grep "^    public_orgs |o--o| public_teams : \"teams_org_id_fkey\"$" out &&
	"$SCHEMAC" docs --format mermaid --changed t.sql t.sql >out &&
	! grep "(added)\|(altered)\|(dropped)" out
'

test_expect_success 'dot: Graphviz draws it; crow feet and bars by cardinality' '
	"$SCHEMAC" docs --format dot s.sql >schema.dot &&
	grep "\"public.users\":\"org_id\" -> \"public.orgs\":\"id\" \[arrowtail=crowodot, arrowhead=teetee" schema.dot &&
	grep "\"public.users\":\"manager_id\" -> \"public.users\":\"id\" \[arrowtail=crowodot, arrowhead=teeodot" schema.dot &&
	grep "\"billing.accounts\":\"org_id\" -> \"public.orgs\":\"id\" \[arrowtail=teeodot, arrowhead=teetee" schema.dot &&
	if command -v dot >/dev/null; then
		dot -Tsvg schema.dot >schema.svg 2>err &&
		test_must_be_empty err &&
		grep "<title>public.users</title>" schema.svg
	fi
'

# The shape of tbls's JSON Schema (k1LoW/tbls, spec/tbls.schema.json_schema.json):
# the required fields, their types, no other fields, the cardinality words.
cat >"$TEST_TMP/tbls-shape.json" <<\JSON
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$ref": "#/$defs/Schema",
  "$defs": {
    "strings": { "type": "array", "items": { "type": "string" } },
    "card": { "type": "string", "enum": ["zero_or_one", "exactly_one", "zero_or_more", "one_or_more", ""] },
    "Schema": { "type": "object", "additionalProperties": false, "required": ["tables"],
      "properties": { "name": { "type": "string" }, "desc": { "type": "string" },
        "tables": { "type": "array", "items": { "$ref": "#/$defs/Table" } },
        "relations": { "type": "array", "items": { "$ref": "#/$defs/Relation" } },
        "functions": { "type": "array" },
        "enums": { "type": "array", "items": { "$ref": "#/$defs/Enum" } },
        "driver": { "type": "object", "required": ["name"], "additionalProperties": false,
          "properties": { "name": { "type": "string" }, "database_version": { "type": "string" }, "meta": { "type": "object" } } },
        "labels": { "type": "array" }, "viewpoints": { "type": "array" } } },
    "Table": { "type": "object", "additionalProperties": false, "required": ["name", "type", "columns"],
      "properties": { "name": { "type": "string" }, "type": { "type": "string" }, "comment": { "type": "string" },
        "columns": { "type": "array", "items": { "$ref": "#/$defs/Column" } },
        "indexes": { "type": "array", "items": { "$ref": "#/$defs/Index" } },
        "constraints": { "type": "array", "items": { "$ref": "#/$defs/Constraint" } },
        "triggers": { "type": "array", "items": { "$ref": "#/$defs/Trigger" } },
        "def": { "type": "string" }, "labels": { "type": "array" }, "referenced_tables": { "$ref": "#/$defs/strings" } } },
    "Column": { "type": "object", "additionalProperties": false, "required": ["name", "type", "nullable"],
      "properties": { "name": { "type": "string" }, "type": { "type": "string" }, "nullable": { "type": "boolean" },
        "default": { "type": ["string", "null"] }, "extra_def": { "type": "string" },
        "labels": { "type": "array" }, "comment": { "type": "string" } } },
    "Index": { "type": "object", "additionalProperties": false, "required": ["name", "def", "table", "columns"],
      "properties": { "name": { "type": "string" }, "def": { "type": "string" }, "table": { "type": "string" },
        "columns": { "$ref": "#/$defs/strings" }, "comment": { "type": "string" } } },
    "Constraint": { "type": "object", "additionalProperties": false, "required": ["name", "type", "def", "table", "columns"],
      "properties": { "name": { "type": "string" }, "type": { "type": "string" }, "def": { "type": "string" },
        "table": { "type": "string" }, "referenced_table": { "type": "string" },
        "columns": { "$ref": "#/$defs/strings" }, "referenced_columns": { "$ref": "#/$defs/strings" },
        "comment": { "type": "string" } } },
    "Trigger": { "type": "object", "additionalProperties": false, "required": ["name", "def"],
      "properties": { "name": { "type": "string" }, "def": { "type": "string" }, "comment": { "type": "string" } } },
    "Relation": { "type": "object", "additionalProperties": false,
      "required": ["table", "columns", "parent_table", "parent_columns", "def"],
      "properties": { "table": { "type": "string" }, "columns": { "$ref": "#/$defs/strings" },
        "cardinality": { "$ref": "#/$defs/card" }, "parent_table": { "type": "string" },
        "parent_columns": { "$ref": "#/$defs/strings" }, "parent_cardinality": { "$ref": "#/$defs/card" },
        "def": { "type": "string" }, "virtual": { "type": "boolean" } } },
    "Enum": { "type": "object", "additionalProperties": false, "required": ["name", "values"],
      "properties": { "name": { "type": "string" }, "values": { "$ref": "#/$defs/strings" } } }
  }
}
JSON

cat >"$TEST_TMP/check-json.py" <<\PY
import json, sys
import jsonschema
shape = json.load(open("tbls-shape.json"))
for path in sys.argv[1:]:
    jsonschema.validate(json.load(open(path)), shape)
s = json.load(open("schema.json"))
tables = {t["name"]: t for t in s["tables"]}
assert sorted(tables) == ["billing.accounts", "public.active_users", "public.orgs", "public.users"], sorted(tables)
assert tables["public.active_users"]["type"] == "VIEW"
assert tables["public.orgs"]["comment"] == "Organisations"
users = tables["public.users"]
assert [c["name"] for c in users["columns"]] == ["id", "org_id", "manager_id", "status"]
assert users["columns"][3]["default"] == "'active'", users["columns"][3]
assert users["columns"][1]["nullable"] is False and users["columns"][2]["nullable"] is True
assert users["indexes"][0]["def"] == "CREATE INDEX users_org_idx ON users (org_id)", users["indexes"]
assert {c["type"] for c in users["constraints"]} == {"PRIMARY KEY", "FOREIGN KEY"}
rel = {(r["table"], tuple(r["columns"])): r for r in s["relations"]}
def card(t, c):
    r = rel[(t, (c,))]
    return r["cardinality"], r["parent_cardinality"], r["parent_table"]
assert card("public.users", "org_id") == ("zero_or_more", "exactly_one", "public.orgs")
assert card("public.users", "manager_id") == ("zero_or_more", "zero_or_one", "public.users")
assert card("billing.accounts", "org_id") == ("zero_or_one", "exactly_one", "public.orgs")
assert s["enums"] == [{"name": "public.status", "values": ["active", "closed"]}]
assert s["driver"]["name"] == "postgres"
PY

cat >"$TEST_TMP/bad-json.py" <<\PY
import json, jsonschema
shape = json.load(open("tbls-shape.json"))
s = json.load(open("schema.json"))
s["relations"][0]["cardinality"] = "many"
try:
    jsonschema.validate(s, shape)
except jsonschema.ValidationError:
    pass
else:
    raise SystemExit("a bad cardinality validated")
PY

# Debian's python3, where make deps installs python3-jsonschema (a python3
# earlier on PATH, pyenv's say, may not have it)
PY=/usr/bin/python3
test -x "$PY" || PY=python3
test_expect_success 'jsonschema is there to validate the JSON (make deps installs python3-jsonschema)' '
	"$PY" -c "import jsonschema"
'
if "$PY" -c "import jsonschema" 2>/dev/null; then
	test_expect_success 'json: tbls schema.json, valid against the shape of the tbls JSON Schema' '
		"$SCHEMAC" docs --format json s.sql >schema.json &&
		"$SCHEMAC" docs --format json "$TOP/schema" >example.json &&
		"$PY" check-json.py schema.json example.json
	'

	test_expect_success 'json: what the shape refuses is refused (the check can fail)' '
		"$PY" bad-json.py
	'
fi

test_expect_success 'bad input: exit 2, the error at its place, nothing written' '
	printf "CREATE TABLE t (id int);\\nCREATE TABEL x;\\n" >bad.sql &&
	test_expect_code 2 "$SCHEMAC" docs --format mermaid bad.sql >out 2>err &&
	test_must_be_empty out &&
	grep "^bad\.sql:2:8: error: " err &&
	test_expect_code 2 "$SCHEMAC" docs --out bad-site bad.sql >out 2>err &&
	! test -e bad-site/index.html &&
	test_expect_code 2 "$SCHEMAC" docs --format svg s.sql 2>err &&
	grep "unknown format .svg." err &&
	test_expect_code 2 "$SCHEMAC" docs --format json --out x s.sql 2>err &&
	grep -e "--out is for --format html" err
'

test_expect_success 'html without Graphviz: a clear error, exit 2, nothing written' '
	mkdir -p nodot &&
	PATH=$TEST_TMP/nodot test_expect_code 2 "$SCHEMAC" docs --out site-nodot s.sql >out 2>err &&
	grep "Graphviz.s dot, which is not installed" err &&
	grep "^hint: install Graphviz" err &&
	! ls site-nodot/*.html
'

if ! command -v dot >/dev/null; then
	skip_all "Graphviz's dot is not installed (make deps)"
fi

cat >"$TEST_TMP/pages.expected" <<\TXT
index.html
schema-billing.html
schema-public.html
table-billing.accounts.html
table-public.orgs.html
table-public.teams.html
table-public.users.html
TXT

test_expect_success 'html: index, a page per schema and per table, what a table page holds' '
	"$SCHEMAC" docs --out site --changed s.sql t.sql >out 2>err &&
	test_must_be_empty err &&
	grep "^wrote site/index.html and 6 more pages$" out &&
	(cd site && ls) >pages &&
	test_cmp pages.expected pages &&
	"$SCHEMAC" docs --out full s.sql >/dev/null &&
	page=full/table-public.users.html &&
	grep "<svg" $page &&
	grep "<td>manager_id</td><td>bigint</td><td>yes</td><td><code></code></td><td>FK</td><td>who they report to</td>" $page &&
	grep "<td>status</td><td>status</td><td>no</td><td><code>'"'"'active'"'"'</code>" $page &&
	grep "CREATE INDEX users_org_idx ON users (org_id);" $page &&
	grep "<h2>Policies</h2>" $page &&
	grep "CREATE POLICY own ON" $page &&
	grep "<h2>Used by</h2>" $page &&
	grep "<td>view</td><td>public.active_users</td>" $page &&
	grep "row level security enabled" $page
'

chromium=$(command -v chromium || command -v chromium-browser) ||
	skip_all "chromium is not installed (make deps)"

# browse ARG... PAGE: headless Chromium on a page, with --dump-dom or --screenshot=FILE.
browse () {
	profile=$(mktemp -d "$TEST_TMP/chromium.XXXXXX")
	page=${!#}
	timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
		--window-size=1400,1000 "${@:1:$#-1}" "file://$TEST_TMP/$page" 2>chromium.err
}

test_expect_success 'html in a browser: the page shows the tables and the SVG diagram' '
	browse --dump-dom site/index.html >dom.html &&
	grep "<svg" dom.html &&
	for t in billing.accounts public.orgs public.teams public.users; do
		grep "<title>$t</title>" dom.html &&
		grep "href=\"table-$t.html\">$t</a>" dom.html || exit 1
	done &&
	grep "class=\"added\">(added)" dom.html &&
	grep "class=\"dropped\">(dropped)" dom.html
'

# Decodes a PNG screenshot (8-bit RGB or RGBA) and checks that it shows the
# diagram: dark text and lines, and the header colour of each kind of change.
cat >"$TEST_TMP/check-png.py" <<\PY
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n"
pos, idat = 8, b""
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
assert depth == 8 and ctype in (2, 6), (depth, ctype)
bpp = 3 if ctype == 2 else 4
raw, stride = zlib.decompress(idat), w * bpp
prev, count, i = bytearray(stride), {}, 0
for y in range(h):
    f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
    i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x - bpp] if x >= bpp else 0
        if f == 1:
            line[x] = (line[x] + a) & 255
        elif f == 2:
            line[x] = (line[x] + b) & 255
        elif f == 3:
            line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, bpp):
        px = bytes(line[x:x + 3])
        count[px] = count.get(px, 0) + 1
    prev = line
assert (w, h) == (1400, 1000), (w, h)
dark = sum(n for px, n in count.items() if max(px) < 100)
assert dark > w * h // 1000, "no text or lines on the page"
for name, rgb in (("added", b"\xc8\xf0\xc8"), ("altered", b"\xff\xe4\xa8"),
                  ("dropped", b"\xf6\xc0\xc0"), ("unchanged", b"\xdd\xe4\xf0")):
    assert count.get(rgb, 0) > 200, name + " header not drawn"
PY

test_expect_success 'html in a browser: the screenshot shows the diagram, coloured by change' '
	browse --screenshot="$TEST_TMP/shot.png" site/index.html &&
	"$PY" check-png.py shot.png
'

# The Mermaid text as mermaid.js draws it: make deps installs the npm
# package mermaid into t/npm/node_modules (git-ignored), so the test needs
# no network; its browser bundle renders in headless Chromium.
MERMAID_JS=$(cd "$(dirname "$0")" && pwd)/npm/node_modules/mermaid/dist/mermaid.min.js

# mermaid-page MMD HTML: a page that renders the erDiagram MMD with
# mermaid.js and then writes "rendered" (or the error) into #status.
mermaid_page () {
	{
		printf '<!DOCTYPE html><html><head><meta charset="utf-8"><script src="file://%s"></script></head><body>\n<pre class="mermaid" id="src">' "$MERMAID_JS" &&
		sed -e "s/&/\&amp;/g" -e "s/</\&lt;/g" -e "s/>/\&gt;/g" "$1" &&
		cat <<-\EOF
		</pre><pre id="status">pending</pre>
		<script>
		mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
		mermaid.run({ querySelector: "#src" }).then(
			function () { document.getElementById("status").textContent = "rendered"; },
			function (e) { document.getElementById("status").textContent = "error: " + ((e && e.message) || e); });
		</script></body></html>
		EOF
	} >"$2"
}

# check-mermaid.py MMD DOM: the DOM, dumped after mermaid.js ran on MMD,
# holds an erDiagram SVG with a node for every entity of MMD showing its
# label, and for every relationship a line between the two entities' nodes
# with the markers of its two cardinalities and its label.
cat >"$TEST_TMP/check-mermaid.py" <<\PY
import html, re, sys
mmd = open(sys.argv[1]).read()
dom = open(sys.argv[2]).read()
status = re.search(r'<pre id="status">([^<]*)</pre>', dom)
assert status and status.group(1) == "rendered", status and html.unescape(status.group(1))
assert dom.count("<svg") >= 1 and 'aria-roledescription="er"' in dom, "no erDiagram SVG"
assert "Syntax error" not in dom, "mermaid.js drew a syntax error"
svg = dom[dom.index("<svg"):]
entities = re.findall(r'^    (\w+)\["([^"]*)"\] \{$', mmd, re.M)
relations = re.findall(r'^    (\w+) ([|}o][|o])--([o|][|{o]) (\w+) : "([^"]*)"$', mmd, re.M)
assert entities, "no entity in the Mermaid text"
# each entity is one node, id ...-entity-NAME-N, its label in a <p>
nodes = {}
for m in re.finditer(r'<g class="node[^"]*" id="[^"]*-entity-(\w+?)-(\d+)"', svg):
    nodes[m.group(1)] = m.group(2)
for name, label in entities:
    assert name in nodes, "entity %s has no node" % name
    assert "<p>%s</p>" % html.escape(label, quote=False) in svg, "label %s not shown" % label
assert len(nodes) == len(entities), (sorted(nodes), entities)
left = {"||": "onlyOne", "|o": "zeroOrOne", "}o": "zeroOrMore", "}|": "oneOrMore"}
right = {"||": "onlyOne", "o|": "zeroOrOne", "o{": "zeroOrMore", "|{": "oneOrMore"}
lines = re.findall(r'<path [^>]*class="[^"]*relationshipLine[^"]*"[^>]*>', svg)
assert len(lines) == len(relations), (len(lines), relations)
for k, (a, ca, cb, b, label) in enumerate(relations):
    want = "data-id=\"id_entity-%s-%s_entity-%s-%s_%d\"" % (a, nodes[a], b, nodes[b], k)
    line = [l for l in lines if want in l]
    assert line, "no line for %s %s--%s %s" % (a, ca, cb, b)
    assert "_er-%sStart)" % left[ca] in line[0], (ca, line[0])
    assert "_er-%sEnd)" % right[cb] in line[0], (cb, line[0])
    assert "<p>%s</p>" % html.escape(label, quote=False) in svg, "label %s not shown" % label
print("ok: %d entities, %d relationships" % (len(entities), len(relations)))
PY

# render MMD: mermaid.js draws MMD in headless Chromium; the DOM after it
# ran is checked by check-mermaid.py.
mermaid_render () {
	mermaid_page "$1" "$1.html" &&
	browse --virtual-time-budget=30000 --allow-file-access-from-files --dump-dom "$1.html" >"$1.dom" &&
	"$PY" check-mermaid.py "$1" "$1.dom"
}

if ! command -v node >/dev/null 2>&1; then
	test_skip 'mermaid rendered by mermaid.js' 'node is not installed (make deps)'
	test_skip 'mermaid --changed rendered by mermaid.js' 'node is not installed (make deps)'
else
	test_expect_success 'mermaid rendered by mermaid.js: every table and relationship drawn' '
		test -f "$MERMAID_JS" || { echo "$MERMAID_JS is missing: run make deps"; exit 1; } &&
		"$SCHEMAC" docs --format mermaid s.sql >s.mmd &&
		mermaid_render s.mmd >render.out &&
		grep "^ok: 3 entities, 3 relationships" render.out
	'

	test_expect_success 'mermaid --changed rendered by mermaid.js: the marked diagram draws' '
		"$SCHEMAC" docs --format mermaid --changed s.sql t.sql >t.mmd &&
		mermaid_render t.mmd >render.out &&
		grep "^ok: 4 entities, 4 relationships" render.out
	'

	test_expect_success 'mermaid.js render check fails on a missing relationship or a syntax error' '
		grep -v "users_manager_id_fkey" s.mmd >less.mmd &&
		mermaid_page less.mmd less.mmd.html &&
		browse --virtual-time-budget=30000 --allow-file-access-from-files --dump-dom less.mmd.html >less.dom &&
		test_must_fail "$PY" check-mermaid.py s.mmd less.dom 2>err &&
		grep "AssertionError" err &&
		sed -e "s/ ||--o{ / ||--x{ /" s.mmd >bad.mmd &&
		test_must_fail mermaid_render bad.mmd 2>err &&
		grep "AssertionError: error: " err
	'
fi

test_done
