-- An index key's COLLATE names a collation no statement creates (PostgreSQL: collation "ci" for encoding "UTF8" does not exist)
CREATE TABLE t (id integer PRIMARY KEY, code text);
CREATE INDEX t_code_idx ON t (code COLLATE ci);
