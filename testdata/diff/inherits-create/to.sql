CREATE TABLE items (id bigint NOT NULL, name text DEFAULT 'unnamed', CONSTRAINT items_id_check CHECK (id > 0));
CREATE TABLE tagged (tags text[]);
-- columns and checks inherited from two parents; name is merged with a local definition
CREATE TABLE books (isbn text NOT NULL, name text, CHECK (isbn <> '')) INHERITS (items, tagged);
