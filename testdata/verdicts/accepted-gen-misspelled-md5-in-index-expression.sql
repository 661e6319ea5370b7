CREATE TABLE t (a text, n int);
CREATE INDEX t_x ON t ((((md5(a))::text)));
