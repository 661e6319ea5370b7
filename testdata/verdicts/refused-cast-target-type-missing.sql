CREATE TYPE pair AS (a int, b int);
CREATE CAST (pair AS nosucht) WITH INOUT;
