-- a table and two of its columns renamed (directives): PostgreSQL follows
-- the renames in the views, the materialized view, the policies and the
-- triggers that use them, so nothing is dropped; a view keeps its column
-- names (a renamed column read under its old name)
CREATE TABLE users (id integer PRIMARY KEY, name text, email text, score integer);
CREATE VIEW v AS SELECT id, name FROM users;
CREATE VIEW v2 AS SELECT u.id, u.email FROM users u WHERE u.name <> '';
CREATE VIEW v_all AS SELECT * FROM users;
CREATE VIEW v_over AS SELECT name FROM v;
CREATE MATERIALIZED VIEW mv AS SELECT score, count(*) AS n FROM users GROUP BY score;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER t_name BEFORE UPDATE OF name ON users FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER t_score BEFORE UPDATE ON users FOR EACH ROW WHEN (OLD.score IS DISTINCT FROM NEW.score) EXECUTE FUNCTION touch();
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON users USING (name <> '');
CREATE POLICY p_score ON users FOR UPDATE USING (true) WITH CHECK (score >= 0);
