CREATE SCHEMA app;
CREATE VIEW v AS SELECT pg_catalog.now() AS x;
