CREATE SEQUENCE order_no_seq;
CREATE TABLE orders (id integer PRIMARY KEY, no bigint);
