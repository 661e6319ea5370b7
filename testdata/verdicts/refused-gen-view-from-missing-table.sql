CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT a FROM tt;
