CREATE TABLE tokens (id integer PRIMARY KEY);
