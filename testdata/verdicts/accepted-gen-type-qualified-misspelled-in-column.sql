CREATE TABLE t (a pg_catalog.text);
