CREATE SCHEMA app;
CREATE TABLE accounts (id integer PRIMARY KEY);
