CREATE TABLE t (a text, n int);
CREATE INDEX t_x ON t (a) WHERE ((md5(a)) IS NOT NULL);
