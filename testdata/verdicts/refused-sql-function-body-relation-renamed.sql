CREATE TABLE items_renamed (id int);
CREATE FUNCTION first_item() RETURNS SETOF items_renamed LANGUAGE sql AS $$ SELECT * FROM items LIMIT 1 $$;
