CREATE TABLE t (a text, n int);
CREATE INDEX t_x ON t (a) WHERE ((pg_catalog.length(a)) IS NOT NULL);
