DROP VIEW order_values;

ALTER TABLE orders DROP CONSTRAINT orders_total_check;

DROP INDEX orders_value_idx;

ALTER TYPE line_item RENAME TO line_item_old;

ALTER TYPE positive_amount RENAME TO positive_amount_old;

ALTER TYPE amount RENAME TO amount_old;

ALTER TYPE label RENAME TO label_old;

CREATE TYPE amount AS (
    value bigint,
    currency character varying(3),
    memo text
);

-- schemac: destructive: attribute amount.note and its values in columns of type amount
ALTER TYPE amount_old DROP ATTRIBUTE note;

ALTER TYPE amount_old ADD ATTRIBUTE memo text;

CREATE TYPE label AS (
    short text COLLATE "C",
    long text
);

ALTER TYPE unused ALTER ATTRIBUTE x TYPE bigint;

CREATE TYPE line_item AS (
    label text,
    price amount
);

CREATE DOMAIN positive_amount AS amount
    CONSTRAINT positive_amount_check CHECK ((value).value > 0);

ALTER TABLE orders ALTER COLUMN total DROP DEFAULT;

ALTER TABLE orders ALTER COLUMN first_item TYPE line_item USING first_item::text::line_item;

ALTER TABLE orders ALTER COLUMN history TYPE amount[] USING history::text[]::amount[];

ALTER TABLE orders ALTER COLUMN paid TYPE positive_amount USING paid::text::positive_amount;

ALTER TABLE orders ALTER COLUMN tag TYPE label USING tag::text::label;

ALTER TABLE orders ALTER COLUMN total TYPE amount USING total::text::amount;

ALTER TABLE orders ALTER COLUMN total SET DEFAULT '(0,EUR,)';

ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK ((total).value >= 0);

CREATE INDEX orders_value_idx ON orders (((total).value));

CREATE VIEW order_values AS SELECT orders.id, (orders.total).value FROM orders;

DROP TYPE line_item_old;

DROP DOMAIN positive_amount_old;

DROP TYPE amount_old;

DROP TYPE label_old;

COMMENT ON COLUMN amount.value IS 'in cents';

COMMENT ON TYPE amount IS 'money';
