CREATE EXTENSION pgcrypto WITH SCHEMA public;
CREATE TABLE t (id uuid DEFAULT public.gen_random_uuid(), h bytea DEFAULT public.digest('x', 'sha256'));
