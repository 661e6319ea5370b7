-- an enum type and one of its values renamed with directives: no type swap, rows keep their values; functions and a view that use the type follow the rename
-- schemac:renamed-from mood
CREATE TYPE feeling AS ENUM (
    'sad',
    -- schemac:renamed-from 'ok'
    'fine',
    'happy'
);
CREATE TABLE people (id bigint PRIMARY KEY, mood feeling NOT NULL DEFAULT 'fine');
CREATE FUNCTION is_happy(x feeling) RETURNS boolean LANGUAGE sql AS $$SELECT x = 'happy'$$;
CREATE FUNCTION happiest() RETURNS feeling LANGUAGE sql RETURN 'happy'::feeling;
CREATE VIEW happy_people AS SELECT id, mood::text AS m FROM people WHERE mood = 'happy'::feeling;
