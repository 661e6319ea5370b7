CREATE TABLE posts (id int PRIMARY KEY, title text, body text, updated_at timestamptz, search tsvector);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER posts_touch BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER posts_gone AFTER DELETE ON posts FOR EACH STATEMENT EXECUTE FUNCTION touch();
CREATE VIEW post_titles AS SELECT id, title FROM posts;
CREATE FUNCTION post_titles_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO posts (id, title) VALUES (NEW.id, NEW.title); RETURN NEW; END $$;
CREATE TRIGGER post_titles_insert INSTEAD OF INSERT ON post_titles FOR EACH ROW EXECUTE FUNCTION post_titles_insert();
