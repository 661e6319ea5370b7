CREATE TABLE docs (id bigint PRIMARY KEY, title text, body text);
CREATE INDEX ON docs (lower(owner_id));
