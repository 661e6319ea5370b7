CREATE DOMAIN d AS int4range;
