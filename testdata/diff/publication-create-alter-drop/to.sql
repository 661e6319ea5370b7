CREATE TABLE products (id int PRIMARY KEY);
CREATE TABLE prices (id int PRIMARY KEY);
CREATE TABLE customers (id int PRIMARY KEY);

DROP PUBLICATION IF EXISTS supabase_realtime;
CREATE PUBLICATION supabase_realtime FOR TABLE products;
ALTER PUBLICATION supabase_realtime ADD TABLE prices, customers;
CREATE PUBLICATION audit WITH (publish = 'insert, delete');
CREATE PUBLICATION changes FOR TABLE customers WITH (publish = 'update');
ALTER PUBLICATION changes SET TABLE prices;
