-- a table given a parent it has no column of yet: the parent's columns are
-- added to the table first (INHERIT requires them), so they are the
-- table's own; the target has them inherited only (pg_dump's INHERITS)
CREATE TABLE item (id integer, qty integer);
