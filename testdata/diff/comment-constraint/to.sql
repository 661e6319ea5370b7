-- constraint comments added and dropped
CREATE TABLE products (id integer PRIMARY KEY, price numeric CHECK (price > 0));
COMMENT ON CONSTRAINT products_price_check ON products IS 'free items are not allowed';
