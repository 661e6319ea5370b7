CREATE TABLE docs (id bigint PRIMARY KEY, title text, CHECK (length(owner_id) > 0));
