DROP VIEW v_sub;

DROP VIEW v_star;

DROP VIEW v_a;

DROP MATERIALIZED VIEW mv_row;

DROP TRIGGER t_a ON t;

DROP POLICY p_a ON t;

-- schemac: destructive: column t.c and its data
ALTER TABLE t DROP COLUMN c;

ALTER TABLE t ALTER COLUMN a TYPE bigint;

CREATE POLICY p_a ON t TO public USING (a > 0);

CREATE TRIGGER t_a BEFORE UPDATE ON t FOR EACH ROW WHEN (old.a IS DISTINCT FROM new.a) EXECUTE FUNCTION touch();

CREATE MATERIALIZED VIEW mv_row AS SELECT x.id, x AS whole FROM t x;

CREATE VIEW v_a AS SELECT t.id, t.a FROM t;

CREATE VIEW v_star AS SELECT t.id, t.a, t.b FROM t;

CREATE VIEW v_sub AS SELECT t.id FROM t WHERE EXISTS (SELECT 1 FROM t t2 WHERE t2.a = t.id);
