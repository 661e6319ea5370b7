-- a new domain used by a new column and a new table, with defaults
CREATE SCHEMA app;
CREATE DOMAIN app.email AS text CHECK (VALUE ~ '@');
CREATE DOMAIN positive AS integer DEFAULT 1 CHECK (VALUE > 0);
CREATE TABLE people (id integer PRIMARY KEY, mail app.email, n positive DEFAULT 5);
CREATE TABLE app.orders (id integer PRIMARY KEY, qty positive NOT NULL, contact app.email[]);
