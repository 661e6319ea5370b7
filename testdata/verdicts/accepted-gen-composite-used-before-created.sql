CREATE TYPE pair AS (x int, y int);
CREATE TABLE t (p pair);
