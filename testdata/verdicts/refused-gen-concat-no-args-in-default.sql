CREATE TABLE t (a text DEFAULT ((concat())::text));
