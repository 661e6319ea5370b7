-- check constraints dropped
CREATE TABLE products (id integer PRIMARY KEY, price numeric(10,2));
