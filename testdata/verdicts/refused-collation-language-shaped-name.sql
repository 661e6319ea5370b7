-- A domain's COLLATE names a collation shaped like a bare language code that no statement creates and initdb does not import (PostgreSQL: collation "ci" for encoding "UTF8" does not exist)
CREATE TABLE t (id integer PRIMARY KEY);
CREATE DOMAIN ci_text AS text COLLATE ci;
