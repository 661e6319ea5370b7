SET lock_timeout = '5s';
-- schemac:allow drop-column the column moved to accounts in 4.1
ALTER TABLE users DROP COLUMN email CASCADE;
-- the view and the policy are gone: creating them again works
CREATE VIEW active_users AS SELECT u.id FROM users u;
CREATE POLICY users_self ON users USING (name = current_user);
