CREATE TABLE t (a text DEFAULT ((concat('abc'))::text));
