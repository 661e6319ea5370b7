-- check constraints added: a column-level one (implicit name) and a named table-level one
CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric(10,2) CHECK (price > 0),
    discount numeric(10,2),
    CONSTRAINT discount_below_price CHECK (discount IS NULL OR discount < price)
);
