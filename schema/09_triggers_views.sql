-- updated_at is kept by the database, whatever the client sends.

CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER workspaces_set_updated_at BEFORE UPDATE ON workspaces
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER projects_set_updated_at BEFORE UPDATE ON projects
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- One row per workspace for the dashboard: members and projects by status.
-- security_invoker: the reader's row level security applies, not the owner's.
CREATE VIEW workspace_overview WITH (security_invoker = true) AS
    SELECT w.id, w.slug, w.name, w.plan,
           (SELECT count(*) FROM workspace_members m WHERE m.workspace_id = w.id) AS members,
           (SELECT count(*) FROM projects p WHERE p.workspace_id = w.id AND p.status = 'completed') AS completed_projects,
           (SELECT count(*) FROM projects p WHERE p.workspace_id = w.id AND p.status = 'failed') AS failed_projects
    FROM workspaces w;

COMMENT ON VIEW workspace_overview IS 'Dashboard counts per workspace, under the reader''s row level security.';
