DROP VIEW priced;

DROP FUNCTION with_tax(numeric);

CREATE FUNCTION with_tax(p numeric) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$SELECT (p * 1.2)::double precision$$;

CREATE VIEW priced AS SELECT items.id, with_tax(items.price) AS gross FROM items;
