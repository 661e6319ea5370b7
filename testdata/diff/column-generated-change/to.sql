-- a generated column's expression changes (PostgreSQL 15 needs drop and add; it stays last)
CREATE TABLE items (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    price numeric(10,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (qty * price * 1.2) STORED
);
