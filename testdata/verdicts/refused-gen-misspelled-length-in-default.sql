CREATE TABLE t (a text DEFAULT ((lenght('abc'))::text));
