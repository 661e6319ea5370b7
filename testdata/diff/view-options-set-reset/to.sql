CREATE TABLE t (a int, b text);
CREATE VIEW v AS SELECT a FROM t WHERE a > 0;
ALTER VIEW v SET (security_invoker=true, security_barrier=false);
CREATE VIEW w WITH (check_option=cascaded) AS SELECT a FROM t;
CREATE VIEW x AS SELECT a FROM t;
ALTER VIEW x SET (security_invoker=true);
CREATE VIEW y AS SELECT b FROM t;
ALTER VIEW y SET (check_option=local, security_barrier=true);
ALTER VIEW y RESET (check_option);
CREATE MATERIALIZED VIEW m WITH (fillfactor=70) AS SELECT a, b FROM t;
ALTER MATERIALIZED VIEW m SET (fillfactor=80, toast.autovacuum_enabled=false, autovacuum_enabled=false);
ALTER MATERIALIZED VIEW m RESET (fillfactor);
-- a new view with options, and one whose query changes with its options
CREATE VIEW z WITH (security_barrier=true) AS SELECT a, b FROM t WITH CASCADED CHECK OPTION;
CREATE VIEW q WITH (security_invoker=true) AS SELECT a, b FROM t;
