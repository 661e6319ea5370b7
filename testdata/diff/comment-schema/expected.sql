COMMENT ON SCHEMA app IS 'the application';

COMMENT ON SCHEMA audit IS 'change history';
