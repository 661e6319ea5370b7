CREATE TABLE posts (
    id bigint NOT NULL,
    user_id bigint,
    title text,
    CONSTRAINT posts_pkey PRIMARY KEY (id)
);

CREATE INDEX posts_user_id_idx ON posts (user_id);

-- The rest runs outside a transaction, statement by statement
-- (schemac generate writes it as a migration of its own):
-- schemac:no-transaction

SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY users_email_idx ON users (email);

CREATE UNIQUE INDEX CONCURRENTLY users_lower_name_idx ON users (lower(name)) WHERE (name IS NOT NULL);

COMMENT ON INDEX users_email_idx IS 'sign-in lookups';
