CREATE TABLE items (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    price_cents bigint GENERATED ALWAYS AS ((price * 100)::bigint) STORED
);
