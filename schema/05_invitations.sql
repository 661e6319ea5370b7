-- Invitations to join a workspace, sent by email.
--
-- Only a hash of the invitation token is stored. At most one invitation per
-- address and workspace may be pending at a time (a partial unique index);
-- accepted, revoked and expired ones are kept as history.

CREATE TABLE invitations (
    id           text              PRIMARY KEY DEFAULT gen_random_uuid()::text,
    workspace_id text              NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    email        text              NOT NULL,
    role         member_role       NOT NULL DEFAULT 'member',
    status       invitation_status NOT NULL DEFAULT 'pending',
    token_hash   text              NOT NULL UNIQUE,
    invited_by   text              REFERENCES users (id) ON DELETE SET NULL,
    expires_at   timestamptz       NOT NULL DEFAULT now() + interval '7 days',
    accepted_at  timestamptz,
    created_at   timestamptz       NOT NULL DEFAULT now(),
    updated_at   timestamptz       NOT NULL DEFAULT now(),
    CHECK (char_length(email) <= 320 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    CHECK (role <> 'owner'),
    CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT invitations_expires_at_check CHECK (expires_at > created_at),
    CONSTRAINT invitations_accepted_at_check
        CHECK ((status = 'accepted') = (accepted_at IS NOT NULL))
);

CREATE INDEX invitations_workspace_id_idx ON invitations (workspace_id);

CREATE INDEX invitations_invited_by_idx ON invitations (invited_by);

CREATE UNIQUE INDEX invitations_pending_email_key
    ON invitations (workspace_id, lower(email))
    WHERE status = 'pending';

COMMENT ON TABLE invitations IS 'Email invitations to join a workspace, pending and past.';
COMMENT ON COLUMN invitations.token_hash IS 'Hex SHA-256 of the token sent in the invitation link; the token itself is never stored.';
COMMENT ON COLUMN invitations.role IS 'Role the invitee gets on accepting; ownership is transferred, never invited.';
