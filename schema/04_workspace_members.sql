-- Membership of users in workspaces, with their role.
--
-- The unique key (workspace_id, user_id) also serves as the index for the
-- workspace_id foreign key; user_id has its own.

CREATE TABLE workspace_members (
    id           text        PRIMARY KEY DEFAULT gen_random_uuid()::text,
    workspace_id text        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id      text        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role         member_role NOT NULL DEFAULT 'member',
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT workspace_members_workspace_id_user_id_key UNIQUE (workspace_id, user_id)
);

CREATE INDEX workspace_members_user_id_idx ON workspace_members (user_id);

COMMENT ON TABLE workspace_members IS 'Which users belong to which workspaces, and with what role.';
