-- attributes added (also to a type a column uses), dropped, and changed in
-- type and collation (of a type no column uses: PostgreSQL refuses that
-- for a used one); an attribute comment changed
CREATE TYPE address AS (street text, city varchar(80), zip text, region text);
CREATE TYPE point3 AS (x bigint, y text COLLATE "C", z numeric, w integer);
COMMENT ON COLUMN point3.z IS 'height in metres';
CREATE TABLE shops (id integer PRIMARY KEY, addr address);
