SET lock_timeout = '5s';
ALTER TABLE t ALTER COLUMN name TYPE text USING name::text;
