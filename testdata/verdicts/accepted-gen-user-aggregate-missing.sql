CREATE TABLE t (a text, n int);
CREATE AGGREGATE concat_all(text) (SFUNC = textcat, STYPE = text, INITCOND = '');
CREATE VIEW v AS SELECT concat_all(a) AS x FROM t;
