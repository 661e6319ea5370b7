-- Row level security: every table is visible to the signed-in user only
-- through the workspaces they belong to. The application sets the user for
-- each transaction with `SET LOCAL app.user_id = '...'`.

CREATE FUNCTION current_app_user() RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.user_id', true), '') $$;

-- SECURITY DEFINER so that the policies below can read workspace_members
-- without recursing into its own policy.
CREATE FUNCTION is_workspace_member(ws text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
        SELECT EXISTS (
            SELECT 1 FROM workspace_members m
            WHERE m.workspace_id = ws AND m.user_id = current_app_user()
        )
    $$;

COMMENT ON FUNCTION is_workspace_member(text) IS 'Is the current user a member of the workspace?';

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE workspaces ENABLE ROW LEVEL SECURITY;
ALTER TABLE workspace_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE images ENABLE ROW LEVEL SECURITY;

CREATE POLICY users_self ON users
    USING (id = current_app_user());

CREATE POLICY workspaces_member_read ON workspaces FOR SELECT
    USING (is_workspace_member(id));
CREATE POLICY workspaces_owner_write ON workspaces FOR UPDATE
    USING (created_by = current_app_user())
    WITH CHECK (created_by = current_app_user());

CREATE POLICY workspace_members_member_read ON workspace_members FOR SELECT
    USING (is_workspace_member(workspace_id));

CREATE POLICY invitations_member ON invitations
    USING (is_workspace_member(workspace_id));

CREATE POLICY projects_member ON projects
    USING (is_workspace_member(workspace_id));

CREATE POLICY images_member ON images
    USING (EXISTS (SELECT 1 FROM projects p
                   WHERE p.id = images.project_id AND is_workspace_member(p.workspace_id)));
