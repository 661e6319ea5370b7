CREATE TABLE items (id integer PRIMARY KEY, qty integer NOT NULL, price numeric(10,2) NOT NULL);
