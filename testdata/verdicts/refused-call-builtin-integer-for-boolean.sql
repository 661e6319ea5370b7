CREATE TABLE t (a integer); CREATE VIEW v AS SELECT row_to_json(t, 1) AS j FROM t;
