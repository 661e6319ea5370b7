-- PL/pgSQL bodies with syntax errors (found by fuzz_diff and fuzz_build:
-- libpg_query leaks a byte parsing them; fuzz/lsan.supp)
CREATE FUNCTION f() RETURNS integer LANGUAGE plpgsql AS $$BEGIN RETURN 1 END$$;
DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'x') THEN CREATE TYPE x AS ENUM ('a') END IF; END$$;
