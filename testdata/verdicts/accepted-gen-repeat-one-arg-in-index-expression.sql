CREATE TABLE t (a text, n int);
CREATE INDEX t_x ON t ((((repeat(a, 2))::text)));
