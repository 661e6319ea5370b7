CREATE TABLE posts (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    title text,
    CONSTRAINT posts_title_check CHECK (title <> ''),
    CONSTRAINT posts_pkey PRIMARY KEY (id),
    CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE INDEX posts_user_id_idx ON posts (user_id);
