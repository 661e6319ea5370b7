CREATE TABLE t (a text DEFAULT ((lower('abc'))::text));
