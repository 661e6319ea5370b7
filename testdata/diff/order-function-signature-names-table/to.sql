-- a function whose signature names a table (its row type) created after a domain the table uses
CREATE DOMAIN label AS text;
CREATE DOMAIN code AS text CHECK (VALUE <> '');
CREATE TABLE items (id integer, name label, c code);
CREATE FUNCTION item_label(i items) RETURNS label LANGUAGE sql AS $$ SELECT i.name $$;
CREATE FUNCTION first_item() RETURNS SETOF items LANGUAGE sql AS $$ SELECT * FROM items LIMIT 1 $$;
