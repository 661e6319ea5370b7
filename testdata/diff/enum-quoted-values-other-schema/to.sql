-- an enum in another schema with values that need quoting and a mixed-case type name
CREATE SCHEMA app;
CREATE TYPE app."Mood" AS ENUM ('sad', 'it''s ok', 'Happy Days', '');
CREATE TABLE app.entries (id integer PRIMARY KEY, mood app."Mood" DEFAULT 'it''s ok');
