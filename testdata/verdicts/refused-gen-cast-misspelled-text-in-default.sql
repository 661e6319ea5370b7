CREATE TABLE t (a text DEFAULT (('abc'::txt)::text));
