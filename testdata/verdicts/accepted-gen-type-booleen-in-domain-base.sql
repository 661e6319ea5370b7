CREATE DOMAIN d AS boolean;
