CREATE TABLE posts (id int PRIMARY KEY, title text, body text, updated_at timestamptz, search tsvector);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER posts_touch BEFORE UPDATE OF body, title ON posts FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION touch();
CREATE TRIGGER posts_search BEFORE INSERT OR UPDATE ON posts FOR EACH ROW
    EXECUTE PROCEDURE tsvector_update_trigger(search, 'pg_catalog.english', title, body);
COMMENT ON TRIGGER posts_search ON posts IS 'full text';
CREATE VIEW post_titles AS SELECT id, title FROM posts;
CREATE FUNCTION post_titles_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO posts (id, title) VALUES (NEW.id, NEW.title); RETURN NEW; END $$;
CREATE TRIGGER post_titles_insert INSTEAD OF INSERT OR UPDATE ON post_titles FOR EACH ROW EXECUTE FUNCTION post_titles_insert();
CREATE TRIGGER post_titles_delete INSTEAD OF DELETE ON post_titles FOR EACH ROW EXECUTE FUNCTION post_titles_insert();
