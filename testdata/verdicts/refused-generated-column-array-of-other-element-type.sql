CREATE TABLE t (path text, parts integer[] GENERATED ALWAYS AS (string_to_array(path, '/')) STORED);
