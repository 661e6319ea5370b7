ALTER TABLE products DROP CONSTRAINT price_positive;

ALTER TABLE products ADD CONSTRAINT price_positive CHECK (price >= 0 AND price < 1000000);
