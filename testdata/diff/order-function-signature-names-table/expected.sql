CREATE DOMAIN code AS text
    CONSTRAINT code_check CHECK (value <> '');

CREATE TABLE items (
    id integer,
    name label,
    c code
);

CREATE FUNCTION first_item() RETURNS SETOF items LANGUAGE sql AS $$ SELECT * FROM items LIMIT 1 $$;

CREATE FUNCTION item_label(i items) RETURNS label LANGUAGE sql AS $$ SELECT i.name $$;
