CREATE TABLE shops (id integer PRIMARY KEY);
