-- OWNED BY added to one sequence and removed from another
CREATE TABLE orders (id integer PRIMARY KEY, no integer);
CREATE SEQUENCE orders_no_seq OWNED BY orders.no;
CREATE SEQUENCE stray_seq;
CREATE TABLE carts (id integer PRIMARY KEY);
