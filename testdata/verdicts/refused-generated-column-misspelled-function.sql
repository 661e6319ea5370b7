CREATE TABLE t (name text, up text GENERATED ALWAYS AS (uper(name)) STORED);
