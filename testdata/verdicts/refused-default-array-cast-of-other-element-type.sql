CREATE TABLE t (id int, tags int[] DEFAULT '{}'::text[]);
