CREATE SCHEMA app;

CREATE TYPE app."Mood" AS ENUM ('sad', 'it''s ok', 'Happy Days', '');

CREATE TABLE app.entries (
    id integer NOT NULL,
    mood app."Mood" DEFAULT 'it''s ok',
    CONSTRAINT entries_pkey PRIMARY KEY (id)
);
