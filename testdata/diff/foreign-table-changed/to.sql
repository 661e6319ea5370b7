-- a foreign table whose columns or options change is made again (it holds
-- no data here), with the view on it
CREATE FOREIGN DATA WRAPPER wrap;
CREATE SERVER remote FOREIGN DATA WRAPPER wrap;
CREATE FOREIGN TABLE orders (id bigint NOT NULL, total numeric, note text)
    SERVER remote OPTIONS (table_name 'orders_v2');
CREATE VIEW order_totals AS SELECT id, total FROM orders;
CREATE FOREIGN TABLE stays (a int) SERVER remote;
ALTER FOREIGN TABLE stays ALTER COLUMN a OPTIONS (column_name 'x');
