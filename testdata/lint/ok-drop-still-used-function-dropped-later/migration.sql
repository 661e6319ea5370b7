SET lock_timeout = '5s';
-- schemac:allow drop-table notes were never used
DROP TABLE notes;
DROP FUNCTION user_count();
