-- Enum types shared by the tables that follow.
--
-- Enums suit small, closed sets of states that the application switches on.
-- Open-ended or often-changing sets (such as a workspace's plan) are plain text
-- with a CHECK instead, so that changing them never needs ALTER TYPE.

CREATE TYPE member_role AS ENUM ('owner', 'admin', 'member');

COMMENT ON TYPE member_role IS
    'What a user may do in a workspace: owners manage billing and can delete it, admins manage members and projects, members work on projects.';

CREATE TYPE invitation_status AS ENUM ('pending', 'accepted', 'revoked', 'expired');

CREATE TYPE project_status AS ENUM ('pending', 'processing', 'completed', 'failed');

COMMENT ON TYPE project_status IS
    'Lifecycle of a project''s processing job: pending, then processing, then completed or failed.';
