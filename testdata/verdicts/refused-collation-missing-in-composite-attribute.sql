-- A composite type's attribute names a collation no statement creates (PostgreSQL: collation "ci" for encoding "UTF8" does not exist)
CREATE TABLE t (id integer PRIMARY KEY);
CREATE TYPE person AS (name text COLLATE ci, age integer);
