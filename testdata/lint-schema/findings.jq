# schemac lint --schema --format json, as "rule<TAB>object" lines, the
# objects named as testdata/lint-schema/queries.sql names them: each rule's
# message names its object at a fixed place (compiler/lint_schema.c).  A
# duplicate-index finding pairs an index with the first one of its shape:
# the pairs of one first index make one group, "table: names in order".

# a name as lint prints it: identifiers, each quoted when PostgreSQL needs
# it (then it may hold blanks), dot-separated
def qname: "(?:\"(?:[^\"]|\"\")*\"|[^\\s\".]+)(?:\\.(?:\"(?:[^\"]|\"\")*\"|[^\\s\".]+))*";
def object:
  .message as $m |
  if .rule == "foreign-key-without-index" then
    ($m | capture("^the foreign key '(?<k>[^']+)' on (?<t>\(qname)) has no index")) | "\(.t) \(.k)"
  elif .rule == "function-search-path-mutable" or .rule == "security-definer-function" then
    ($m | capture("^(function|procedure) (?<f>.+\\)) (has no SET|in exposed schema)")) | .f
  elif .rule == "security-definer-view" then
    ($m | capture("^view (?<v>\(qname)) ")) | .v
  else
    ($m | capture("^table (?<t>\(qname)) ")) | .t
  end;
def duplicates:
  map(.message | capture("^[a-z ]+ '(?<b>[^']+)' of (table|materialized view) (?<t>\(qname)) is the same index as [a-z ]+ '(?<a>[^']+)'$"))
  | group_by([.t, .a])
  | map("duplicate-index\t\(.[0].t): \(([.[0].a] + map(.b)) | sort | join(" "))");
(map(select(.rule == "duplicate-index")) | duplicates[]),
(.[] | select(.rule != null and .rule != "duplicate-index") | "\(.rule)\t\(object)")
