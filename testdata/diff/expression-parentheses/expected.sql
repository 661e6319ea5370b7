CREATE TABLE stamped (
    id integer,
    day date DEFAULT (now() AT TIME ZONE 'UTC')::date,
    flag integer DEFAULT (true AND false)::int,
    CONSTRAINT stamped_day_check CHECK ((day IS NULL)::int = 0)
);

CREATE VIEW v AS SELECT (t.b AND t.b)::int AS a1, (NOT t.b)::int AS a2, (t.b IS TRUE)::int AS a3, (t.x IS NULL)::int AS a4, (t.x AT TIME ZONE 'UTC')::date AS a5, (t.x AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date AS a6, t.s COLLATE "C" || 'x' AS a7, (t.i + 1 IS NULL)::int AS a8, (t.b AND t.b) IS NULL AS a9, (t.x IS NULL) IS NULL AS a10, (t.b OR t.b) IS TRUE AS a11, (t.x + '1 day'::interval) AT TIME ZONE 'UTC' AS a12, t.x AT TIME ZONE ('Europe/' || 'Paris') AS a13, (t.b IS TRUE) = t.b AS a14, (t.b IS DISTINCT FROM t.b) IS NULL AS a15, t.x AT TIME ZONE 'UTC' + '1 day'::interval AS a16 FROM t;
