-- a column takes its default from an existing, unowned sequence
CREATE SEQUENCE order_no_seq;
CREATE TABLE orders (id integer PRIMARY KEY, no bigint NOT NULL DEFAULT nextval('order_no_seq'));
