CREATE TYPE c AS (x int, y varchr(20));
