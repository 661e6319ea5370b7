-- schemac: objects kept as their statements (compared by tree):
--   FOREIGN TABLE orders: dropped and created again

DROP VIEW order_totals;

DROP FOREIGN TABLE orders;

CREATE FOREIGN TABLE public.orders (id bigint NOT NULL, total numeric, note pg_catalog.text) SERVER remote OPTIONS (table_name 'orders_v2');

CREATE VIEW order_totals AS SELECT orders.id, orders.total FROM orders;
