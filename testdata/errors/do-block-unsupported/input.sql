CREATE TABLE users (id int);
-- what a DO block computes cannot be known without running it
DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT 1 LOOP EXECUTE 'CREATE TABLE x ()'; END LOOP;
END $$;
DO $$ BEGIN IF (SELECT count(*) FROM users) = 0 THEN CREATE TABLE x (); END IF; END $$;
DO $$ BEGIN CREATE TYPE t AS ENUM ('a'); EXCEPTION WHEN undefined_table THEN null; END $$;
DO $$ BEGIN CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $f$ SELECT 1 $f$; EXCEPTION WHEN duplicate_function THEN null; END $$;
DO LANGUAGE plpython3u $$ print(1) $$;
-- statements of a DO block are checked like any other
DO $$ BEGIN CREATE TYPE t2 AS ENUM ('a'); CREATE TYPE t2 AS ENUM ('b'); END $$;
DO $$ BEGIN ALTER TABLE nope ADD CONSTRAINT c CHECK (true); EXCEPTION WHEN duplicate_object THEN null; END $$;
