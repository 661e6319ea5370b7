ALTER TABLE refunds DROP CONSTRAINT refunds_order_id_order_placed_fkey;

DROP INDEX orders_id_placed CASCADE;

ALTER TABLE orders_2024 ADD CONSTRAINT orders_2024_pkey PRIMARY KEY (id, placed);

ALTER TABLE refunds ADD CONSTRAINT refunds_order_id_order_placed_fkey FOREIGN KEY (order_id, order_placed) REFERENCES orders_2024 (id, placed);
