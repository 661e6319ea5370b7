-- index keys with an opclass, COLLATE, DESC, NULLS FIRST / LAST
CREATE TABLE people (id integer PRIMARY KEY, name text, slug varchar(100), created_at timestamptz);
CREATE INDEX people_slug_prefix_idx ON people (slug varchar_pattern_ops);
CREATE INDEX people_name_pattern_idx ON people (name text_pattern_ops);
CREATE INDEX people_name_c_idx ON people (name COLLATE "C" DESC NULLS FIRST, created_at DESC);
CREATE INDEX people_created_idx ON people (created_at NULLS FIRST, id DESC NULLS LAST);
