CREATE TYPE amount AS (value integer, currency text, note text);
COMMENT ON TYPE amount IS 'money';
COMMENT ON COLUMN amount.value IS 'in cents';
CREATE DOMAIN positive_amount AS amount CHECK ((VALUE).value > 0);
CREATE TYPE line_item AS (label text, price amount);
CREATE TYPE label AS (short text, long text);
CREATE TYPE unused AS (x integer);
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
