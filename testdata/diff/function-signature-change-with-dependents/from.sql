CREATE TABLE items (id int PRIMARY KEY, price numeric NOT NULL);
CREATE FUNCTION with_tax(p numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT p * 1.2';
CREATE VIEW priced AS SELECT id, with_tax(price) AS gross FROM items;
