CREATE TABLE t (a text, n int);
CREATE INDEX t_x ON t ((((reverse(a, 1))::text)));
