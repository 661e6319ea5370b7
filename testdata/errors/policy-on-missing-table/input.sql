CREATE TABLE users (id bigint PRIMARY KEY);
CREATE POLICY owner ON user_profiles USING (id = 1);
ALTER POLICY nobody ON users USING (true);
DROP POLICY owner ON users;
