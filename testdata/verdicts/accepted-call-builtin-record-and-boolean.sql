CREATE TABLE t (a integer); CREATE VIEW v AS SELECT row_to_json(t, true) AS j, row_to_json(t) AS k FROM t;
