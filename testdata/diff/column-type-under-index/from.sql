CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, placed_at timestamp);
CREATE INDEX orders_customer_idx ON orders (customer_id, placed_at);
CREATE UNIQUE INDEX orders_placed_key ON orders (placed_at) WHERE customer_id IS NOT NULL;
