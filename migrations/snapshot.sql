-- snapshot.sql: the schema the migrations in this folder build, as
-- schemac prints it. Written by schemac; do not edit.

CREATE TYPE invitation_status AS ENUM ('pending', 'accepted', 'revoked', 'expired');

CREATE TYPE member_role AS ENUM ('owner', 'admin', 'member');

CREATE TYPE project_status AS ENUM ('pending', 'processing', 'completed', 'failed');

CREATE FUNCTION current_app_user() RETURNS text LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.user_id', true), '') $$;

CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE TABLE users (
    id text DEFAULT gen_random_uuid()::text NOT NULL,
    email text NOT NULL,
    display_name text,
    avatar_url text,
    last_workspace_id text,
    email_verified_at timestamp with time zone,
    last_sign_in_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT users_email_check CHECK (char_length(email) <= 320 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    CONSTRAINT users_display_name_check CHECK (char_length(display_name) BETWEEN 1 AND 100),
    CONSTRAINT users_avatar_url_check CHECK (avatar_url ~ '^https://'),
    CONSTRAINT users_pkey PRIMARY KEY (id)
);

CREATE TABLE workspaces (
    id text DEFAULT gen_random_uuid()::text NOT NULL,
    slug text NOT NULL,
    name text NOT NULL,
    plan text DEFAULT 'free' NOT NULL,
    created_by text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT workspaces_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) BETWEEN 3 AND 48),
    CONSTRAINT workspaces_name_check CHECK (char_length(name) BETWEEN 1 AND 100),
    CONSTRAINT workspaces_plan_check CHECK (plan IN ('free', 'pro', 'enterprise')),
    CONSTRAINT workspaces_pkey PRIMARY KEY (id),
    CONSTRAINT workspaces_slug_key UNIQUE (slug),
    CONSTRAINT workspaces_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE invitations (
    id text DEFAULT gen_random_uuid()::text NOT NULL,
    workspace_id text NOT NULL,
    email text NOT NULL,
    role member_role DEFAULT 'member' NOT NULL,
    status invitation_status DEFAULT 'pending' NOT NULL,
    token_hash text NOT NULL,
    invited_by text,
    expires_at timestamp with time zone DEFAULT (now() + '7 days'::interval) NOT NULL,
    accepted_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT invitations_email_check CHECK (char_length(email) <= 320 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    CONSTRAINT invitations_role_check CHECK (role <> 'owner'),
    CONSTRAINT invitations_token_hash_check CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT invitations_expires_at_check CHECK (expires_at > created_at),
    CONSTRAINT invitations_accepted_at_check CHECK ((status = 'accepted') = (accepted_at IS NOT NULL)),
    CONSTRAINT invitations_pkey PRIMARY KEY (id),
    CONSTRAINT invitations_token_hash_key UNIQUE (token_hash),
    CONSTRAINT invitations_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE,
    CONSTRAINT invitations_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE projects (
    id text DEFAULT gen_random_uuid()::text NOT NULL,
    workspace_id text NOT NULL,
    created_by text,
    slug text NOT NULL,
    name text NOT NULL,
    description text,
    status project_status DEFAULT 'pending' NOT NULL,
    error_message text,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    started_at timestamp with time zone,
    completed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT projects_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) BETWEEN 1 AND 64),
    CONSTRAINT projects_name_check CHECK (char_length(name) BETWEEN 1 AND 200),
    CONSTRAINT projects_description_check CHECK (char_length(description) <= 5000),
    CONSTRAINT projects_settings_check CHECK (jsonb_typeof(settings) = 'object'),
    CONSTRAINT projects_error_message_check CHECK (status = 'failed' OR error_message IS NULL),
    CONSTRAINT projects_completed_at_check CHECK (completed_at >= started_at),
    CONSTRAINT projects_pkey PRIMARY KEY (id),
    CONSTRAINT projects_workspace_id_slug_key UNIQUE (workspace_id, slug),
    CONSTRAINT projects_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE,
    CONSTRAINT projects_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE images (
    id text DEFAULT gen_random_uuid()::text NOT NULL,
    project_id text NOT NULL,
    uploaded_by text,
    storage_key text NOT NULL,
    filename text NOT NULL,
    content_type text NOT NULL,
    byte_size bigint NOT NULL,
    width integer,
    height integer,
    checksum_sha256 text,
    sort_order integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT images_filename_check CHECK (char_length(filename) BETWEEN 1 AND 255),
    CONSTRAINT images_content_type_check CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif')),
    CONSTRAINT images_byte_size_check CHECK (byte_size > 0 AND byte_size <= 52428800),
    CONSTRAINT images_dimensions_check CHECK ((width IS NULL) = (height IS NULL) AND width > 0 AND height > 0),
    CONSTRAINT images_checksum_sha256_check CHECK (checksum_sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT images_sort_order_check CHECK (sort_order >= 0),
    CONSTRAINT images_pkey PRIMARY KEY (id),
    CONSTRAINT images_storage_key_key UNIQUE (storage_key),
    CONSTRAINT images_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT images_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE workspace_members (
    id text DEFAULT gen_random_uuid()::text NOT NULL,
    workspace_id text NOT NULL,
    user_id text NOT NULL,
    role member_role DEFAULT 'member' NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT workspace_members_pkey PRIMARY KEY (id),
    CONSTRAINT workspace_members_workspace_id_user_id_key UNIQUE (workspace_id, user_id),
    CONSTRAINT workspace_members_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE,
    CONSTRAINT workspace_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

ALTER TABLE images ENABLE ROW LEVEL SECURITY;

ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;

ALTER TABLE projects ENABLE ROW LEVEL SECURITY;

ALTER TABLE users ENABLE ROW LEVEL SECURITY;

ALTER TABLE workspace_members ENABLE ROW LEVEL SECURITY;

ALTER TABLE workspaces ENABLE ROW LEVEL SECURITY;

CREATE INDEX images_project_id_sort_order_idx ON images (project_id, sort_order);

CREATE INDEX images_uploaded_by_idx ON images (uploaded_by);

CREATE INDEX invitations_invited_by_idx ON invitations (invited_by);

CREATE UNIQUE INDEX invitations_pending_email_key ON invitations (workspace_id, lower(email)) WHERE (status = 'pending');

CREATE INDEX invitations_workspace_id_idx ON invitations (workspace_id);

CREATE INDEX projects_created_by_idx ON projects (created_by);

CREATE INDEX projects_queue_idx ON projects (created_at) WHERE (status IN ('pending', 'processing'));

CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

CREATE INDEX users_last_workspace_id_idx ON users (last_workspace_id);

CREATE INDEX workspace_members_user_id_idx ON workspace_members (user_id);

CREATE INDEX workspaces_created_by_idx ON workspaces (created_by);

ALTER TABLE users ADD CONSTRAINT users_last_workspace_id_fkey FOREIGN KEY (last_workspace_id) REFERENCES workspaces (id) ON DELETE SET NULL;

CREATE FUNCTION is_workspace_member(ws text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path TO public, pg_temp AS $$
        SELECT EXISTS (
            SELECT 1 FROM workspace_members m
            WHERE m.workspace_id = ws AND m.user_id = current_app_user()
        )
    $$;

CREATE POLICY images_member ON images TO public USING (EXISTS (SELECT 1 FROM projects p WHERE p.id = images.project_id AND is_workspace_member(p.workspace_id)));

CREATE POLICY invitations_member ON invitations TO public USING (is_workspace_member(workspace_id));

CREATE POLICY projects_member ON projects TO public USING (is_workspace_member(workspace_id));

CREATE POLICY users_self ON users TO public USING (id = current_app_user());

CREATE POLICY workspace_members_member_read ON workspace_members FOR SELECT TO public USING (is_workspace_member(workspace_id));

CREATE POLICY workspaces_member_read ON workspaces FOR SELECT TO public USING (is_workspace_member(id));

CREATE POLICY workspaces_owner_write ON workspaces FOR UPDATE TO public USING (created_by = current_app_user()) WITH CHECK (created_by = current_app_user());

CREATE TRIGGER projects_set_updated_at BEFORE UPDATE ON projects FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TRIGGER workspaces_set_updated_at BEFORE UPDATE ON workspaces FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE VIEW workspace_overview WITH (security_invoker=true) AS SELECT w.id, w.slug, w.name, w.plan, (SELECT count(*) FROM workspace_members m WHERE m.workspace_id = w.id) AS members, (SELECT count(*) FROM projects p WHERE p.workspace_id = w.id AND p.status = 'completed') AS completed_projects, (SELECT count(*) FROM projects p WHERE p.workspace_id = w.id AND p.status = 'failed') AS failed_projects FROM workspaces w;

COMMENT ON COLUMN images.byte_size IS 'File size in bytes, at most 50 MiB.';

COMMENT ON COLUMN images.storage_key IS 'Object storage key of the file, unique across all images.';

COMMENT ON COLUMN invitations.role IS 'Role the invitee gets on accepting; ownership is transferred, never invited.';

COMMENT ON COLUMN invitations.token_hash IS 'Hex SHA-256 of the token sent in the invitation link; the token itself is never stored.';

COMMENT ON COLUMN projects.error_message IS 'Why processing failed; set only when status is failed.';

COMMENT ON COLUMN projects.settings IS 'Processing options, a JSON object.';

COMMENT ON COLUMN projects.status IS 'Processing state; see project_status.';

COMMENT ON COLUMN users.email IS 'Sign-in address as typed; unique case-insensitively (users_email_lower_key).';

COMMENT ON COLUMN users.email_verified_at IS 'When the user confirmed the address; NULL until then.';

COMMENT ON COLUMN users.last_workspace_id IS 'Workspace opened at the last sign-in; NULL once that workspace is deleted.';

COMMENT ON COLUMN workspaces.created_by IS 'User who created the workspace; kept as NULL if that user is deleted.';

COMMENT ON COLUMN workspaces.slug IS 'URL name: lowercase letters, digits and single hyphens, 3 to 48 characters, unique.';

COMMENT ON FUNCTION is_workspace_member(text) IS 'Is the current user a member of the workspace?';

COMMENT ON TABLE images IS 'Metadata of images uploaded to a project; the files are in object storage.';

COMMENT ON TABLE invitations IS 'Email invitations to join a workspace, pending and past.';

COMMENT ON TABLE projects IS 'Work items of a workspace; each goes through the processing job once.';

COMMENT ON TABLE users IS 'People who can sign in. One row per person, whatever number of workspaces they belong to.';

COMMENT ON TABLE workspace_members IS 'Which users belong to which workspaces, and with what role.';

COMMENT ON TABLE workspaces IS 'A team''s space: the unit of tenancy, billing and access control.';

COMMENT ON TYPE member_role IS 'What a user may do in a workspace: owners manage billing and can delete it, admins manage members and projects, members work on projects.';

COMMENT ON TYPE project_status IS 'Lifecycle of a project''s processing job: pending, then processing, then completed or failed.';

COMMENT ON VIEW workspace_overview IS 'Dashboard counts per workspace, under the reader''s row level security.';
