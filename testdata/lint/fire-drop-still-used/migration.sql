SET lock_timeout = '5s';
-- schemac:allow drop-column the column moved to accounts in 4.1
ALTER TABLE users DROP COLUMN email;
