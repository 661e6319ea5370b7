-- foreign tables: created with their columns, options and server, a view
-- on one, grants and comments; dropped going back
CREATE FOREIGN DATA WRAPPER wrap;
CREATE SERVER remote FOREIGN DATA WRAPPER wrap OPTIONS (port '5432', host 'db.internal');
CREATE SCHEMA ext;
CREATE FOREIGN TABLE ext.orders (
    id bigint NOT NULL,
    customer text OPTIONS (column_name 'customer_name') COLLATE "C",
    total numeric(12, 2) DEFAULT 0,
    placed_at timestamptz
) SERVER remote OPTIONS (table_name 'orders', schema_name 'sales');
ALTER FOREIGN TABLE ext.orders ALTER COLUMN placed_at OPTIONS (ADD column_name 'created');
CREATE FOREIGN TABLE IF NOT EXISTS ext.plain (a int) SERVER remote;
COMMENT ON FOREIGN TABLE ext.orders IS 'orders on the sales server';
COMMENT ON COLUMN ext.orders.total IS 'in cents';
GRANT SELECT ON ext.orders TO anon;
CREATE VIEW big_orders AS SELECT id, total FROM ext.orders WHERE total > 1000;
