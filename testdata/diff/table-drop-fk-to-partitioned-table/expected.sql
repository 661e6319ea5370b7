ALTER TABLE order_lines DROP CONSTRAINT order_lines_region_order_id_fkey;

-- schemac: destructive: table orders_us and all its rows
DROP TABLE orders_us;

-- schemac: destructive: table orders_eu and all its rows
DROP TABLE orders_eu;

-- schemac: destructive: table order_lines and all its rows
DROP TABLE order_lines;

-- schemac: destructive: table orders and all its rows
DROP TABLE orders;
