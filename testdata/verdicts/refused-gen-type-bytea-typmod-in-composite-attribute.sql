CREATE TYPE c AS (x int, y bytea(5));
