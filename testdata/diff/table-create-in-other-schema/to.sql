-- a table with the same name as one in public, created in another schema
CREATE SCHEMA app;
CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE TABLE app.accounts (
    id integer PRIMARY KEY,
    public_id integer REFERENCES public.accounts (id),
    name text NOT NULL
);
