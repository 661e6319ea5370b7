CREATE TYPE pair AS (a int, b int);
CREATE CAST (pair AS text) WITH FUNCTION pair_text(pair);
