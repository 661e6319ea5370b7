-- a column retyped and one dropped: only the objects that use them (as
-- PostgreSQL records it) are dropped and created again; views, a
-- materialized view, policies and triggers that read other columns, or
-- the whole row, stay
CREATE TABLE t (id integer PRIMARY KEY, a integer, b text, c text);
CREATE VIEW v_a AS SELECT id, a FROM t;
CREATE VIEW v_b AS SELECT id, b FROM t WHERE b <> '';
CREATE VIEW v_star AS SELECT * FROM t;
CREATE VIEW v_row AS SELECT x.id, row_to_json(x) AS j FROM t x;
CREATE MATERIALIZED VIEW mv_b AS SELECT b, count(*) AS n FROM t GROUP BY b;
CREATE MATERIALIZED VIEW mv_row AS SELECT x.id, x AS whole FROM t x;
CREATE VIEW v_sub AS SELECT id FROM t WHERE EXISTS (SELECT 1 FROM t t2 WHERE t2.a = t.id);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_a ON t USING (a > 0);
CREATE POLICY p_b ON t FOR INSERT WITH CHECK (b IS NOT NULL);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER t_a BEFORE UPDATE ON t FOR EACH ROW WHEN (OLD.a IS DISTINCT FROM NEW.a) EXECUTE FUNCTION touch();
CREATE TRIGGER t_b BEFORE UPDATE OF b ON t FOR EACH ROW EXECUTE FUNCTION touch();
