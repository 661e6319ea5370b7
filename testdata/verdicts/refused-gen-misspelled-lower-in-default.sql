CREATE TABLE t (a text DEFAULT ((lowr('abc'))::text));
