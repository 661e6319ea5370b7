CREATE TABLE products (id integer PRIMARY KEY, code text, name text, pos integer);
