CREATE TABLE t (p pair);
CREATE TYPE pair AS (x int, y int);
