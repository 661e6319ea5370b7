CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE people (id bigint PRIMARY KEY, mood mood NOT NULL DEFAULT 'ok');
CREATE FUNCTION is_happy(x mood) RETURNS boolean LANGUAGE sql AS $$SELECT x = 'happy'$$;
CREATE FUNCTION happiest() RETURNS mood LANGUAGE sql RETURN 'happy'::mood;
CREATE VIEW happy_people AS SELECT id, mood::text AS m FROM people WHERE mood = 'happy'::mood;
