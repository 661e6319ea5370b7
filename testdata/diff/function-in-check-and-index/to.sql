CREATE FUNCTION is_slug(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s ~ '^[a-z0-9-]+$' $$;
CREATE FUNCTION norm(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(s)) $$;
CREATE TABLE tags (id int PRIMARY KEY, slug text NOT NULL CHECK (is_slug(slug)), label text NOT NULL);
CREATE UNIQUE INDEX tags_label_norm ON tags (norm(label));
