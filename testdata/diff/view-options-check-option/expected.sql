CREATE VIEW pairs AS SELECT t.id, t2.v FROM t JOIN t t2 ON t2.id = t.v UNION ALL SELECT 0, 0;

ALTER VIEW pos SET (security_invoker=true, check_option=local);

CREATE VIEW small_pos WITH (check_option=cascaded) AS SELECT pos.id, pos.v FROM pos WHERE pos.v < 100;
