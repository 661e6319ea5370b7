-- a table in one schema references a table in another
CREATE SCHEMA app;
CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE app.orders (id integer PRIMARY KEY, user_id integer REFERENCES public.users (id));
