CREATE INDEX orders_customer_idx ON orders (customer_id) INCLUDE (total, status) WITH (fillfactor=70);
