CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric(10,2) CHECK (price > 0),
    CONSTRAINT products_id_positive CHECK (id > 0)
);
