ALTER TABLE products ADD CONSTRAINT discount_below_price CHECK (discount IS NULL OR discount < price);

ALTER TABLE products ADD CONSTRAINT products_price_check CHECK (price > 0);
