CREATE DOMAIN d AS text CHECK (((round(length(VALUE)::numeric, 1, 2)) IS NOT NULL));
