CREATE FUNCTION is_slug(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s ~ '^[a-z0-9-]+$' $$;

CREATE FUNCTION norm(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(s)) $$;

CREATE TABLE tags (
    id integer NOT NULL,
    slug text NOT NULL,
    label text NOT NULL,
    CONSTRAINT tags_slug_check CHECK (is_slug(slug)),
    CONSTRAINT tags_pkey PRIMARY KEY (id)
);

CREATE UNIQUE INDEX tags_label_norm ON tags (norm(label));
