CREATE SCHEMA ext;

CREATE FOREIGN TABLE ext.orders (id bigint NOT NULL, customer pg_catalog.text OPTIONS (column_name 'customer_name')  COLLATE "C", total numeric(12, 2) DEFAULT 0, placed_at timestamp with time zone OPTIONS (column_name 'created') ) SERVER remote OPTIONS (schema_name 'sales', table_name 'orders');

CREATE FOREIGN TABLE ext.plain (a int) SERVER remote;

CREATE VIEW big_orders AS SELECT orders.id, orders.total FROM ext.orders WHERE orders.total > 1000;

GRANT SELECT ON TABLE ext.orders TO anon;

COMMENT ON COLUMN ext.orders.total IS 'in cents';

COMMENT ON FOREIGN TABLE ext.orders IS 'orders on the sales server';
