-- People who can sign in.
--
-- Emails are unique regardless of case (a unique index on lower(email)) but are
-- stored as the user typed them. last_workspace_id gets its foreign key in
-- 03_workspaces.sql, once workspaces exists: users and workspaces refer to each
-- other.

CREATE TABLE users (
    id                text        PRIMARY KEY DEFAULT gen_random_uuid()::text,
    email             text        NOT NULL,
    display_name      text,
    avatar_url        text,
    last_workspace_id text,
    email_verified_at timestamptz,
    last_sign_in_at   timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_email_check
        CHECK (char_length(email) <= 320 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    CONSTRAINT users_display_name_check
        CHECK (char_length(display_name) BETWEEN 1 AND 100),
    CONSTRAINT users_avatar_url_check
        CHECK (avatar_url ~ '^https://')
);

CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

CREATE INDEX users_last_workspace_id_idx ON users (last_workspace_id);

COMMENT ON TABLE users IS 'People who can sign in. One row per person, whatever number of workspaces they belong to.';
COMMENT ON COLUMN users.email IS 'Sign-in address as typed; unique case-insensitively (users_email_lower_key).';
COMMENT ON COLUMN users.last_workspace_id IS 'Workspace opened at the last sign-in; NULL once that workspace is deleted.';
COMMENT ON COLUMN users.email_verified_at IS 'When the user confirmed the address; NULL until then.';
