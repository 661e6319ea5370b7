CREATE TABLE profiles (
    id bigint PRIMARY KEY,
    name text,
    email text,
    secret text
);

-- anon loses SELECT on the table (and so on its columns), keeps UPDATE (name)
GRANT SELECT (id, name, email), UPDATE (name) ON profiles TO anon;
-- authenticated keeps its privileges, loses the grant option on UPDATE
GRANT SELECT ON TABLE profiles TO authenticated WITH GRANT OPTION;
GRANT UPDATE ON TABLE profiles TO authenticated;
GRANT INSERT (name, email) ON profiles TO authenticated;
GRANT ALL PRIVILEGES ON profiles TO service_role;
REVOKE TRUNCATE ON profiles FROM service_role;
