CREATE TABLE orders (id integer, total numeric);
CREATE VIEW v AS SELECT ordres.total FROM orders;
