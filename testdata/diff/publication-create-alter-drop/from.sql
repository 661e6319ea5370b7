CREATE TABLE products (id int PRIMARY KEY);
CREATE TABLE prices (id int PRIMARY KEY);
CREATE TABLE old_stock (id int PRIMARY KEY);
CREATE PUBLICATION supabase_realtime FOR TABLE products, old_stock;
CREATE PUBLICATION audit WITH (publish = 'insert');
CREATE PUBLICATION everything FOR ALL TABLES;
