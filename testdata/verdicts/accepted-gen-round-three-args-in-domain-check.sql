CREATE DOMAIN d AS text CHECK (((round(length(VALUE)::numeric, 1)) IS NOT NULL));
