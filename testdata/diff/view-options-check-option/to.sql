CREATE TABLE t (id int PRIMARY KEY, v int);
CREATE VIEW pos WITH (security_invoker = true) AS SELECT id, v FROM t WHERE v > 0 WITH LOCAL CHECK OPTION;
CREATE VIEW small_pos WITH (check_option = cascaded) AS SELECT id, v FROM pos WHERE v < 100;
CREATE VIEW pairs AS SELECT t.id, t2.v FROM t JOIN t AS t2 ON t2.id = t.v UNION ALL SELECT 0, 0;
