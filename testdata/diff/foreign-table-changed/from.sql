-- a foreign table whose columns or options change is made again (it holds
-- no data here), with the view on it
CREATE FOREIGN DATA WRAPPER wrap;
CREATE SERVER remote FOREIGN DATA WRAPPER wrap;
CREATE FOREIGN TABLE orders (id bigint, total numeric) SERVER remote OPTIONS (table_name 'orders');
CREATE VIEW order_totals AS SELECT id, total FROM orders;
CREATE FOREIGN TABLE stays (a int OPTIONS (column_name 'x')) SERVER remote;
