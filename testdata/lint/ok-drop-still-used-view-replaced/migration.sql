SET lock_timeout = '5s';
CREATE OR REPLACE VIEW active_users AS SELECT u.id, NULL::text AS email FROM users u WHERE u.org_id IS NOT NULL;
DROP POLICY users_self ON users;
-- schemac:allow drop-column the column moved to accounts in 4.1
ALTER TABLE users DROP COLUMN email;
