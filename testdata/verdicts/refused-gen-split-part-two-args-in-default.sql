CREATE TABLE t (a text DEFAULT ((split_part('abc', ','))::text));
