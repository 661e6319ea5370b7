-- Projects: the work items of a workspace, each processed by a background job.
--
-- Slugs are unique within a workspace; that unique key also indexes the
-- workspace_id foreign key. The job queue reads the partial index of projects
-- still waiting or running, which stays small however many have finished.

CREATE TABLE projects (
    id            text           PRIMARY KEY DEFAULT gen_random_uuid()::text,
    workspace_id  text           NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    created_by    text           REFERENCES users (id) ON DELETE SET NULL,
    slug          text           NOT NULL,
    name          text           NOT NULL,
    description   text,
    status        project_status NOT NULL DEFAULT 'pending',
    error_message text,
    settings      jsonb          NOT NULL DEFAULT '{}'::jsonb,
    started_at    timestamptz,
    completed_at  timestamptz,
    created_at    timestamptz    NOT NULL DEFAULT now(),
    updated_at    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT projects_workspace_id_slug_key UNIQUE (workspace_id, slug),
    CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) BETWEEN 1 AND 64),
    CHECK (char_length(name) BETWEEN 1 AND 200),
    CHECK (char_length(description) <= 5000),
    CHECK (jsonb_typeof(settings) = 'object'),
    CONSTRAINT projects_error_message_check CHECK (status = 'failed' OR error_message IS NULL),
    CONSTRAINT projects_completed_at_check CHECK (completed_at >= started_at)
);

CREATE INDEX projects_created_by_idx ON projects (created_by);

CREATE INDEX projects_queue_idx
    ON projects (created_at)
    WHERE status IN ('pending', 'processing');

COMMENT ON TABLE projects IS 'Work items of a workspace; each goes through the processing job once.';
COMMENT ON COLUMN projects.status IS 'Processing state; see project_status.';
COMMENT ON COLUMN projects.error_message IS 'Why processing failed; set only when status is failed.';
COMMENT ON COLUMN projects.settings IS 'Processing options, a JSON object.';
