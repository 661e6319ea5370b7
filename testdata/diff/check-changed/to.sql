-- a check constraint keeps its name but changes its expression (drop and re-add)
CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric(10,2) CONSTRAINT price_positive CHECK (price >= 0 AND price < 1000000)
);
