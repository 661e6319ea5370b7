CREATE DOMAIN d AS text CHECK (((concat()) IS NOT NULL));
