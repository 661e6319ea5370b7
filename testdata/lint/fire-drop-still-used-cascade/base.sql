CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name text, org_id bigint);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), total numeric);
CREATE TABLE notes (id bigint PRIMARY KEY, body text);
CREATE VIEW active_users AS SELECT u.id, u.email FROM users u WHERE u.org_id IS NOT NULL;
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_self ON users USING (email = current_user);
CREATE POLICY own_orders ON orders USING (EXISTS (SELECT 1 FROM users u WHERE u.id = orders.user_id));
CREATE FUNCTION user_count() RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT count(*) FROM notes); END $$;
