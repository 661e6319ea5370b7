CREATE TYPE point3 AS (x float8, y float8, z float8);
ALTER TYPE point3 DROP ATTRIBUTE z;
ALTER TYPE address ADD ATTRIBUTE country text;
