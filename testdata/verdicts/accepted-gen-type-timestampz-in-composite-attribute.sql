CREATE TYPE c AS (x int, y timestamptz);
