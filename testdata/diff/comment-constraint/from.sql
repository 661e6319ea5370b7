CREATE TABLE products (id integer PRIMARY KEY, price numeric CHECK (price > 0));
COMMENT ON CONSTRAINT products_pkey ON products IS 'surrogate key';
