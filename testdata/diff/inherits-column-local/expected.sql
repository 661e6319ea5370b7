ALTER TABLE item INHERIT base;

UPDATE pg_catalog.pg_attribute SET attislocal = false WHERE attrelid = 'child'::pg_catalog.regclass AND attname = 'a';

UPDATE pg_catalog.pg_attribute SET attislocal = true WHERE attrelid = 'child'::pg_catalog.regclass AND attname = 'b';

UPDATE pg_catalog.pg_attribute SET attislocal = false WHERE attrelid = 'item'::pg_catalog.regclass AND attname = 'id';

UPDATE pg_catalog.pg_attribute SET attislocal = false WHERE attrelid = 'item'::pg_catalog.regclass AND attname = 'note';
