SET lock_timeout = '5s';
ALTER TABLE t ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
