CREATE DOMAIN d AS pg_catalog.text;
