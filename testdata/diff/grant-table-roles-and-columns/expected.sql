REVOKE SELECT ON TABLE profiles FROM anon;

REVOKE GRANT OPTION FOR UPDATE ON TABLE profiles FROM authenticated;

REVOKE TRUNCATE ON TABLE profiles FROM service_role;

GRANT SELECT (id, name, email) ON TABLE profiles TO anon;

GRANT INSERT (name, email) ON TABLE profiles TO authenticated;
