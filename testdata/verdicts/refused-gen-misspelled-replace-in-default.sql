CREATE TABLE t (a text DEFAULT ((replac('abc', 'a', 'b'))::text));
