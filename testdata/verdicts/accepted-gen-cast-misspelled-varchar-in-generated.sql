CREATE TABLE t (a text, n int, g text GENERATED ALWAYS AS (((a::varchar(5))::text)) STORED);
