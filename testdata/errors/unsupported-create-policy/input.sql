CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE POLICY users_self ON users USING (id = current_setting('app.user_id')::int);
