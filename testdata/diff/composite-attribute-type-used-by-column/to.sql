-- a composite type used by columns (plain, array, through a domain and
-- through another composite type) changes the type of attributes, drops
-- one and adds one: PostgreSQL refuses ALTER ATTRIBUTE ... TYPE while a
-- column uses the type, so the type is swapped (renamed, created again,
-- the columns converted through text, the old one dropped), and so are the
-- domain and the composite type over it; the default, the indexes, the
-- check and the view come back. A composite whose only change is a
-- collation is swapped too (label); one no column uses changes in place
CREATE TYPE amount AS (value bigint, currency varchar(3), memo text);
COMMENT ON TYPE amount IS 'money';
COMMENT ON COLUMN amount.value IS 'in cents';
CREATE DOMAIN positive_amount AS amount CHECK ((VALUE).value > 0);
CREATE TYPE line_item AS (label text, price amount);
CREATE TYPE label AS (short text COLLATE "C", long text);
CREATE TYPE unused AS (x bigint);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total amount DEFAULT '(0,EUR,)',
    history amount[],
    paid positive_amount,
    first_item line_item,
    tag label
);
CREATE INDEX orders_total_idx ON orders (total);
CREATE INDEX orders_value_idx ON orders (((total).value));
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK ((total).value >= 0);
CREATE VIEW order_values AS SELECT id, (total).value AS value FROM orders;
