CREATE TABLE t (a int, g boolean GENERATED ALWAYS AS (a::int8) STORED);
