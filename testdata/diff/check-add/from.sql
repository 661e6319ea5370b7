CREATE TABLE products (id integer PRIMARY KEY, price numeric(10,2), discount numeric(10,2));
