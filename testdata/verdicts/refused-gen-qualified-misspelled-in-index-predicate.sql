CREATE TABLE t (a text, n int);
CREATE INDEX t_x ON t (a) WHERE ((pg_catalog.lenght(a)) IS NOT NULL);
