-- a table references itself, added to an existing table and in a new one
CREATE TABLE employees (id integer PRIMARY KEY, name text, manager_id integer REFERENCES employees (id));
CREATE TABLE categories (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES categories (id) ON DELETE CASCADE
);
