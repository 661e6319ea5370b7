-- roles are cluster objects: declarations that they exist, never migrated
CREATE ROLE anon NOLOGIN;
CREATE USER app_user WITH PASSWORD 'x';
CREATE GROUP staff;
ALTER ROLE anon SET statement_timeout = '3s';
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'authenticated') THEN
    CREATE ROLE authenticated NOLOGIN;
  END IF;
END $$;
CREATE TABLE users (id int PRIMARY KEY, email text);
GRANT SELECT ON users TO PUBLIC;
GRANT authenticated TO anon;
REVOKE service_role FROM anon;
-- what is still not modelled is reported
CREATE TABLESPACE fast LOCATION '/ssd';
