CREATE DOMAIN d AS text CHECK (((length(VALUE)::integer) IS NOT NULL));
