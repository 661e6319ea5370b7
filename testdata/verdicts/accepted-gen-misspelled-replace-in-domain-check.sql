CREATE DOMAIN d AS text CHECK (((replace(VALUE, 'a', 'b')) IS NOT NULL));
