-- a table and two of its columns renamed (directives): PostgreSQL follows
-- the renames in the views, the materialized view, the policies and the
-- triggers that use them, so nothing is dropped; a view keeps its column
-- names (a renamed column read under its old name)
-- schemac:renamed-from users
CREATE TABLE members (
    id integer PRIMARY KEY,
    -- schemac:renamed-from name
    full_name text,
    email text,
    -- schemac:renamed-from score
    points integer
);
CREATE VIEW v AS SELECT id, full_name AS name FROM members;
CREATE VIEW v2 AS SELECT u.id, u.email FROM members u WHERE u.full_name <> '';
CREATE VIEW v_all AS SELECT id, full_name AS name, email, points AS score FROM members;
CREATE VIEW v_over AS SELECT name FROM v;
CREATE MATERIALIZED VIEW mv AS SELECT points AS score, count(*) AS n FROM members GROUP BY points;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER t_name BEFORE UPDATE OF full_name ON members FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER t_score BEFORE UPDATE ON members FOR EACH ROW WHEN (OLD.points IS DISTINCT FROM NEW.points) EXECUTE FUNCTION touch();
ALTER TABLE members ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON members USING (full_name <> '');
CREATE POLICY p_score ON members FOR UPDATE USING (true) WITH CHECK (points >= 0);
