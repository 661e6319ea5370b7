CREATE DOMAIN d AS pg_catalog.texxt;
