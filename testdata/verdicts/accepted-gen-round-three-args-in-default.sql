CREATE TABLE t (a text DEFAULT ((round(3::numeric, 1))::text));
