ALTER TABLE products DROP CONSTRAINT products_id_positive;

ALTER TABLE products DROP CONSTRAINT products_price_check;
