CREATE TABLE t (a text DEFAULT (('abc'::text)::text));
