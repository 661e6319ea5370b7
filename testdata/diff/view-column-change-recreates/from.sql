CREATE TABLE orders (id int PRIMARY KEY, total numeric(10,2) NOT NULL, status text NOT NULL);
CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE status = 'open';
CREATE VIEW big_open_orders AS SELECT * FROM open_orders WHERE total > 100;
