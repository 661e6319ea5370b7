-- an enum type and one of its values renamed with directives: no type swap, rows keep their values
-- schemac:renamed-from mood
CREATE TYPE feeling AS ENUM (
    'sad',
    -- schemac:renamed-from 'ok'
    'fine',
    'happy'
);
CREATE TABLE people (id bigint PRIMARY KEY, mood feeling NOT NULL DEFAULT 'fine');
