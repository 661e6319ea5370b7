CREATE TYPE c AS (x int, y bit(5));
