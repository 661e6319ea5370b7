DROP TRIGGER posts_gone ON posts;

CREATE TRIGGER post_titles_delete INSTEAD OF DELETE ON post_titles FOR EACH ROW EXECUTE FUNCTION post_titles_insert();

CREATE OR REPLACE TRIGGER post_titles_insert INSTEAD OF INSERT OR UPDATE ON post_titles FOR EACH ROW EXECUTE FUNCTION post_titles_insert();

CREATE TRIGGER posts_search BEFORE INSERT OR UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger('search', 'pg_catalog.english', 'title', 'body');

CREATE OR REPLACE TRIGGER posts_touch BEFORE UPDATE OF body, title ON posts FOR EACH ROW WHEN (old.* IS DISTINCT FROM new.*) EXECUTE FUNCTION touch();

COMMENT ON TRIGGER posts_search ON posts IS 'full text';
