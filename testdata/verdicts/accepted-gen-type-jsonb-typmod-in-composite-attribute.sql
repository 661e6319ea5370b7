CREATE TYPE c AS (x int, y numeric(1));
