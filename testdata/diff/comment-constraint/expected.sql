COMMENT ON CONSTRAINT products_pkey ON products IS NULL;

COMMENT ON CONSTRAINT products_price_check ON products IS 'free items are not allowed';
