SET lock_timeout = '5s';
ALTER TABLE c RENAME TO children;
