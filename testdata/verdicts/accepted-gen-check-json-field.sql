CREATE TABLE t (a jsonb CHECK (a ? 'k'));
