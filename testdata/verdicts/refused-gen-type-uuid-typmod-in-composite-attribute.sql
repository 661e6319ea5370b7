CREATE TYPE c AS (x int, y uuid(4));
