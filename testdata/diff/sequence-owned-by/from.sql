CREATE TABLE orders (id integer PRIMARY KEY, no integer);
CREATE SEQUENCE orders_no_seq;
CREATE SEQUENCE stray_seq;
CREATE TABLE carts (id integer PRIMARY KEY);
ALTER SEQUENCE stray_seq OWNED BY carts.id;
