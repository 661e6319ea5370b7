SET lock_timeout = '5s';
DROP VIEW active_users;
DROP POLICY users_self ON users;
-- schemac:allow drop-column the column moved to accounts in 4.1
ALTER TABLE users DROP COLUMN email;
