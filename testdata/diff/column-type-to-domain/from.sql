CREATE DOMAIN old_code AS text CHECK (VALUE <> '');
CREATE TABLE items (id integer PRIMARY KEY, code old_code, qty integer DEFAULT 1, name text);
