CREATE TYPE address AS (street text, city varchar(80), zip text, country text);
CREATE TYPE point3 AS (x integer, y text, z integer);
COMMENT ON COLUMN point3.z IS 'height';
CREATE TABLE shops (id integer PRIMARY KEY, addr address);
