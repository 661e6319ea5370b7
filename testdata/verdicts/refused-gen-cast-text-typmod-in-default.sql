CREATE TABLE t (a text DEFAULT (('abc'::text(5))::text));
