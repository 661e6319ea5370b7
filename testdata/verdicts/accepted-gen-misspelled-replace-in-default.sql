CREATE TABLE t (a text DEFAULT ((replace('abc', 'a', 'b'))::text));
