-- columns under a plain and a partial index change type; the indexes stay
CREATE TABLE orders (id integer PRIMARY KEY, customer_id bigint, placed_at timestamptz);
CREATE INDEX orders_customer_idx ON orders (customer_id, placed_at);
CREATE UNIQUE INDEX orders_placed_key ON orders (placed_at) WHERE customer_id IS NOT NULL;
