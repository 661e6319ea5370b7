-- schemac: destructive: column users.nickname and its data
ALTER TABLE users DROP COLUMN nickname;
