CREATE TABLE t (a text DEFAULT ((CAST(3 AS bigint))::text));
