CREATE TABLE t (a int, g numeric GENERATED ALWAYS AS (a::int8) STORED);
