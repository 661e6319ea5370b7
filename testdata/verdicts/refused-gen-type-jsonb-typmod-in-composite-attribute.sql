CREATE TYPE c AS (x int, y jsonb(1));
