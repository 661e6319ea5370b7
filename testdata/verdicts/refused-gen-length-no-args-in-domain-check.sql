CREATE DOMAIN d AS text CHECK (((length()) IS NOT NULL));
