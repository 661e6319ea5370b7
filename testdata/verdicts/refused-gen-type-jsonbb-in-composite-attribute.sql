CREATE TYPE c AS (x int, y jsonbb);
