-- view and materialized view options change in place, with ALTER VIEW /
-- ALTER MATERIALIZED VIEW ... SET / RESET, not by creating the view again
CREATE TABLE t (a int, b text);
CREATE VIEW v WITH (security_barrier) AS SELECT a FROM t WHERE a > 0;
CREATE VIEW w AS SELECT a FROM t WITH LOCAL CHECK OPTION;
CREATE VIEW x WITH (security_invoker=true, check_option=cascaded) AS SELECT a FROM t;
CREATE VIEW y AS SELECT b FROM t;
CREATE MATERIALIZED VIEW m WITH (fillfactor=70) AS SELECT a, b FROM t;
CREATE VIEW q WITH (security_barrier) AS SELECT a FROM t WITH LOCAL CHECK OPTION;
