CREATE TABLE t (a text, n int);
CREATE VIEW v AS WITH c AS (SELECT lenght(a) AS l FROM t) SELECT l FROM c;
