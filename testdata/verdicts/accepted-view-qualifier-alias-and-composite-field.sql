CREATE TYPE money2 AS (amount numeric, cur text);
CREATE TABLE orders (id integer, price money2);
CREATE VIEW v AS SELECT o.id, (price).amount, (o.price).cur FROM orders o;
