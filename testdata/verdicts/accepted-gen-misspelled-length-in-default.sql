CREATE TABLE t (a text DEFAULT ((length('abc'))::text));
