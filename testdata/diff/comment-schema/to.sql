-- schema comments added and changed
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'the application';
CREATE SCHEMA audit;
COMMENT ON SCHEMA audit IS 'change history';
