CREATE TABLE t (a text DEFAULT ((lower('abc', 'abc'))::text));
