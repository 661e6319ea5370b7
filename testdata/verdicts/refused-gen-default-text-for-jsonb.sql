CREATE TABLE t (a jsonb DEFAULT 'x'::text);
