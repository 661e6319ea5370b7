CREATE TABLE items (id int, kind text);
CREATE INDEX items_kind_idx ON items (kind) WHERE pg_relation_size('itemz'::regclass) > 0;
