CREATE TABLE t (a text, n int);
CREATE INDEX t_x ON t ((((a ~~ 'x')::text)));
