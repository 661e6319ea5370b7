CREATE TABLE orders (id int PRIMARY KEY, total numeric(10,2) NOT NULL, status text NOT NULL);
CREATE VIEW open_orders AS SELECT id, total::numeric(12,2) AS total, status FROM orders WHERE status IN ('open', 'held');
CREATE VIEW big_open_orders AS SELECT * FROM open_orders WHERE total > 100;
