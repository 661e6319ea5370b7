CREATE DOMAIN d AS text CHECK (((length(VALUE)::integr) IS NOT NULL));
