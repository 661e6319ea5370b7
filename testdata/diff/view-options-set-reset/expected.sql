ALTER MATERIALIZED VIEW m RESET (fillfactor);
ALTER MATERIALIZED VIEW m SET (autovacuum_enabled=false, toast.autovacuum_enabled=false);

CREATE OR REPLACE VIEW q WITH (security_invoker=true) AS SELECT t.a, t.b FROM t;

ALTER VIEW v SET (security_invoker=true, security_barrier=false);

ALTER VIEW w SET (check_option=cascaded);

ALTER VIEW x RESET (check_option);

ALTER VIEW y SET (security_barrier=true);

CREATE VIEW z WITH (security_barrier=true) AS SELECT t.a, t.b FROM t WITH CHECK OPTION;
