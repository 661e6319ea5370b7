SET lock_timeout = '5s';
-- schemac:allow drop-column never filled
ALTER TABLE users DROP COLUMN name;
