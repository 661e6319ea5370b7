CREATE TABLE posts (id int PRIMARY KEY, title text, body text, updated_at timestamptz, search tsvector);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER posts_touch BEFORE UPDATE OF body, title ON posts FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION touch();
CREATE TRIGGER posts_search BEFORE INSERT OR UPDATE ON posts FOR EACH ROW
    EXECUTE PROCEDURE tsvector_update_trigger(search, 'pg_catalog.english', title, body);
COMMENT ON TRIGGER posts_search ON posts IS 'full text';
