CREATE TABLE products (id integer PRIMARY KEY, code text NOT NULL);
