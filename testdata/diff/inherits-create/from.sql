CREATE TABLE items (id bigint NOT NULL, name text DEFAULT 'unnamed', CONSTRAINT items_id_check CHECK (id > 0));
