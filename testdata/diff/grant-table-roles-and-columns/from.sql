CREATE TABLE profiles (
    id bigint PRIMARY KEY,
    name text,
    email text,
    secret text
);

GRANT SELECT ON profiles TO anon;
GRANT SELECT, UPDATE ON profiles TO authenticated WITH GRANT OPTION;
GRANT SELECT (name), UPDATE (name) ON profiles TO anon;
GRANT ALL ON profiles TO service_role;
