-- a new, empty schema
CREATE SCHEMA app;
