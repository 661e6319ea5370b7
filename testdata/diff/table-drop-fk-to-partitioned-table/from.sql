-- a foreign key may reference a partitioned table (CREATE TABLE,
-- REFERENCES); PostgreSQL then keeps it on each of the partitions too
CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE TABLE orders (
    region text NOT NULL,
    id integer NOT NULL,
    PRIMARY KEY (region, id)
) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
CREATE TABLE order_lines (
    region text,
    order_id integer,
    qty integer,
    FOREIGN KEY (region, order_id) REFERENCES orders (region, id)
);
