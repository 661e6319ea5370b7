CREATE INDEX people_created_idx ON people (created_at NULLS FIRST, id DESC NULLS LAST);

CREATE INDEX people_name_c_idx ON people (name COLLATE "C" DESC, created_at DESC);

CREATE INDEX people_name_pattern_idx ON people (name text_pattern_ops);

CREATE INDEX people_slug_prefix_idx ON people (slug varchar_pattern_ops);
