CREATE TYPE c AS (x int, y pg_catalog.texxt);
