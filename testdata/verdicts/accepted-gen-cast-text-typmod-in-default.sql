CREATE TABLE t (a text DEFAULT (('abc'::varchar(5))::text));
