CREATE SCHEMA app;
CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE TABLE app.items (id integer PRIMARY KEY, name text);
