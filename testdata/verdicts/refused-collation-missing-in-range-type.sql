-- A range type's collation option names a collation no statement creates (PostgreSQL: collation "ci" for encoding "UTF8" does not exist)
CREATE TABLE t (id integer PRIMARY KEY);
CREATE TYPE cirange AS RANGE (subtype = text, collation = ci);
