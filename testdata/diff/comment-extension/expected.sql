COMMENT ON EXTENSION citext IS 'case-insensitive emails';
