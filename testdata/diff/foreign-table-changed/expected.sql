DROP VIEW order_totals;

DROP FOREIGN TABLE orders;

CREATE FOREIGN TABLE public.orders (id bigint NOT NULL, total numeric, note pg_catalog.text) SERVER remote OPTIONS (table_name 'orders_v2');

CREATE VIEW order_totals AS SELECT orders.id, orders.total FROM orders;
