CREATE DOMAIN d AS text CHECK (((replac(VALUE, 'a', 'b')) IS NOT NULL));
