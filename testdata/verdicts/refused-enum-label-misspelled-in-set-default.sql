CREATE TYPE status AS ENUM ('active', 'gone');
CREATE TABLE t (s status);
ALTER TABLE t ALTER COLUMN s SET DEFAULT 'actve';
