CREATE TABLE t (a jsonb DEFAULT '{}'::json);
