CREATE SCHEMA extensions;
CREATE EXTENSION pgcrypto WITH SCHEMA extensions;
CREATE TABLE t (id uuid, h bytea DEFAULT extensions.digestt('x', 'sha256'));
