-- a unique constraint with INCLUDE, and a deferrable one
CREATE TABLE products (
    id integer PRIMARY KEY,
    code text,
    name text,
    pos integer,
    CONSTRAINT products_code_key UNIQUE (code) INCLUDE (name),
    CONSTRAINT products_pos_key UNIQUE (pos) DEFERRABLE INITIALLY DEFERRED
);
