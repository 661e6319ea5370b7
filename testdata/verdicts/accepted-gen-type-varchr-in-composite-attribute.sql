CREATE TYPE c AS (x int, y varchar(20));
