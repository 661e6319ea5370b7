-- operands libpg_query's deparser would print without the parentheses they
-- need: each must come back as written (the oracle compares pg_dump)
CREATE TABLE t (x timestamp, b boolean, i int, s text);
CREATE TABLE stamped (
    id int,
    day date DEFAULT (now() AT TIME ZONE 'UTC')::date,
    flag int DEFAULT (true AND false)::int,
    CHECK (((day IS NULL))::int = 0)
);
CREATE VIEW v AS SELECT
    (b AND b)::int AS a1, (NOT b)::int AS a2, (b IS TRUE)::int AS a3,
    (x IS NULL)::int AS a4, (x AT TIME ZONE 'UTC')::date AS a5,
    ((x AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date AS a6,
    (s COLLATE "C") || 'x' AS a7, (i + 1 IS NULL)::int AS a8,
    (b AND b) IS NULL AS a9, (x IS NULL) IS NULL AS a10, (b OR b) IS TRUE AS a11,
    (x + interval '1 day') AT TIME ZONE 'UTC' AS a12,
    x AT TIME ZONE ('Europe/' || 'Paris') AS a13,
    (b IS TRUE) = b AS a14, (b IS DISTINCT FROM b) IS NULL AS a15,
    (x AT TIME ZONE 'UTC') + interval '1 day' AS a16
  FROM t;
