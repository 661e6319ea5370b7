-- only the table in schema app changes, not its namesake in public
CREATE SCHEMA app;
CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE TABLE app.items (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2));
