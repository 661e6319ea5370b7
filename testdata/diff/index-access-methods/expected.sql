CREATE INDEX docs_body_idx ON docs USING gin (body jsonb_path_ops);

CREATE INDEX docs_created_idx ON docs USING brin (created_at) WITH (pages_per_range=32);

CREATE INDEX docs_location_idx ON docs USING gist (location);

CREATE INDEX docs_token_idx ON docs USING hash (token);

CREATE INDEX docs_words_idx ON docs USING gist (words);
