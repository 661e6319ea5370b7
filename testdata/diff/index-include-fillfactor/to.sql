-- an index with INCLUDE columns and WITH (fillfactor = 70)
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, total numeric, status text);
CREATE INDEX orders_customer_idx ON orders (customer_id) INCLUDE (total, status) WITH (fillfactor = 70);
