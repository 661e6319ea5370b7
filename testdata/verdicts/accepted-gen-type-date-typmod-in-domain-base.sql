CREATE DOMAIN d AS timestamp(3);
