-- Workspaces: the tenant boundary. Every project, member and invitation belongs
-- to exactly one workspace, and deleting a workspace deletes all of them.

CREATE TABLE workspaces (
    id         text        PRIMARY KEY DEFAULT gen_random_uuid()::text,
    slug       text        NOT NULL UNIQUE,
    name       text        NOT NULL,
    plan       text        NOT NULL DEFAULT 'free',
    created_by text        REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) BETWEEN 3 AND 48),
    CHECK (char_length(name) BETWEEN 1 AND 100),
    CHECK (plan IN ('free', 'pro', 'enterprise'))
);

CREATE INDEX workspaces_created_by_idx ON workspaces (created_by);

-- users and workspaces refer to each other, so this key is added once both exist.
ALTER TABLE users
    ADD CONSTRAINT users_last_workspace_id_fkey
    FOREIGN KEY (last_workspace_id) REFERENCES workspaces (id) ON DELETE SET NULL;

COMMENT ON TABLE workspaces IS 'A team''s space: the unit of tenancy, billing and access control.';
COMMENT ON COLUMN workspaces.slug IS 'URL name: lowercase letters, digits and single hyphens, 3 to 48 characters, unique.';
COMMENT ON COLUMN workspaces.created_by IS 'User who created the workspace; kept as NULL if that user is deleted.';
