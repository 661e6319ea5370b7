CREATE TABLE base (
    id integer,
    note text
);

ALTER TABLE item ADD COLUMN note text;

ALTER TABLE item INHERIT base;

UPDATE pg_catalog.pg_attribute SET attislocal = false WHERE attrelid = 'item'::pg_catalog.regclass AND attname = 'id';

UPDATE pg_catalog.pg_attribute SET attislocal = false WHERE attrelid = 'item'::pg_catalog.regclass AND attname = 'note';
