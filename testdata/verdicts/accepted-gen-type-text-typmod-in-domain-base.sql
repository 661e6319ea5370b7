CREATE DOMAIN d AS varchar(10);
