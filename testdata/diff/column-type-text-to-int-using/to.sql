-- a text column becomes integer, which needs a USING cast
CREATE TABLE products (id integer PRIMARY KEY, code integer NOT NULL);
