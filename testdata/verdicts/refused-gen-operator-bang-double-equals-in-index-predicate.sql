CREATE TABLE t (a text, n int);
CREATE INDEX t_x ON t (a) WHERE ((n !== 1) IS NOT NULL);
