-- a generated column becomes a plain column (DROP EXPRESSION keeps the values)
CREATE TABLE items (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    price_cents bigint
);
